#pragma once

#include "AppContext.h"

#include <QWidget>

class FaultInjectionBox;
class InboxModel;
class InboxRowActions;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// What the sandbox "sent", newest first and live (read from the inbox table a page at a time,
// each new SMS and state change applied to its one row), with the code highlighted, a countdown
// to expiry and a search over every stored message; and the sandbox's controls: running state,
// start/stop, fault injection.
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPage(const AppContext &context, QWidget *parent = nullptr);

    void setSandboxStatus(const QString &text, bool running);
    InboxModel *model() const { return m_model; }
    InboxRowActions *rowActions() const { return m_actions; }
    void reload();
    // Selects the message with this inbox id (the search cleared and pages read as needed);
    // false when it is not stored.
    bool selectMessage(qint64 id);

signals:
    void startRequested();
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *makeServerBox();
    void makeTable();
    void connectRecorder();
    void connectSandbox();
    void retranslateUi();
    void fitColumns();
    void updateEmptyState();
    void clearInbox();

    AppContext m_context;
    InboxModel *m_model = nullptr;
    QTimer *m_ticker = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_title = nullptr;
    QGroupBox *m_serverBox = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_startStop = nullptr;
    bool m_running = false;
    FaultInjectionBox *m_faults = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    InboxRowActions *m_actions = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_empty = nullptr;
};
