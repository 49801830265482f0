#pragma once

#include "domain/Language.h"

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <optional>

class QTranslator;

// Installs the translators of one language into the running application: our strings
// (:/i18n/otp-manager_<lang>.qm, embedded in otp_core) and, where available, Qt's own. Used by
// the GUI (live switching) and by otpctl --lang.
class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // Removes the previous language's translators, installs the new ones and sets
    // currentLanguage(). Installing sends QEvent::LanguageChange to every widget.
    void install(Language language);
    Language language() const { return m_language; }

    // The value of a --lang option (--lang th, --lang=en) anywhere in the arguments: read before
    // any parser is built, because help texts are translated when they are made.
    static std::optional<Language> languageFromArguments(const QStringList &arguments);

    // The language a first run follows: Thai for a Thai system locale, English otherwise.
    static Language systemLanguage(const QLocale &locale = QLocale::system());
    // The QLocale that dates, times and numbers use in a language.
    static QLocale locale(Language language);

private:
    void removeAll();

    Language m_language = Language::English;
    QList<QTranslator *> m_installed;
};
