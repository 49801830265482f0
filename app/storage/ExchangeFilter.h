#pragma once

#include <QDateTime>
#include <QUuid>

#include <optional>

// Which history rows ExchangeRepository::list() and count() look at.
struct ExchangeFilter {
    std::optional<QUuid> appId; // none: every app, including deleted ones
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to; // exclusive; invalid: no upper bound
    int limit = -1; // -1: all
    int offset = 0;
};
