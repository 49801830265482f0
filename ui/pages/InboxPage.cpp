#include "InboxPage.h"

#include "dialogs/Confirmation.h"
#include "models/InboxModel.h"
#include "sandbox/SandboxServer.h"
#include "services/SandboxInboxRecorder.h"
#include "services/Workspace.h"
#include "storage/InboxRepository.h"
#include "widgets/CodeHighlightDelegate.h"
#include "widgets/FaultInjectionBox.h"
#include "widgets/InboxRowActions.h"
#include "widgets/PageTitle.h"
#include "widgets/ScrollAnchor.h"
#include "widgets/SearchField.h"
#include "widgets/TableColumns.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int SearchDelayMs = 200; // typing pauses this long before a search runs
}

InboxPage::InboxPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new PageTitle(this);
    layout->addWidget(m_title);
    auto *controls = new QHBoxLayout;
    controls->addWidget(makeServerBox(), 1);
    m_faults = new FaultInjectionBox(this);
    controls->addWidget(m_faults, 2);
    layout->addLayout(controls);

    m_search = new SearchField(this);
    m_search->setObjectName(u"inboxFilter"_s);
    layout->addWidget(m_search);
    makeTable();
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    auto *buttons = new QHBoxLayout;
    m_actions = new InboxRowActions(m_context.sandbox, m_table, this);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(u"clearInboxButton"_s);
    buttons->addWidget(m_actions);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, m_model, &InboxModel::tick);
    m_ticker->start();
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setQuery(m_search->text()); });

    connect(m_startStop, &QPushButton::clicked, this,
            [this] { m_running ? emit stopRequested() : emit startRequested(); });
    connect(m_faults, &FaultInjectionBox::faultsChanged, this,
            [this](const SandboxFaults &faults) { m_context.sandbox.setFaults(faults); });
    connect(m_clear, &QPushButton::clicked, this, &InboxPage::clearInbox);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                if (first == 0 && m_model->rowCount() == 1)
                    fitColumns(); // the first SMS of an empty inbox
                updateEmptyState();
            });
    connectRecorder();
    connectSandbox();
    retranslateUi();
    updateEmptyState();
}

QGroupBox *InboxPage::makeServerBox()
{
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
    return m_serverBox;
}

void InboxPage::makeTable()
{
    m_model = new InboxModel(m_context.workspace.inbox(), this);
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
    // The text takes the room left; the other columns fit their contents for a new list (first
    // page, search, language). Not ResizeToContents: the countdown changes every second, and
    // that would measure the cells again each time.
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::TextColumn, QHeaderView::Stretch);
    new ScrollAnchor(m_table);
}

// The recorder stored the message (or its new state) already: the model takes it as it is,
// one row, without reading the table again.
void InboxPage::connectRecorder()
{
    connect(&m_context.inboxRecorder, &SandboxInboxRecorder::recorded, m_model,
            &InboxModel::addMessage);
    connect(&m_context.inboxRecorder, &SandboxInboxRecorder::stateRecorded, m_model,
            &InboxModel::setState);
}

// What the control API (or another caller of the server) changes, followed live: the fault
// controls, messages deleted, the clock the countdown reads.
void InboxPage::connectSandbox()
{
    m_faults->setFaults(m_context.sandbox.faults());
    connect(&m_context.sandbox, &SandboxServer::faultsChanged, m_faults,
            &FaultInjectionBox::setFaults);
    connect(&m_context.inboxRecorder, &SandboxInboxRecorder::removed, m_model,
            &InboxModel::removeMessages);
    m_model->setClockOffset(m_context.sandbox.clockOffsetSeconds());
    connect(&m_context.sandbox, &SandboxServer::clockChanged, m_model, &InboxModel::setClockOffset);
}

void InboxPage::reload()
{
    m_model->reload();
}

void InboxPage::fitColumns()
{
    TableColumns::fitToContents(m_table);
}

void InboxPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty && m_model->query().isEmpty());
    m_clear->setEnabled(!empty || !m_model->query().isEmpty());
}

void InboxPage::setSandboxStatus(const QString &text, bool running)
{
    m_running = running;
    m_status->setText(text);
    m_startStop->setText(running ? tr("Stop sandbox") : tr("Start sandbox"));
    m_actions->setSandboxRunning(running);
}

bool InboxPage::selectMessage(qint64 id)
{
    std::optional<int> row = m_model->rowOf(id);
    if (!row && !m_model->query().isEmpty()) {
        m_search->clear();
        m_searchDelay->stop();
        m_model->setQuery(QString());
        row = m_model->rowOf(id);
    }
    while (!row && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (!row)
        return false;
    m_table->selectRow(*row);
    m_table->scrollTo(m_model->index(*row, 0));
    m_table->setFocus();
    return true;
}

void InboxPage::clearInbox()
{
    const qint64 stored = m_context.workspace.inbox().count();
    if (!Confirmation::ask(this, tr("Clear the inbox?"),
                           tr("Remove all %n message(s) from the sandbox inbox? Their codes "
                              "stay valid until they expire.",
                              nullptr, int(qMin<qint64>(stored, INT_MAX))),
                           tr("Clear"), Confirmation::Kind::Destructive))
        return;
    if (const Result<int> cleared = m_context.workspace.inbox().clear(); !cleared)
        QMessageBox::warning(this, tr("Inbox not cleared"), cleared.error);
    m_model->reload();
}

void InboxPage::retranslateUi()
{
    m_title->setText(tr("Sandbox inbox"));
    m_serverBox->setTitle(tr("Sandbox server"));
    setSandboxStatus(m_status->text(), m_running);
    m_search->setPlaceholderText(tr("Search the inbox"));
    m_search->setAccessibleName(tr("Search the inbox"));
    m_table->setAccessibleName(tr("Sandbox messages"));
    m_empty->setText(tr("No messages yet. Request an OTP from a sandbox app (Test console, "
                        "otpctl or your own backend) and its SMS appears here."));
    m_clear->setText(tr("Clear inbox…"));
    m_model->retranslate();
    fitColumns();
}

void InboxPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
