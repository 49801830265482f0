#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

// Stable, untranslated identifiers of enum values, for files, JSON, SQL and the command line
// ("sandbox", "request", "api-error"): one table per enum, next to the enum, read through
// enumId() and enumFromId(). The table is a function found by argument-dependent lookup:
//
//     enum class Environment { Sandbox, Live, Custom };
//     constexpr EnumIdTable<Environment, 3> enumIds(Environment)
//     {
//         return {{{Environment::Sandbox, "sandbox"}, {Environment::Live, "live"},
//                  {Environment::Custom, "custom"}}};
//     }
//
// (for an enum nested in a class, a `friend constexpr` function in that class). The ids are
// stored in databases and files and typed by users: never change one, only add.
template<typename Enum> struct EnumIdEntry {
    Enum value;
    const char *id; // ASCII
};

template<typename Enum, std::size_t Count> using EnumIdTable = std::array<EnumIdEntry<Enum>, Count>;

// The value's id; empty for a value missing from its table (a bug the EnumIds test catches).
template<typename Enum> QString enumId(Enum value)
{
    for (const EnumIdEntry<Enum> &entry : enumIds(Enum{})) {
        if (entry.value == value)
            return QLatin1String(entry.id);
    }
    return {};
}

// The value with this id, in any case and with surrounding spaces ignored (ids come from users
// too: "--environment Live"); nullopt for anything else.
template<typename Enum> std::optional<Enum> enumFromId(QStringView id)
{
    const QStringView trimmed = id.trimmed();
    for (const EnumIdEntry<Enum> &entry : enumIds(Enum{})) {
        if (trimmed.compare(QLatin1String(entry.id), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

// Every value of the table, in its order (for menus, tests and help texts).
template<typename Enum> auto enumValues()
{
    constexpr auto table = enumIds(Enum{});
    std::array<Enum, table.size()> values{};
    for (std::size_t i = 0; i < table.size(); ++i)
        values[i] = table[i].value;
    return values;
}
