#pragma once

#include "util/EnumIds.h"

#include <QStringView>

#include <optional>

// The two languages the product speaks. Data that carries both texts (the error catalog,
// default templates) picks one with this; widgets follow the installed QTranslator.
enum class Language { English, Thai };

// Stable, untranslated identifiers: the saved preference, --lang, translation file names.
constexpr EnumIdTable<Language, 2> enumIds(Language)
{
    return {{{Language::English, "en"}, {Language::Thai, "th"}}};
}

// The language of an id or a locale name ("th", "th_TH", "en-GB"), for --lang; nullopt for
// any other language.
std::optional<Language> languageOfLocaleName(QStringView name);

// The language the user chose for this process; English until the UI or otpctl sets it.
Language currentLanguage();
void setCurrentLanguage(Language language);
