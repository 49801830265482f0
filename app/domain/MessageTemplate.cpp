#include "MessageTemplate.h"

#include "OtpAppConfig.h"

using namespace Qt::Literals::StringLiterals;

namespace {

enum class TokenKind {
    Literal, // plain text
    Placeholder, // one of the four
    Unknown, // "{...}" that is not one of the four
    Unclosed, // "{" with no "}" before the end or the next "{"
    Stray, // "}" that closes nothing
    EscapedOpen, // "{{"
    EscapedClose, // "}}"
};

enum class Field { None, Otp, Ref, App, Minutes };

struct Token {
    TokenKind kind;
    qsizetype start;
    qsizetype length;
    Field field = Field::None;
};

Field fieldFor(QStringView name)
{
    if (name == u"otp")
        return Field::Otp;
    if (name == u"ref")
        return Field::Ref;
    if (name == u"app")
        return Field::App;
    if (name == u"minutes")
        return Field::Minutes;
    return Field::None;
}

// One left-to-right pass shared by problems() and render(), so both always agree on what a
// brace means. Linear: the look-ahead for a "}" stops at the next brace, which is where the
// next token starts anyway.
template<typename Visitor> void scan(QStringView t, Visitor &&visit)
{
    const qsizetype n = t.size();
    qsizetype literalStart = 0;
    qsizetype i = 0;
    const auto flushLiteral = [&](qsizetype end) {
        if (end > literalStart)
            visit(Token{TokenKind::Literal, literalStart, end - literalStart});
    };
    while (i < n) {
        const char16_t ch = t[i].unicode();
        if (ch == u'{') {
            flushLiteral(i);
            if (i + 1 < n && t[i + 1] == u'{') {
                visit(Token{TokenKind::EscapedOpen, i, 2});
                i += 2;
            } else {
                qsizetype j = i + 1;
                while (j < n && t[j] != u'{' && t[j] != u'}')
                    ++j;
                if (j < n && t[j] == u'}') {
                    const Field field = fieldFor(t.sliced(i + 1, j - i - 1));
                    visit(Token{field == Field::None ? TokenKind::Unknown : TokenKind::Placeholder,
                                i, j - i + 1, field});
                    i = j + 1;
                } else {
                    visit(Token{TokenKind::Unclosed, i, 1});
                    i += 1;
                }
            }
            literalStart = i;
        } else if (ch == u'}') {
            flushLiteral(i);
            if (i + 1 < n && t[i + 1] == u'}') {
                visit(Token{TokenKind::EscapedClose, i, 2});
                i += 2;
            } else {
                visit(Token{TokenKind::Stray, i, 1});
                i += 1;
            }
            literalStart = i;
        } else {
            ++i;
        }
    }
    flushLiteral(n);
}

} // namespace

QStringList MessageTemplate::placeholders()
{
    return {u"{otp}"_s, u"{ref}"_s, u"{app}"_s, u"{minutes}"_s};
}

QList<MessageTemplate::Problem> MessageTemplate::problems(const QString &templateText)
{
    using Kind = Problem::Kind;
    QList<Problem> result;
    int otpCount = 0;
    const QStringView t = templateText;
    scan(t, [&](const Token &token) {
        // Only problems copy their text: a pasted template is mostly literal text.
        const auto problem = [&](Kind kind) {
            result.append(
                Problem{kind, t.sliced(token.start, token.length).toString(), int(token.start)});
        };
        switch (token.kind) {
        case TokenKind::Placeholder:
            if (token.field == Field::Otp && ++otpCount > 1)
                problem(Kind::RepeatedOtp);
            break;
        case TokenKind::Unknown:
            problem(Kind::UnknownPlaceholder);
            break;
        case TokenKind::Unclosed:
            problem(Kind::UnclosedBrace);
            break;
        case TokenKind::Stray:
            problem(Kind::StrayClosingBrace);
            break;
        case TokenKind::Literal:
        case TokenKind::EscapedOpen:
        case TokenKind::EscapedClose:
            break;
        }
    });
    // The text names what is missing, so a message can quote it like the other problems.
    if (otpCount == 0)
        result.append(Problem{Kind::MissingOtp, u"{otp}"_s, -1});
    return result;
}

QString MessageTemplate::render(const QString &templateText, const Values &values)
{
    const QStringView t = templateText;
    const QString minutes = QString::number(values.minutes);
    QString out;
    // One allocation in the common case: the values are short compared to the template.
    out.reserve(t.size() + values.otp.size() + values.ref.size() + values.app.size() + 16);
    scan(t, [&](const Token &token) {
        switch (token.kind) {
        case TokenKind::Placeholder:
            switch (token.field) {
            case Field::Otp:
                out.append(values.otp);
                break;
            case Field::Ref:
                out.append(values.ref);
                break;
            case Field::App:
                out.append(values.app);
                break;
            case Field::Minutes:
                out.append(minutes);
                break;
            case Field::None:
                break;
            }
            break;
        case TokenKind::EscapedOpen:
            out.append(u'{');
            break;
        case TokenKind::EscapedClose:
            out.append(u'}');
            break;
        case TokenKind::Literal:
        case TokenKind::Unknown:
        case TokenKind::Unclosed:
        case TokenKind::Stray:
            // Left as written, so the user sees exactly what the validator complains about.
            out.append(t.sliced(token.start, token.length));
            break;
        }
    });
    return out;
}

QString MessageTemplate::render(const OtpAppConfig &config, const QString &code,
                                const QString &refno)
{
    return render(config.messageTemplate, Values{code, refno, config.name, config.expiryMinutes});
}

QString MessageTemplate::defaultTemplate(Language language)
{
    // Not tr(): the caller picks the language explicitly, e.g. per app rather than per UI.
    switch (language) {
    case Language::Thai:
        return u"รหัส OTP ของ {app} คือ {otp} (Ref: {ref}) ใช้ได้ภายใน {minutes} นาที"_s;
    case Language::English:
        break;
    }
    return u"Your {app} code is {otp} (Ref: {ref}). Valid for {minutes} minutes."_s;
}
