#include "TestNumbersEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

TestNumbersEditor::TestNumbersEditor(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"testNumbersTable"_s);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in every other field
    m_table->setMaximumHeight(160);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(u"addTestNumberButton"_s);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(u"removeTestNumberButton"_s);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);

    connect(m_addButton, &QPushButton::clicked, this, &TestNumbersEditor::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &TestNumbersEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        emit edited();
        emit cellEdited();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TestNumbersEditor::updateButtons);
    updateButtons();
}

void TestNumbersEditor::setNumbers(const QList<TestNumber> &numbers)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(numbers.size()));
    for (int row = 0; row < numbers.size(); ++row) {
        const TestNumber &number = numbers.at(row);
        m_table->setItem(row, NumberColumn, new QTableWidgetItem(number.msisdn));
        m_table->setItem(row, CodeColumn, new QTableWidgetItem(number.code));
        m_table->setItem(row, FailColumn, new QTableWidgetItem(number.fail));
    }
    updateButtons();
}

QList<TestNumber> TestNumbersEditor::numbers() const
{
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text() : QString();
    };
    QList<TestNumber> numbers;
    for (int row = 0; row < m_table->rowCount(); ++row)
        numbers << TestNumber{text(row, NumberColumn), text(row, CodeColumn),
                              text(row, FailColumn)};
    return numbers;
}

void TestNumbersEditor::addRow()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
    }
    m_table->setCurrentCell(row, NumberColumn);
    m_table->editItem(m_table->item(row, NumberColumn));
    emit edited();
}

void TestNumbersEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>()); // bottom first: rows keep places
    for (const int row : std::as_const(rows))
        m_table->removeRow(row);
    updateButtons();
    emit edited();
    emit cellEdited();
}

void TestNumbersEditor::updateButtons()
{
    m_removeButton->setEnabled(m_table->selectionModel()->hasSelection());
}

void TestNumbersEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Phone number"), tr("Fixed code"), tr("Failure instead")});
    m_table->setAccessibleName(tr("Test numbers"));
    m_table->horizontalHeaderItem(FailColumn)
        ->setToolTip(tr("An error name such as ERROR_IP_NOT_ALLOWED, a status code such as "
                        "116, or drop (the connection is closed without an answer)"));
    m_addButton->setText(tr("Add"));
    m_addButton->setAccessibleName(tr("Add a test number"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setAccessibleName(tr("Remove the selected test numbers"));
    m_hint->setText(tr("The sandbox answers a request for a listed number with its fixed code "
                       "(the SMS still arrives in the Inbox) or with the failure instead of an "
                       "OTP. Leave empty for none."));
}
