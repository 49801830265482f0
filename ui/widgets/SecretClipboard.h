#pragma once

#include <QObject>
#include <QString>

class QTimer;

// Puts text that holds an App Secret on the clipboard and takes it off again after
// ClearAfterMs, as password managers do, unless something else was copied in the meantime; also
// when it goes (the app quits). A newer copy restarts the time.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int ClearAfterMs = 30000;

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QString &text);
    // Whether the clipboard still holds what copy() put there.
    bool holdsSecret() const;
    // For tests: the time before the clipboard is cleared.
    void setClearAfter(int milliseconds);

signals:
    void cleared(); // the secret was still there and was taken off

private:
    void clearIfUnchanged();

    QString m_copied;
    QTimer *m_timer = nullptr;
};
