#include "InboxRowActions.h"

#include "models/InboxModel.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

InboxRowActions::InboxRowActions(SandboxServer &sandbox, QTableView *table, QWidget *parent)
    : QWidget(parent), m_sandbox(sandbox), m_table(table)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(u"copyCodeButton"_s);
    m_expire = new QPushButton(this);
    m_expire->setObjectName(u"expireNowButton"_s);
    // A push button with a menu: its arrow gets room of its own (a tool button's covered the
    // end of the text, "เลื่อนนาฬิกา").
    m_clock = new QPushButton(this);
    m_clock->setObjectName(u"advanceClockButton"_s);
    m_clockMenu = new QMenu(m_clock);
    m_clockMenu->setObjectName(u"advanceClockMenu"_s);
    m_oneMinute = m_clockMenu->addAction(QString(), this, [this] { advanceClock(60); });
    m_fiveMinutes = m_clockMenu->addAction(QString(), this, [this] { advanceClock(300); });
    m_custom = m_clockMenu->addAction(QString(), this, &InboxRowActions::askClockAdvance);
    m_clockMenu->addSeparator();
    m_reset = m_clockMenu->addAction(QString(), this, &InboxRowActions::resetClock);
    m_clock->setMenu(m_clockMenu);
    layout->addWidget(m_copy);
    layout->addWidget(m_expire);
    layout->addWidget(m_clock);

    m_copyAction = new QAction(this);
    m_expireAction = new QAction(this);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_copyAction, m_expireAction});
    connect(m_copy, &QPushButton::clicked, this, &InboxRowActions::copyCode);
    connect(m_copyAction, &QAction::triggered, this, &InboxRowActions::copyCode);
    connect(m_expire, &QPushButton::clicked, this, &InboxRowActions::expireSelected);
    connect(m_expireAction, &QAction::triggered, this, &InboxRowActions::expireSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InboxRowActions::updateEnabled);
    // The selected row's state changes (verified, expired): Expire now follows.
    connect(m_table->model(), &QAbstractItemModel::dataChanged, this,
            &InboxRowActions::updateEnabled);
    connect(m_table->model(), &QAbstractItemModel::modelReset, this,
            &InboxRowActions::updateEnabled);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this,
            &InboxRowActions::updateEnabled);
    retranslateUi();
    updateEnabled();
}

void InboxRowActions::setSandboxRunning(bool running)
{
    m_running = running;
    updateEnabled();
}

QString InboxRowActions::selectedToken() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(InboxModel::TokenRole).toString();
}

void InboxRowActions::copyCode()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        QApplication::clipboard()->setText(rows.first().data(InboxModel::CodeRole).toString());
}

bool InboxRowActions::expireSelected()
{
    const QString token = selectedToken();
    if (token.isEmpty() || !m_running)
        return false;
    if (!m_sandbox.expireToken(token)) {
        tell(tr("The sandbox no longer holds this message's token, so it cannot expire "
                "it."));
        return false;
    }
    return true;
}

void InboxRowActions::tell(const QString &text)
{
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(text, 5000);
}

void InboxRowActions::advanceClock(qint64 seconds)
{
    if (!m_running)
        return;
    m_sandbox.advanceClock(seconds);
}

void InboxRowActions::resetClock()
{
    if (m_running)
        m_sandbox.resetClock();
}

void InboxRowActions::askClockAdvance()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"advanceClockDialog"_s);
    dialog->setWindowTitle(tr("Advance the sandbox clock"));
    dialog->setLabelText(tr("Move the sandbox's clock forward by this many minutes:"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, 60 * 24 * 366);
    dialog->setIntValue(10);
    connect(dialog, &QInputDialog::intValueSelected, this,
            [this](int minutes) { advanceClock(qint64(minutes) * 60); });
    dialog->open();
}

void InboxRowActions::updateEnabled()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const bool pending = selected
        && rows.first().data(InboxModel::StateRole).value<OtpMessage::State>()
            == OtpMessage::State::Pending;
    m_copy->setEnabled(selected);
    m_copyAction->setEnabled(selected);
    m_expire->setEnabled(pending && m_running);
    m_expireAction->setEnabled(pending && m_running);
    m_clock->setEnabled(m_running);
}

void InboxRowActions::retranslateUi()
{
    m_copy->setText(tr("Copy code"));
    m_copyAction->setText(tr("Copy code"));
    m_expire->setText(tr("Expire now"));
    m_expire->setToolTip(tr("The sandbox expires this token now, as if its time had run out"));
    m_expireAction->setText(tr("Expire now"));
    m_clock->setText(tr("Advance clock"));
    m_clock->setToolTip(tr("Move the sandbox's clock forward for every token (expiry tests)"));
    m_oneMinute->setText(tr("By 1 minute"));
    m_fiveMinutes->setText(tr("By 5 minutes"));
    m_custom->setText(tr("By…"));
    m_reset->setText(tr("Reset to real time"));
}

void InboxRowActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
