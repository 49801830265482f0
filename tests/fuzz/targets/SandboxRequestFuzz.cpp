// The sandbox's request parser: the first line is the Content-Type header value (empty: no
// header), the rest the body, read as SandboxHttpServer reads every API call. The util readers
// it is made of (HeaderValue, FormEncoding, MultipartReader) are checked on the same bytes: the
// extents they hand out are inside the body, since the parser and the masker slice by them.
#include "FuzzTarget.h"
#include "sandbox/SandboxRequestParser.h"
#include "util/FormEncoding.h"
#include "util/HeaderValue.h"
#include "util/MultipartReader.h"

namespace {

void checkFormPairs(QByteArrayView body)
{
    qsizetype previousEnd = 0;
    for (const FormEncoding::Pair &pair : FormEncoding::split(body)) {
        fuzzRequire(pair.start >= previousEnd && pair.start < pair.end && pair.end <= body.size(),
                    "form pairs lie in the body, in order, not empty");
        fuzzRequire(pair.name.data() >= body.data() + pair.start
                        && pair.name.data() + pair.name.size() <= body.data() + pair.end,
                    "a form pair's name lies inside the pair");
        previousEnd = pair.end;
    }
}

void checkMultipartParts(QByteArrayView body, QByteArrayView boundary)
{
    const MultipartReader::Parts read = MultipartReader::read(body, boundary);
    for (const MultipartReader::Part &part : read.parts) {
        fuzzRequire(0 <= part.contentStart && part.contentStart <= part.contentEnd
                        && part.contentEnd <= body.size(),
                    "a multipart part's content lies in the body");
    }
}

} // namespace

void fuzzSandboxRequest(QByteArrayView data)
{
    const FuzzSplit input = FuzzSplit::atFirstLine(data);
    const QByteArrayView contentType = input.firstLine;
    const QByteArrayView body = input.rest;

    const SandboxRequestParser::ParsedBody parsed = SandboxRequestParser::parse(contentType, body);
    fuzzRequire(parsed.ok() || (parsed.fields.isEmpty() && parsed.invalidFields.isEmpty()),
                "a body the parser refuses yields no fields");

    // Trimmed of HTTP's optional white space (space and tab; a header value holds no CR or LF).
    const QByteArray type = HeaderValue::mediaType(contentType);
    fuzzRequire(!type.startsWith(' ') && !type.startsWith('\t') && !type.endsWith(' ')
                    && !type.endsWith('\t') && type == type.toLower(),
                "the media type is trimmed and lower-case");
    checkFormPairs(body);
    checkMultipartParts(body, HeaderValue::parameter(contentType, "boundary"));
}
