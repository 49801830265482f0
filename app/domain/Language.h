#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The two languages the product speaks. Data that carries both texts (the error catalog,
// default templates) picks one with this; widgets follow the installed QTranslator.
enum class Language { English, Thai };

// The language the user chose for this process; English until the UI or otpctl sets it.
Language currentLanguage();
void setCurrentLanguage(Language language);

QString languageId(Language language); // "en" / "th"
std::optional<Language> languageFromId(QStringView id);
