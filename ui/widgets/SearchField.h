#pragma once

#include <QLineEdit>

class QAction;

// A filter box: a search icon in front, and a clear button at the end while there is text.
// Qt's own clear button (setClearButtonEnabled) asks the icon theme for "edit-clear" when the
// field is made, a search through the system's icon folders that cost a third of the main
// window's start-up; this one draws our SVG in the palette's colours instead.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateUi();

    QAction *m_search;
    QAction *m_clear;
};
