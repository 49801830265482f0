#pragma once

#include "domain/TestNumber.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// A sandbox app's test numbers in the app form: a small table (phone number, fixed code,
// failure) with Add and Remove, and a line saying what they do. It keeps the rows as typed;
// OtpAppValidator judges them and the form shows its messages under the table.
class TestNumbersEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { NumberColumn, CodeColumn, FailColumn, ColumnCount };

    explicit TestNumbersEditor(QWidget *parent = nullptr);

    void setNumbers(const QList<TestNumber> &numbers); // emits nothing
    QList<TestNumber> numbers() const;
    QTableWidget *table() const { return m_table; }
    void retranslateUi();

signals:
    void edited(); // a row added or removed, or a cell changed
    void cellEdited(); // a cell changed or a row removed: the user has worked on the list

private:
    void addRow();
    void removeSelectedRows();
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_hint = nullptr;
};
