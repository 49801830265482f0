#include "KeyboardShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QString keys(const QString &portable)
{
    return QKeySequence(portable).toString(QKeySequence::NativeText);
}

// "&New OTP App…" as a reader names it: "New OTP App".
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QMainWindow *window)
    : QDialog(window), m_window(window)
{
    setObjectName(u"keyboardShortcutsDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(640, 520);
    fill();
}

void KeyboardShortcutsDialog::fill()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    m_table->setRowCount(0);
    for (const QAction *menuAction : m_window->menuBar()->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (const QAction *action : menu->actions()) {
            QStringList sequences;
            for (const QKeySequence &sequence : action->shortcuts()) {
                if (!sequence.isEmpty()) // a standard key this platform has none for
                    sequences << sequence.toString(QKeySequence::NativeText);
            }
            if (!sequences.isEmpty())
                addRow(sequences.join(u", "_s),
                       //: Keyboard shortcuts: a menu and one of its commands
                       tr("%1 ▸ %2").arg(plainText(menuAction), plainText(action)));
        }
    }
    addRow(keys(u"Return"_s), tr("Test console, in the phone number field: Request OTP"));
    addRow(keys(u"Return"_s), tr("Test console, in the token or PIN field: Verify"));
    addRow(keys(u"Ctrl+Return"_s),
           tr("Test console, anywhere: Verify when the token or PIN field has the focus, "
              "Request OTP otherwise"));
    addRow(keys(u"Ctrl+F"_s),
           tr("Test console: find in the raw exchange; Error codes: search "
              "the codes; elsewhere: filter the OTP apps"));
    addRow(keys(u"Return"_s) + u", "_s + keys(u"Shift+Return"_s),
           tr("In a find bar: the next or the previous match"));
    addRow(keys(u"Esc"_s), tr("In a search field: clear it; in a find bar: close it"));
}

void KeyboardShortcutsDialog::addRow(const QString &keys, const QString &what)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(keys));
    m_table->setItem(row, 1, new QTableWidgetItem(what));
}

QList<QPair<QString, QString>> KeyboardShortcutsDialog::rows() const
{
    QList<QPair<QString, QString>> list;
    for (int row = 0; row < m_table->rowCount(); ++row)
        list.append({m_table->item(row, 0)->text(), m_table->item(row, 1)->text()});
    return list;
}

void KeyboardShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QDialog::changeEvent(event);
}
