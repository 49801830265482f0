#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Follows where the requests on one connection begin and end, byte by byte, the way Qt
// HttpServer 6.4's parser frames them (request line, header section, then Content-Length bytes
// of body or a chunked body), to enforce what that parser does not: a limit on the request
// line and on the header section, a Content-Length that is a number, a body within the limit
// as soon as the head announces it, and a clock for each request (SandboxSocket's deadline).
// It only reads; Qt's parser still parses. A head Qt's header parser would silently ignore
// (a line without a colon, a bad field name, too many or too long fields) is refused here, so
// the two never disagree about where a body ends.
class SandboxRequestFraming
{
public:
    static constexpr qint64 MaxRequestLineBytes = 8 * 1024;
    static constexpr qint64 MaxHeaderBytes = 16 * 1024; // the whole header section
    static constexpr qint64 MaxFieldBytes = 8 * 1024; // one field, as Qt's header parser has it
    static constexpr int MaxFields = 100; // likewise
    static constexpr qint64 MaxBodyBytes = 64 * 1024;
    // A chunked body's size is known only once decoded: its bytes on the wire may exceed the
    // body limit by this much (chunk sizes, extensions, trailers).
    static constexpr qint64 MaxChunkFramingBytes = 16 * 1024;
    // A length that does not fit in 32 bits is broken framing rather than a large body: a
    // 32-bit parser on the way would wrap it around.
    static constexpr qint64 MaxContentLength = 0xFFFFFFFFLL;

    enum class Problem {
        None,
        MalformedHead, // 400: a header line Qt's parser would drop all headers for
        BadContentLength, // 400: not digits only, repeated with other values, or past 32 bits
        BodyTooLarge, // 413
        UriTooLong, // 414: the request line
        HeadersTooLarge, // 431: the header section, one field, or their number
        TooSlow, // 408: never from feed(); SandboxSocket's deadline passed
    };

    // Reads the next bytes of the connection. The first problem stops the reading for good.
    Problem feed(QByteArrayView bytes);
    Problem problem() const { return m_problem; }

    // Requests whose last byte has been read (a chunked one only once restart() is called).
    quint64 completedRequests() const { return m_completed; }
    // Requests of which at least one byte has been read, stray line ends included.
    quint64 begunRequests() const { return m_begun; }
    // A request has begun and not fully arrived.
    bool inRequest() const { return m_state != State::Idle && m_state != State::Failed; }
    // Only line ends or spaces so far: no request to answer yet.
    bool onlyBlankSoFar() const { return m_state == State::Blank; }
    // In a chunked body, whose end is left to Qt's parser: once it has the request, restart().
    bool inChunkedBody() const { return m_state == State::ChunkedBody; }
    void restart();

    // The current request's target (its path and query) and Content-Length as sent.
    QByteArray target() const { return m_target; }
    QByteArray contentLength() const { return m_contentLength; }

private:
    enum class State { Idle, Blank, RequestLine, Headers, Body, ChunkedBody, Failed };

    qsizetype readRequestLine(QByteArrayView bytes);
    qsizetype readHeaders(QByteArrayView bytes);
    void endHead();
    Problem checkFields(QByteArrayView section);
    void completeRequest();
    void fail(Problem problem);

    State m_state = State::Idle;
    Problem m_problem = Problem::None;
    QByteArray m_line;
    QByteArray m_headers;
    QByteArray m_target;
    QByteArray m_contentLength;
    QByteArray m_transferEncoding;
    qint64 m_bodyLeft = 0;
    qint64 m_chunkedBytes = 0;
    quint64 m_completed = 0;
    quint64 m_begun = 0;
};
