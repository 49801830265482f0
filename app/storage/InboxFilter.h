#pragma once

#include "domain/OtpMessage.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// Which inbox messages InboxRepository::list() and count() look at. Lists are newest first:
// created_at DESC, id DESC.
struct InboxFilter {
    // A message's place in that order, for keyset paging.
    struct Position {
        QDateTime createdAt;
        qint64 id = 0;
    };

    std::optional<QUuid> appId; // none: every app
    // Messages that contain this text (ASCII case ignored; % and _ are literal) in the app name,
    // the phone number (0812… also finds the stored +66812…), the SMS text, the code, the
    // reference or the stored state. Empty: every message.
    QString search;
    // With search: states whose name as the list shows it (translated) contains the text.
    QList<OtpMessage::State> searchStates;
    // The page after this message ("load more"): only messages listed after it.
    std::optional<Position> after;
    int limit = -1; // -1: all; ignored by count()
};
