#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

Translations::Translations(QObject *parent) : QObject(parent) { }

Translations::~Translations()
{
    removeAll();
}

void Translations::install(Language language)
{
    removeAll();
    m_language = language;
    setCurrentLanguage(language);
    QLocale::setDefault(locale(language));

    const QString id = enumId(language);
    // Qt's own strings first, ours last: the last installed translator is asked first, so
    // our translations win over Qt's. Qt ships no qtbase_th, so qt_extra_<lang> (only th
    // exists) gives Thai to Qt's dialog buttons, context menus, file dialog and command-line
    // help; a missing file is skipped.
    const auto load = [this](const QString &file, const QString &directory) {
        auto *translator = new QTranslator(this);
        if (translator->load(file, directory) && QCoreApplication::installTranslator(translator))
            m_installed.append(translator);
        else
            delete translator;
    };
    load(u"qtbase_"_s + id, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(u"qt_extra_"_s + id, u":/i18n"_s);
    load(u"otp-manager_"_s + id, u":/i18n"_s);
}

std::optional<Language> Translations::languageFromArguments(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            return languageOfLocaleName(arguments.at(i + 1));
        if (arguments.at(i).startsWith(u"--lang="))
            return languageOfLocaleName(arguments.at(i).mid(7));
    }
    return std::nullopt;
}

void Translations::removeAll()
{
    // While the application is being torn down there is nothing left to translate.
    const bool appAlive = QCoreApplication::instance() && !QCoreApplication::closingDown();
    for (QTranslator *translator : std::as_const(m_installed)) {
        if (appAlive)
            QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

Language Translations::systemLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::Thai ? Language::Thai : Language::English;
}

QLocale Translations::locale(Language language)
{
    return language == Language::Thai ? QLocale(QLocale::Thai, QLocale::Thailand)
                                      : QLocale(QLocale::English, QLocale::UnitedStates);
}
