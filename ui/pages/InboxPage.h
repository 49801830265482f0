#pragma once

#include "AppContext.h"

#include <QWidget>

class InboxModel;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

// What the sandbox "sent", newest first and live, with the code highlighted and a countdown
// to expiry; and the sandbox's controls: running state, start/stop, port, fault injection.
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPage(const AppContext &context, QWidget *parent = nullptr);

    void setSandboxStatus(const QString &text, bool running);
    InboxModel *model() const { return m_model; }
    void reload();

signals:
    void startRequested();
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFaults();
    void copyCode();
    void clearInbox();
    void updateFaultControls();

    AppContext m_context;
    InboxModel *m_model = nullptr;
    QTimer *m_ticker = nullptr;
    QLabel *m_title = nullptr;
    QGroupBox *m_serverBox = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_startStop = nullptr;
    bool m_running = false;
    QGroupBox *m_faultBox = nullptr;
    QLabel *m_latencyLabel = nullptr;
    QSpinBox *m_latency = nullptr;
    QLabel *m_jitterLabel = nullptr;
    QSpinBox *m_jitter = nullptr;
    QLabel *m_actionLabel = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_errorPicker = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QComboBox *m_scope = nullptr;
    QSpinBox *m_count = nullptr;
    QDoubleSpinBox *m_fraction = nullptr;
    QLabel *m_faultProblem = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_copyCode = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_empty = nullptr;
};
