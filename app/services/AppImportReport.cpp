#include "AppImportReport.h"

#include <algorithm>

bool AppImportReport::Entry::isSaved() const
{
    return outcome == Outcome::Saved || outcome == Outcome::SavedWithoutSecret
        || outcome == Outcome::SavedWithGeneratedCredentials;
}

bool AppImportReport::Entry::isProblem() const
{
    return !isSaved() && outcome != Outcome::AlreadyThere;
}

int AppImportReport::savedCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [](const Entry &entry) { return entry.isSaved(); }));
}

bool AppImportReport::has(Outcome outcome) const
{
    return std::any_of(entries.cbegin(), entries.cend(),
                       [outcome](const Entry &entry) { return entry.outcome == outcome; });
}
