#include "HelpMenu.h"

#include "dialogs/KeyboardShortcutsDialog.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

HelpMenu::HelpMenu(QMainWindow *window) : QMenu(window), m_window(window)
{
    setObjectName(u"helpMenu"_s);
    m_shortcuts = addAction(QString(), this, &HelpMenu::showShortcuts);
    m_shortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    m_shortcuts->setShortcut(QKeySequence(u"Ctrl+/"_s));
    addSeparator();
    m_about = addAction(ThemedIcon::appIcon(), QString(), this, &HelpMenu::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslateUi();
}

void HelpMenu::showShortcuts()
{
    auto *dialog = new KeyboardShortcutsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HelpMenu::showAbout()
{
    auto *box = new QMessageBox(m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About OTP Manager"));
    box->setIconPixmap(ThemedIcon::appIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>OTP Manager %1</h3><p>Manage, test and sandbox ThaiBulkSMS SMS-OTP "
                    "apps.</p><p>Licensed under the GNU General Public License, version 3 or "
                    "later. Built with Qt %2.</p>")
                     .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    box->addButton(tr("Close"), QMessageBox::AcceptRole);
    box->open();
}

void HelpMenu::retranslateUi()
{
    setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About OTP Manager"));
    m_aboutQt->setText(tr("About &Qt"));
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}
