#pragma once

#include <QMenu>

class QMainWindow;

// The window's Help menu: Keyboard shortcuts (the list read from the window's menus and the
// Test console's keys), About OTP Manager, About Qt. It translates itself.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QMainWindow *window);

    QAction *shortcutsAction() const { return m_shortcuts; }
    void showShortcuts();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QMainWindow *m_window = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};
