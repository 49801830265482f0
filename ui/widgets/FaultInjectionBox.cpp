#include "FaultInjectionBox.h"

#include "api/ErrorCatalog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace {
// The text of the item that carries this value (items carry SandboxFaults' enum values).
template<typename Enum> void setItemText(QComboBox *combo, Enum value, const QString &text)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).value<Enum>() == value)
            combo->setItemText(i, text);
    }
}
} // namespace

FaultInjectionBox::FaultInjectionBox(QWidget *parent) : QGroupBox(parent)
{
    makeControls();
    layOut();
    for (QSpinBox *spin : {m_latency, m_jitter, m_count})
        connect(spin, &QSpinBox::valueChanged, this, &FaultInjectionBox::apply);
    connect(m_fraction, &QDoubleSpinBox::valueChanged, this, &FaultInjectionBox::apply);
    for (QComboBox *combo : {m_action, m_errorPicker, m_scope})
        connect(combo, &QComboBox::currentIndexChanged, this, &FaultInjectionBox::apply);
    retranslateUi();
    updateControls();
}

void FaultInjectionBox::makeControls()
{
    m_latencyLabel = new QLabel(this);
    m_latency = new QSpinBox(this);
    m_latency->setObjectName(u"faultLatency"_s);
    m_latency->setRange(0, SandboxFaults::MaxLatencyMs);
    m_latency->setSingleStep(100);
    m_jitterLabel = new QLabel(this);
    m_jitter = new QSpinBox(this);
    m_jitter->setObjectName(u"faultJitter"_s);
    m_jitter->setRange(0, SandboxFaults::MaxLatencyMs);
    m_jitter->setSingleStep(50);
    m_actionLabel = new QLabel(this);
    m_action = new QComboBox(this);
    m_action->setObjectName(u"faultAction"_s);
    for (const auto action :
         {SandboxFaults::Action::None, SandboxFaults::Action::Error, SandboxFaults::Action::Drop})
        m_action->addItem(QString(), QVariant::fromValue(action));
    m_errorPicker = new QComboBox(this);
    m_errorPicker->setObjectName(u"faultError"_s);
    // 62 long entries: the popup shows them whole, the closed box must not widen the window.
    m_errorPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_errorPicker->setMinimumContentsLength(24);
    for (const ErrorEntry &entry : ErrorCatalog::entries()) {
        if (!entry.isSuccess())
            m_errorPicker->addItem(QString(), entry.row);
    }
    m_scopeLabel = new QLabel(this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"faultScope"_s);
    for (const auto scope : {SandboxFaults::Scope::Always, SandboxFaults::Scope::NextRequests,
                             SandboxFaults::Scope::Fraction})
        m_scope->addItem(QString(), QVariant::fromValue(scope));
    m_count = new QSpinBox(this);
    m_count->setObjectName(u"faultCount"_s);
    m_count->setRange(1, 1000000);
    m_fraction = new QDoubleSpinBox(this);
    m_fraction->setObjectName(u"faultFraction"_s);
    m_fraction->setRange(0, 100);
    m_fraction->setValue(50);
    m_fraction->setSuffix(u" %"_s);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_latencyLabel->setBuddy(m_latency);
    m_jitterLabel->setBuddy(m_jitter);
    m_actionLabel->setBuddy(m_action);
    m_scopeLabel->setBuddy(m_scope);
}

void FaultInjectionBox::layOut()
{
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_latencyLabel, 0, 0);
    grid->addWidget(m_latency, 0, 1);
    grid->addWidget(m_jitterLabel, 0, 2);
    grid->addWidget(m_jitter, 0, 3);
    grid->addWidget(m_actionLabel, 1, 0);
    grid->addWidget(m_action, 1, 1);
    grid->addWidget(m_errorPicker, 1, 2, 1, 2);
    grid->addWidget(m_scopeLabel, 2, 0);
    grid->addWidget(m_scope, 2, 1);
    grid->addWidget(m_count, 2, 2);
    grid->addWidget(m_fraction, 2, 3);
    grid->addWidget(m_problem, 3, 0, 1, 4);
    grid->setColumnStretch(2, 1);
}

SandboxFaults FaultInjectionBox::faults() const
{
    SandboxFaults faults;
    faults.latencyMs = m_latency->value();
    faults.jitterMs = m_jitter->value();
    faults.action = m_action->currentData().value<SandboxFaults::Action>();
    faults.errorRow = m_errorPicker->currentData().toInt();
    faults.scope = m_scope->currentData().value<SandboxFaults::Scope>();
    faults.count = m_count->value();
    faults.fraction = m_fraction->value() / 100.0;
    return faults;
}

void FaultInjectionBox::setFaults(const SandboxFaults &faults)
{
    if (faults == this->faults())
        return;
    m_following = true;
    m_latency->setValue(faults.latencyMs);
    m_jitter->setValue(faults.jitterMs);
    m_action->setCurrentIndex(m_action->findData(QVariant::fromValue(faults.action)));
    if (const int row = m_errorPicker->findData(faults.errorRow); row >= 0)
        m_errorPicker->setCurrentIndex(row);
    m_scope->setCurrentIndex(m_scope->findData(QVariant::fromValue(faults.scope)));
    if (faults.scope == SandboxFaults::Scope::NextRequests)
        m_count->setValue(faults.count);
    if (faults.scope == SandboxFaults::Scope::Fraction)
        m_fraction->setValue(faults.fraction * 100.0);
    m_following = false;
    updateControls();
    m_problem->hide();
}

void FaultInjectionBox::updateControls()
{
    const SandboxFaults chosen = faults();
    const bool action = chosen.action != SandboxFaults::Action::None;
    m_errorPicker->setEnabled(chosen.action == SandboxFaults::Action::Error);
    m_scope->setEnabled(action);
    m_count->setVisible(action && chosen.scope == SandboxFaults::Scope::NextRequests);
    m_fraction->setVisible(action && chosen.scope == SandboxFaults::Scope::Fraction);
}

void FaultInjectionBox::apply()
{
    if (m_following)
        return;
    updateControls();
    const SandboxFaults chosen = faults();
    const QString problem = chosen.problem();
    m_problem->setVisible(!problem.isEmpty());
    m_problem->setText(problem);
    if (problem.isEmpty())
        emit faultsChanged(chosen);
}

void FaultInjectionBox::retranslateUi()
{
    setTitle(tr("Fault injection"));
    m_latencyLabel->setText(tr("&Latency:"));
    m_latency->setSuffix(tr(" ms"));
    m_latency->setAccessibleName(tr("Added latency in milliseconds"));
    m_jitterLabel->setText(tr("&Jitter:"));
    m_jitter->setSuffix(tr(" ms"));
    m_jitter->setAccessibleName(tr("Random extra latency in milliseconds"));
    m_actionLabel->setText(tr("&Answer:"));
    setItemText(m_action, SandboxFaults::Action::None, tr("Normally"));
    setItemText(m_action, SandboxFaults::Action::Error, tr("With an error"));
    setItemText(m_action, SandboxFaults::Action::Drop, tr("Drop the connection"));
    m_action->setAccessibleName(tr("How the sandbox answers"));
    for (int i = 0; i < m_errorPicker->count(); ++i) {
        if (const std::optional<ErrorEntry> entry
            = ErrorCatalog::byRow(m_errorPicker->itemData(i).toInt()))
            m_errorPicker->setItemText(i,
                                       tr("HTTP %1 · %2 · %3")
                                           .arg(entry->httpStatus)
                                           .arg(entry->displayName(), entry->description()));
    }
    m_errorPicker->setAccessibleName(tr("Error to return"));
    m_scopeLabel->setText(tr("F&or:"));
    setItemText(m_scope, SandboxFaults::Scope::Always, tr("Every request"));
    setItemText(m_scope, SandboxFaults::Scope::NextRequests, tr("The next N requests"));
    setItemText(m_scope, SandboxFaults::Scope::Fraction, tr("A share of requests"));
    m_scope->setAccessibleName(tr("Which requests the fault hits"));
    m_count->setAccessibleName(tr("Number of requests"));
    m_fraction->setAccessibleName(tr("Share of requests in percent"));
}

void FaultInjectionBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}
