#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// A question with two buttons whose texts are ours (translated: Qt ships no Thai for its
// standard buttons). The buttons have object names "acceptButton" and "rejectButton" so tests
// can drive the real modal box.
class Confirmation
{
    Q_DECLARE_TR_FUNCTIONS(Confirmation)

public:
    enum class Kind { Normal, Destructive };

    static bool ask(QWidget *parent, const QString &title, const QString &text,
                    const QString &acceptText, Kind kind = Kind::Normal,
                    const QString &rejectText = QString());
};
