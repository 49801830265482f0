#pragma once

#include "domain/OtpOperation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// Which history rows ExchangeRepository::list(), rows() and count() look at. Lists are newest
// first: started_at DESC, id DESC.
struct ExchangeFilter {
    // A row's place in that order, for keyset paging.
    struct Position {
        QDateTime startedAt;
        qint64 id = 0;
    };

    std::optional<QUuid> appId; // none: every app, including deleted ones
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to; // exclusive; invalid: no upper bound
    // Rows that contain this text (ASCII case ignored; % and _ are literal) in the app name,
    // the call, the phone number (0812… also finds the stored +66812…), the outcome or the
    // HTTP status. Empty: every row.
    QString search;
    // With search: calls whose name as the list shows it (translated) contains the text.
    QList<OtpOperation> searchCalls;
    // With search: these stored outcomes too (those whose translated text contains it).
    QStringList searchOutcomes;
    // The page after this row ("load more"): only rows listed after it.
    std::optional<Position> after;
    int limit = -1; // -1: all; ignored by count()
};
