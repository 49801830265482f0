#include "MultipartReader.h"

#include "HeaderValue.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MaxBoundaryLength = 70;

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size()
        && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

// After a delimiter: optional spaces and tabs, then the line end. The position after it, or -1.
qsizetype afterDelimiterLine(QByteArrayView body, qsizetype pos)
{
    while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t'))
        ++pos;
    if (body.sliced(pos).startsWith("\r\n"))
        return pos + 2;
    if (body.sliced(pos).startsWith("\n"))
        return pos + 1;
    return -1;
}

// The headers from pos up to the empty line: the part's name, and pos moved past the empty
// line. False when they never end.
bool readHeaders(QByteArrayView body, qsizetype &pos, QByteArray &name)
{
    static constexpr QByteArrayView Disposition = "content-disposition:";
    for (;;) {
        const qsizetype lineEnd = body.indexOf('\n', pos);
        if (lineEnd < 0)
            return false;
        QByteArrayView line = body.sliced(pos, lineEnd - pos);
        pos = lineEnd + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return true;
        if (startsWithNoCase(line, Disposition))
            name = HeaderValue::parameter(line.sliced(Disposition.size()), "name");
    }
}

} // namespace

MultipartReader::Parts MultipartReader::read(QByteArrayView body, QByteArrayView boundary)
{
    Parts result;
    if (boundary.isEmpty() || boundary.size() > MaxBoundaryLength) {
        result.wellFormed = false;
        return result;
    }
    const QByteArray delimiter = "--"_ba + boundary.toByteArray();
    const QByteArray innerDelimiter = '\n' + delimiter;

    qsizetype pos = 0;
    if (!body.startsWith(delimiter)) {
        const qsizetype first = body.indexOf(innerDelimiter); // skip a preamble
        if (first < 0) {
            result.wellFormed = false;
            return result;
        }
        pos = first + 1;
    }
    pos += delimiter.size();

    while (!body.sliced(pos).startsWith("--")) { // "--": the closing delimiter
        const qsizetype headersStart = afterDelimiterLine(body, pos);
        if (headersStart < 0) {
            result.wellFormed = false; // junk after the delimiter: on to the next one
            const qsizetype next = body.indexOf(innerDelimiter, pos);
            if (next < 0)
                return result;
            pos = next + innerDelimiter.size();
            continue;
        }
        Part part;
        pos = headersStart;
        if (!readHeaders(body, pos, part.name)) {
            result.wellFormed = false;
            return result; // no empty line anywhere after: no content to find
        }
        // From pos - 1: the empty line's LF may be the one before the next delimiter.
        const qsizetype next = body.indexOf(innerDelimiter, pos - 1);
        qsizetype contentEnd = next < 0 ? body.size() : next;
        if (contentEnd > pos && body[contentEnd - 1] == '\r')
            --contentEnd;
        part.contentStart = pos;
        part.contentEnd = qMax(pos, contentEnd);
        result.wellFormed = result.wellFormed && !part.name.isEmpty() && next >= 0;
        result.parts.append(part);
        if (next < 0)
            return result; // cut off: the part ran to the end
        pos = next + innerDelimiter.size();
    }
    return result;
}
