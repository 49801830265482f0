#pragma once

#include "OtpFate.h"
#include "util/EnumIds.h"

#include <QString>

#include <optional>

// A page of the transaction table (one row per OTP of a report's period): order, filters,
// position. Paged with LIMIT/OFFSET; sorted by time the requests are read in index order and
// cut before their verifies are joined, so the first pages cost the same whatever the period.
struct TransactionQuery {
    enum class Column { Time, App, Number, Fate, Attempts, TimeToVerify };

    Column sortColumn = Column::Time;
    bool descending = true;
    std::optional<OtpFate> fate; // only OTPs that ended so
    QString text; // in the app's name, the number, the reference or the token
    int offset = 0;
    int limit = 100;
    // False for the next pages of the same query: the total is not counted again (-1).
    bool countTotal = true;
};

constexpr EnumIdTable<TransactionQuery::Column, 6> enumIds(TransactionQuery::Column)
{
    using C = TransactionQuery::Column;
    return {{{C::Time, "time"},
             {C::App, "app"},
             {C::Number, "number"},
             {C::Fate, "state"},
             {C::Attempts, "attempts"},
             {C::TimeToVerify, "timeToVerify"}}};
}
