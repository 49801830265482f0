#pragma once

#include <QDialog>

class QDialogButtonBox;
class QMainWindow;
class QTableWidget;

// Help > Keyboard Shortcuts: every shortcut of the window's menus (read from the actions, so
// the list cannot go stale) and the keys of the Test console and the find bars.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(QMainWindow *window);

    // Keys as shown, and what they do; for tests.
    QList<QPair<QString, QString>> rows() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void addRow(const QString &keys, const QString &what);

    QMainWindow *m_window = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
