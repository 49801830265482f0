#include "Language.h"

#include <algorithm>
#include <atomic>

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

std::optional<Language> languageOfLocaleName(QStringView name)
{
    // The language part of a locale name comes before its territory: th_TH, th-TH.
    const QStringView trimmed = name.trimmed();
    const auto territory = std::find_if(trimmed.begin(), trimmed.end(),
                                        [](QChar c) { return c == u'_' || c == u'-'; });
    return enumFromId<Language>(trimmed.left(territory - trimmed.begin()));
}
