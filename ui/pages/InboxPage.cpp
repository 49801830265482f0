#include "InboxPage.h"

#include "api/ErrorCatalog.h"
#include "dialogs/Confirmation.h"
#include "models/InboxModel.h"
#include "sandbox/SandboxServer.h"
#include "services/SandboxInboxRecorder.h"
#include "services/Workspace.h"
#include "storage/InboxRepository.h"
#include "widgets/CodeHighlightDelegate.h"
#include "widgets/PageTitle.h"
#include "widgets/StatusColors.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

InboxPage::InboxPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new PageTitle(this);
    layout->addWidget(m_title);

    auto *controls = new QHBoxLayout;
    m_serverBox = new QGroupBox(this);
    auto *serverLayout = new QVBoxLayout(m_serverBox);
    m_status = new QLabel(m_serverBox);
    m_status->setObjectName(u"inboxSandboxStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startStop = new QPushButton(m_serverBox);
    m_startStop->setObjectName(u"sandboxStartStop"_s);
    serverLayout->addWidget(m_status);
    serverLayout->addWidget(m_startStop, 0, Qt::AlignLeft);
    serverLayout->addStretch();
    controls->addWidget(m_serverBox, 1);

    m_faultBox = new QGroupBox(this);
    auto *faults = new QGridLayout(m_faultBox);
    m_latencyLabel = new QLabel(m_faultBox);
    m_latency = new QSpinBox(m_faultBox);
    m_latency->setObjectName(u"faultLatency"_s);
    m_latency->setRange(0, SandboxFaults::MaxLatencyMs);
    m_latency->setSingleStep(100);
    m_jitterLabel = new QLabel(m_faultBox);
    m_jitter = new QSpinBox(m_faultBox);
    m_jitter->setObjectName(u"faultJitter"_s);
    m_jitter->setRange(0, SandboxFaults::MaxLatencyMs);
    m_jitter->setSingleStep(50);
    m_actionLabel = new QLabel(m_faultBox);
    m_action = new QComboBox(m_faultBox);
    m_action->setObjectName(u"faultAction"_s);
    for (int i = 0; i < 3; ++i)
        m_action->addItem(QString());
    m_errorPicker = new QComboBox(m_faultBox);
    m_errorPicker->setObjectName(u"faultError"_s);
    // 62 long entries: the popup shows them whole, the closed box must not widen the window.
    m_errorPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_errorPicker->setMinimumContentsLength(24);
    for (const ErrorEntry &entry : ErrorCatalog::entries()) {
        if (!entry.isSuccess())
            m_errorPicker->addItem(QString(), entry.row);
    }
    m_scopeLabel = new QLabel(m_faultBox);
    m_scope = new QComboBox(m_faultBox);
    m_scope->setObjectName(u"faultScope"_s);
    for (int i = 0; i < 3; ++i)
        m_scope->addItem(QString());
    m_count = new QSpinBox(m_faultBox);
    m_count->setObjectName(u"faultCount"_s);
    m_count->setRange(1, 1000000);
    m_fraction = new QDoubleSpinBox(m_faultBox);
    m_fraction->setObjectName(u"faultFraction"_s);
    m_fraction->setRange(0, 100);
    m_fraction->setValue(50);
    m_fraction->setSuffix(u" %"_s);
    m_faultProblem = new QLabel(m_faultBox);
    m_faultProblem->setWordWrap(true);
    m_faultProblem->hide();
    m_latencyLabel->setBuddy(m_latency);
    m_jitterLabel->setBuddy(m_jitter);
    m_actionLabel->setBuddy(m_action);
    m_scopeLabel->setBuddy(m_scope);
    faults->addWidget(m_latencyLabel, 0, 0);
    faults->addWidget(m_latency, 0, 1);
    faults->addWidget(m_jitterLabel, 0, 2);
    faults->addWidget(m_jitter, 0, 3);
    faults->addWidget(m_actionLabel, 1, 0);
    faults->addWidget(m_action, 1, 1);
    faults->addWidget(m_errorPicker, 1, 2, 1, 2);
    faults->addWidget(m_scopeLabel, 2, 0);
    faults->addWidget(m_scope, 2, 1);
    faults->addWidget(m_count, 2, 2);
    faults->addWidget(m_fraction, 2, 3);
    faults->addWidget(m_faultProblem, 3, 0, 1, 4);
    faults->setColumnStretch(2, 1);
    controls->addWidget(m_faultBox, 2);
    layout->addLayout(controls);

    m_model = new InboxModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"inboxTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(InboxModel::TextColumn,
                                      new CodeHighlightDelegate(InboxModel::CodeRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::TextColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    m_copyCode = new QPushButton(this);
    m_copyCode->setObjectName(u"copyCodeButton"_s);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(u"clearInboxButton"_s);
    buttons->addWidget(m_copyCode);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, m_model, &InboxModel::tick);
    m_ticker->start();

    connect(m_startStop, &QPushButton::clicked, this,
            [this] { m_running ? emit stopRequested() : emit startRequested(); });
    for (QSpinBox *spin : {m_latency, m_jitter, m_count})
        connect(spin, &QSpinBox::valueChanged, this, &InboxPage::applyFaults);
    connect(m_fraction, &QDoubleSpinBox::valueChanged, this, &InboxPage::applyFaults);
    for (QComboBox *combo : {m_action, m_errorPicker, m_scope})
        connect(combo, &QComboBox::currentIndexChanged, this, &InboxPage::applyFaults);
    connect(m_copyCode, &QPushButton::clicked, this, &InboxPage::copyCode);
    connect(m_clear, &QPushButton::clicked, this, &InboxPage::clearInbox);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_copyCode->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(&m_context.inboxRecorder, &SandboxInboxRecorder::recorded, this, &InboxPage::reload);
    connect(&m_context.inboxRecorder, &SandboxInboxRecorder::stateRecorded, this,
            &InboxPage::reload);
    retranslateUi();
    updateFaultControls();
    reload();
}

void InboxPage::reload()
{
    const QString selectedToken = m_table->selectionModel()->hasSelection()
        ? m_table->selectionModel()->selectedRows().first().data(InboxModel::TokenRole).toString()
        : QString();
    m_model->setMessages(m_context.workspace.inbox().list());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!selectedToken.isEmpty()
            && m_model->index(row, 0).data(InboxModel::TokenRole).toString() == selectedToken)
            m_table->selectRow(row);
    }
    m_empty->setVisible(m_model->rowCount() == 0);
    m_clear->setEnabled(m_model->rowCount() > 0);
    m_copyCode->setEnabled(m_table->selectionModel()->hasSelection());
}

void InboxPage::setSandboxStatus(const QString &text, bool running)
{
    m_running = running;
    m_status->setText(text);
    m_startStop->setText(running ? tr("Stop sandbox") : tr("Start sandbox"));
}

void InboxPage::updateFaultControls()
{
    const bool error = m_action->currentIndex() == 1;
    const bool action = m_action->currentIndex() != 0;
    m_errorPicker->setEnabled(error);
    m_scope->setEnabled(action);
    m_count->setVisible(action && m_scope->currentIndex() == 1);
    m_fraction->setVisible(action && m_scope->currentIndex() == 2);
}

void InboxPage::applyFaults()
{
    updateFaultControls();
    SandboxFaults faults;
    faults.latencyMs = m_latency->value();
    faults.jitterMs = m_jitter->value();
    faults.action = m_action->currentIndex() == 1 ? SandboxFaults::Action::Error
        : m_action->currentIndex() == 2           ? SandboxFaults::Action::Drop
                                                  : SandboxFaults::Action::None;
    faults.errorRow = m_errorPicker->currentData().toInt();
    faults.scope = m_scope->currentIndex() == 1 ? SandboxFaults::Scope::NextRequests
        : m_scope->currentIndex() == 2          ? SandboxFaults::Scope::Fraction
                                                : SandboxFaults::Scope::Always;
    faults.count = m_count->value();
    faults.fraction = m_fraction->value() / 100.0;
    const QString problem = faults.problem();
    m_faultProblem->setVisible(!problem.isEmpty());
    m_faultProblem->setText(problem);
    if (problem.isEmpty())
        m_context.sandbox.setFaults(faults);
}

void InboxPage::copyCode()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        QApplication::clipboard()->setText(rows.first().data(InboxModel::CodeRole).toString());
}

void InboxPage::clearInbox()
{
    if (!Confirmation::ask(this, tr("Clear the inbox?"),
                           tr("Remove all %n message(s) from the sandbox inbox? Their codes "
                              "stay valid until they expire.",
                              nullptr, m_model->rowCount()),
                           tr("Clear"), Confirmation::Kind::Destructive))
        return;
    if (const Result<int> cleared = m_context.workspace.inbox().clear(); !cleared)
        QMessageBox::warning(this, tr("Inbox not cleared"), cleared.error);
    m_context.sandbox.clearInbox();
    reload();
}

void InboxPage::retranslateUi()
{
    m_title->setText(tr("Sandbox inbox"));
    m_serverBox->setTitle(tr("Sandbox server"));
    setSandboxStatus(m_status->text(), m_running);
    m_faultBox->setTitle(tr("Fault injection"));
    m_latencyLabel->setText(tr("&Latency:"));
    m_latency->setSuffix(tr(" ms"));
    m_latency->setAccessibleName(tr("Added latency in milliseconds"));
    m_jitterLabel->setText(tr("&Jitter:"));
    m_jitter->setSuffix(tr(" ms"));
    m_jitter->setAccessibleName(tr("Random extra latency in milliseconds"));
    m_actionLabel->setText(tr("&Answer:"));
    m_action->setItemText(0, tr("Normally"));
    m_action->setItemText(1, tr("With an error"));
    m_action->setItemText(2, tr("Drop the connection"));
    m_action->setAccessibleName(tr("How the sandbox answers"));
    for (int i = 0; i < m_errorPicker->count(); ++i) {
        const std::optional<ErrorEntry> entry
            = ErrorCatalog::byRow(m_errorPicker->itemData(i).toInt());
        if (entry)
            m_errorPicker->setItemText(i,
                                       tr("HTTP %1 · %2 · %3")
                                           .arg(entry->httpStatus)
                                           .arg(entry->displayName(), entry->description()));
    }
    m_errorPicker->setAccessibleName(tr("Error to return"));
    m_scopeLabel->setText(tr("&For:"));
    m_scope->setItemText(0, tr("Every request"));
    m_scope->setItemText(1, tr("The next N requests"));
    m_scope->setItemText(2, tr("A share of requests"));
    m_scope->setAccessibleName(tr("Which requests the fault hits"));
    m_count->setAccessibleName(tr("Number of requests"));
    m_fraction->setAccessibleName(tr("Share of requests in percent"));
    m_table->setAccessibleName(tr("Sandbox messages"));
    m_empty->setText(tr("No messages yet. Request an OTP from a sandbox app (Test console, "
                        "otpctl or your own backend) and its SMS appears here."));
    m_copyCode->setText(tr("Copy code"));
    m_clear->setText(tr("Clear inbox…"));
    m_model->retranslate();
}

void InboxPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
