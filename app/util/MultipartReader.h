#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// multipart/form-data (RFC 7578 / RFC 2046) as the sandbox server accepts it, and as the
// secret masker finds the parts to hide: the same reading for both, so no part the server
// takes can slip past the masker.
//
// The first delimiter opens the body or a line (a preamble before it is ignored); after a
// delimiter, optional spaces and tabs, then CRLF or a bare LF; the part's headers up to an
// empty line (each line ending in CRLF or LF); the part's name is the `name` parameter of its
// Content-Disposition header (header name in any case, value read by HeaderValue); its content
// runs up to the CRLF or LF before the next delimiter; "--" after a delimiter closes the body
// (an epilogue is ignored).
class MultipartReader
{
public:
    struct Part {
        QByteArray name; // empty for a part without one
        qsizetype contentStart = 0; // the content's extent in the body
        qsizetype contentEnd = 0;
    };

    struct Parts {
        QList<Part> parts;
        // False for anything the server rejects: no boundary or one over 70 characters, no
        // delimiter, junk after a delimiter, headers that never end, a part without a name or
        // without a delimiter after it. The reading goes on after a broken part where it can
        // (at the next delimiter), and a cut-off last part runs to the end of the body, so the
        // masker still finds what there is.
        bool wellFormed = true;
    };

    static Parts read(QByteArrayView body, QByteArrayView boundary);
};
