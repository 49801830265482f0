#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;

// What a page shows instead of its content while there is nothing yet: a large icon, a title,
// a line of explanation and the buttons that get the user started, centred.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(const QIcon &icon, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    // A button in the row under the text, after the ones added before.
    QPushButton *addButton(const QString &objectName, const QIcon &icon = QIcon());

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};
