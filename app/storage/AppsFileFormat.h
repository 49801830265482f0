#pragma once

#include <QString>

// The apps exchange file (docs/file-formats.md): {"format": "otp-manager-apps", "version": 1,
// "apps": [...]}. Field names are part of the format and never translated.
namespace AppsFileFormat {
inline QString formatId()
{
    return QStringLiteral("otp-manager-apps");
}
constexpr int Version = 1;
} // namespace AppsFileFormat
