#include "Language.h"

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace {
// Read from worker threads (the sandbox) as well as the GUI thread.
std::atomic<Language> g_language{Language::English};
} // namespace

Language currentLanguage()
{
    return g_language.load(std::memory_order_relaxed);
}

void setCurrentLanguage(Language language)
{
    g_language.store(language, std::memory_order_relaxed);
}

QString languageId(Language language)
{
    return language == Language::Thai ? u"th"_s : u"en"_s;
}

std::optional<Language> languageFromId(QStringView id)
{
    const QString lower = id.trimmed().toString().toLower();
    if (lower == u"th" || lower.startsWith(u"th_") || lower.startsWith(u"th-"))
        return Language::Thai;
    if (lower == u"en" || lower.startsWith(u"en_") || lower.startsWith(u"en-"))
        return Language::English;
    return std::nullopt;
}
