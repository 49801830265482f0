// The SMS message template (typed by the user, imported from apps files, sent to the sandbox):
// the whole input is the template as UTF-8. Every problem points at what it quotes, and a
// template without problems renders the code exactly once.
#include "FuzzTarget.h"
#include "domain/MessageTemplate.h"

using namespace Qt::Literals::StringLiterals;

void fuzzMessageTemplate(QByteArrayView data)
{
    const QString text = QString::fromUtf8(data);
    const QList<MessageTemplate::Problem> problems = MessageTemplate::problems(text);
    for (const MessageTemplate::Problem &problem : problems) {
        if (problem.kind == MessageTemplate::Problem::Kind::MissingOtp)
            continue;
        fuzzRequire(problem.position >= 0 && problem.position < text.size()
                        && QStringView(text).sliced(problem.position).startsWith(problem.text),
                    "a problem's position is where its text stands in the template");
    }

    // A code no template can contain by accident: private-use characters around a digit run.
    const QString code = u"\ue000123456\ue001"_s;
    const QString rendered = MessageTemplate::render(text, {code, u"REF1"_s, u"{app}"_s, 5});
    if (problems.isEmpty() && !text.contains(QChar(0xe000)))
        fuzzRequire(rendered.count(code) == 1, "a template without problems holds the code once");
}
