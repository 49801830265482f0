#pragma once

#include <QWidget>

class QAction;
class QMenu;
class QPushButton;
class QTableView;
class SandboxServer;

// What the Inbox page does with the selected message and with the sandbox's time: Copy code,
// Expire now (the sandbox expires its token; the row's state follows through the recorder),
// and Advance clock (1 min, 5 min, a number of minutes asked for, or back to real time).
// Expire and the clock work on the running sandbox only. The same actions are the table's
// context menu.
class InboxRowActions : public QWidget
{
    Q_OBJECT

public:
    InboxRowActions(SandboxServer &sandbox, QTableView *table, QWidget *parent = nullptr);

    void setSandboxRunning(bool running);
    void copyCode();
    // False, with a message, when the sandbox holds no pending token for it.
    bool expireSelected();
    void advanceClock(qint64 seconds);
    void resetClock();
    void askClockAdvance(); // a dialog for the number of minutes (opened, not exec'd)
    QMenu *clockMenu() const { return m_clockMenu; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString selectedToken() const;
    void tell(const QString &text); // in the main window's status bar
    void updateEnabled();
    void retranslateUi();

    SandboxServer &m_sandbox;
    QTableView *m_table = nullptr;
    bool m_running = false;
    QPushButton *m_copy = nullptr;
    QPushButton *m_expire = nullptr;
    QPushButton *m_clock = nullptr;
    QMenu *m_clockMenu = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_expireAction = nullptr;
    QAction *m_oneMinute = nullptr;
    QAction *m_fiveMinutes = nullptr;
    QAction *m_custom = nullptr;
    QAction *m_reset = nullptr;
};
