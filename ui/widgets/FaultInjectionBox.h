#pragma once

#include "sandbox/SandboxFaults.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

// The sandbox's fault injection controls: added latency and jitter, how the sandbox answers
// (normally, with a chosen error, or by dropping the connection) and which requests that hits
// (every one, the next N, a share). Each change that makes usable faults is emitted; one that
// does not shows why instead.
class FaultInjectionBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit FaultInjectionBox(QWidget *parent = nullptr);

    SandboxFaults faults() const; // as the controls say, usable or not
    // Shows faults set elsewhere (the control API), without emitting faultsChanged.
    void setFaults(const SandboxFaults &faults);

signals:
    void faultsChanged(const SandboxFaults &faults);

protected:
    void changeEvent(QEvent *event) override;

private:
    void makeControls();
    void layOut();
    void retranslateUi();
    void updateControls();
    void apply();

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
    QLabel *m_problem = nullptr;
    bool m_following = false; // setFaults() is moving the controls
};
