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

    const QString id = languageId(language);
    // Qt's own strings first, ours last: the last installed translator is asked first, so
    // our translations of Qt's dialogs (Qt ships none in Thai) win over Qt's.
    const auto load = [this](const QString &file, const QString &directory) {
        auto *translator = new QTranslator(this);
        if (translator->load(file, directory) && QCoreApplication::installTranslator(translator))
            m_installed.append(translator);
        else
            delete translator;
    };
    load(u"qtbase_"_s + id, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(u"otp-manager_"_s + id, u":/i18n"_s);
}

void Translations::removeAll()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
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
