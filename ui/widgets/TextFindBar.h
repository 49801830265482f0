#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

// A find bar for a read-only text pane (the raw exchange's request and response): every match
// highlighted, Enter and Shift+Enter for the next and previous one, Esc or × to close. Hidden
// until open().
class TextFindBar : public QWidget
{
    Q_OBJECT

public:
    explicit TextFindBar(QWidget *parent = nullptr);

    // The pane searched; a new one is searched at once for the text already typed.
    void setTarget(QPlainTextEdit *target);
    // Shows the bar with its field focused and selected.
    void open();
    void close();
    // Searches again (the pane's text changed).
    void refresh();
    int matchCount() const { return m_matches; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void highlightAll();
    void findNext(bool backward);

    QPlainTextEdit *m_target = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    int m_matches = 0;
};
