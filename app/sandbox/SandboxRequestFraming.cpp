#include "SandboxRequestFraming.h"

#include <algorithm>

namespace {

using Problem = SandboxRequestFraming::Problem;

// What Qt's request line reader skips before a request (left over from the previous one).
bool isBlank(char c)
{
    return c == '\v' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
}

bool startsWithSpace(QByteArrayView text)
{
    return text.startsWith(' ') || text.startsWith('\t');
}

// RFC 9110 token characters: what Qt's header parser accepts in a field name.
bool isFieldName(QByteArrayView name)
{
    static constexpr QByteArrayView Others("!#$%&'*+-.^_`|~");
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || Others.contains(c);
    });
}

// 1*DIGIT up to MaxContentLength, or -1.
qint64 lengthValue(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 10)
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value <= SandboxRequestFraming::MaxContentLength ? value : -1;
}

// The request target: between the method and the version.
QByteArray targetOf(QByteArrayView line)
{
    const qsizetype first = line.indexOf(' ');
    if (first < 0)
        return {};
    const qsizetype second = line.indexOf(' ', first + 1);
    return line.sliced(first + 1, (second < 0 ? line.size() : second) - first - 1).toByteArray();
}

} // namespace

SandboxRequestFraming::Problem SandboxRequestFraming::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && m_state != State::Failed) {
        qsizetype used = 0;
        switch (m_state) {
        case State::Idle:
        case State::Blank:
            if (m_state == State::Idle) {
                ++m_begun;
                m_target.clear();
                m_contentLength.clear();
            }
            m_state = isBlank(bytes.front()) ? State::Blank : State::RequestLine;
            used = m_state == State::Blank ? 1 : 0;
            break;
        case State::RequestLine:
            used = readRequestLine(bytes);
            break;
        case State::Headers:
            used = readHeaders(bytes);
            break;
        case State::Body:
            used = qMin<qint64>(m_bodyLeft, bytes.size());
            m_bodyLeft -= used;
            if (m_bodyLeft == 0)
                completeRequest();
            break;
        case State::ChunkedBody:
            m_chunkedBytes += bytes.size(); // what follows may be the next request: counted too
            if (m_chunkedBytes > MaxBodyBytes + MaxChunkFramingBytes)
                fail(Problem::BodyTooLarge);
            return m_problem;
        case State::Failed:
            break;
        }
        bytes = bytes.sliced(used);
    }
    return m_problem;
}

void SandboxRequestFraming::restart()
{
    if (m_state != State::ChunkedBody)
        return;
    m_chunkedBytes = 0;
    completeRequest();
}

qsizetype SandboxRequestFraming::readRequestLine(QByteArrayView bytes)
{
    const qsizetype end = bytes.indexOf('\n');
    m_line.append(end < 0 ? bytes : bytes.first(end));
    if (end >= 0 && m_line.endsWith('\r'))
        m_line.chop(1);
    // Until the line ends, one more byte may be its CR.
    if (m_line.size() > MaxRequestLineBytes + (end < 0 ? 1 : 0)) {
        fail(Problem::UriTooLong);
        return bytes.size();
    }
    if (end < 0)
        return bytes.size();
    m_target = targetOf(m_line);
    m_line.clear();
    m_state = State::Headers;
    return end + 1;
}

qsizetype SandboxRequestFraming::readHeaders(QByteArrayView bytes)
{
    // As Qt's reader: the section ends at an empty line, or is one when there are no fields.
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        m_headers.append(bytes[i]);
        if (m_headers.size() > MaxHeaderBytes) {
            fail(Problem::HeadersTooLarge);
            return i + 1;
        }
        if (bytes[i] != '\n')
            continue;
        if (m_headers.endsWith("\n\r\n") || m_headers.endsWith("\n\n") || m_headers == "\r\n"
            || m_headers == "\n") {
            endHead();
            return i + 1;
        }
    }
    return bytes.size();
}

void SandboxRequestFraming::endHead()
{
    m_contentLength.clear();
    m_transferEncoding.clear();
    const Problem problem = checkFields(m_headers);
    m_headers.clear();
    if (problem != Problem::None) {
        fail(problem);
        return;
    }
    // Qt's parser: chunked when Transfer-Encoding mentions it, else Content-Length bytes.
    if (m_transferEncoding.toLower().contains("chunked")) {
        m_state = State::ChunkedBody;
        m_chunkedBytes = 0;
        return;
    }
    const qint64 length = m_contentLength.isNull() ? 0 : lengthValue(m_contentLength);
    if (length > MaxBodyBytes) {
        fail(Problem::BodyTooLarge);
    } else if (length > 0) {
        m_bodyLeft = length;
        m_state = State::Body;
    } else {
        completeRequest();
    }
}

// Qt 6.4's QHttpHeaderParser::parseHeaders, rule for rule: where it fails it keeps no field at
// all, Content-Length included, and would read a body as the next request.
SandboxRequestFraming::Problem SandboxRequestFraming::checkFields(QByteArrayView section)
{
    if (startsWithSpace(section))
        return Problem::MalformedHead;
    while (section.endsWith("\n\r\n") || section.endsWith("\n\n"))
        section.chop(section.endsWith("\n\r\n") ? 2 : 1);
    int fields = 0;
    while (!section.isEmpty()) {
        const qsizetype colon = section.indexOf(':');
        if (colon < 0)
            return fields == 0 && (section == "\n" || section == "\r\n") ? Problem::None
                                                                         : Problem::MalformedHead;
        if (++fields > MaxFields)
            return Problem::HeadersTooLarge;
        const QByteArrayView name = section.first(colon);
        if (!isFieldName(name))
            return Problem::MalformedHead;
        section = section.sliced(colon + 1);
        QByteArray value;
        qint64 room = MaxFieldBytes - name.size() - 1;
        do { // the value, with any continuation lines
            const qsizetype end = section.indexOf('\n');
            if (end < 0)
                return Problem::MalformedHead; // cannot happen: the section ends with a LF
            QByteArrayView line = section.first(end);
            room -= line.size() - (line.endsWith('\r') ? 1 : 0);
            if (room < 0)
                return Problem::HeadersTooLarge;
            line = line.trimmed();
            if (!line.isEmpty()) {
                if (!value.isEmpty())
                    value += ' ';
                value += line;
            }
            section = section.sliced(end + 1);
        } while (startsWithSpace(section));

        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            // Every Content-Length must be the same number (RFC 9112, 6.3).
            if (lengthValue(value) < 0 || (!m_contentLength.isNull() && value != m_contentLength)) {
                m_contentLength = value.isNull() ? QByteArray("") : value;
                return Problem::BadContentLength;
            }
            m_contentLength = value;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
                   && m_transferEncoding.isNull()) {
            m_transferEncoding = value.isNull() ? QByteArray("") : value;
        }
    }
    return Problem::None;
}

void SandboxRequestFraming::completeRequest()
{
    ++m_completed;
    m_state = State::Idle;
    m_bodyLeft = 0;
}

void SandboxRequestFraming::fail(Problem problem)
{
    m_problem = problem;
    m_state = State::Failed;
}
