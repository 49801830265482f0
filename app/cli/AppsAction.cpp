#include "AppsAction.h"

#include "storage/DataDirectory.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

QString AppsAction::dataDirOption(const QCommandLineParser &parser)
{
    return parser.value(QString::fromLatin1(DataDirectory::OptionName));
}

QCommandLineOption AppsAction::jsonOption()
{
    return {u"json"_s, tr("Print one JSON object (for scripts).")};
}

QString AppsAction::noSuchApp(const QString &name)
{
    return tr("There is no app named “%1”. List the apps with \"otpctl apps list\".").arg(name);
}
