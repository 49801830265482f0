#include "ErrorCodesPage.h"

#include "api/ErrorLookup.h"
#include "models/ErrorCatalogFilter.h"
#include "models/ErrorCatalogModel.h"
#include "widgets/PageTitle.h"
#include "widgets/SearchField.h"
#include "widgets/StatusColors.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ErrorCodesPage::ErrorCodesPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new PageTitle(this);
    layout->addWidget(m_title);
    layout->addLayout(buildFilters());
    layout->addWidget(buildTable(), 1);
    layout->addWidget(buildDecodeBox());

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        refreshCount();
    });
    connect(m_httpClass, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setHttpClass(m_httpClass->currentData().toInt());
        refreshCount();
    });
    connect(m_decodeButton, &QPushButton::clicked, this, &ErrorCodesPage::decode);
    connect(m_decodeInput, &QPlainTextEdit::textChanged, this, [this] {
        m_decodeButton->setEnabled(!m_decodeInput->toPlainText().trimmed().isEmpty());
    });
    m_decodeButton->setEnabled(false);
    retranslateUi();
}

// Search text, HTTP status class, and how many codes match.
QLayout *ErrorCodesPage::buildFilters()
{
    auto *filters = new QHBoxLayout;
    m_search = new SearchField(this);
    m_search->setObjectName(u"errorSearch"_s);
    m_httpClass = new QComboBox(this);
    m_httpClass->setObjectName(u"httpClassFilter"_s);
    for (int hundreds : {0, 2, 4, 5})
        m_httpClass->addItem(QString(), hundreds);
    m_count = new QLabel(this);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_httpClass);
    filters->addWidget(m_count);
    return filters;
}

QWidget *ErrorCodesPage::buildTable()
{
    m_model = new ErrorCatalogModel(this);
    m_filter = new ErrorCatalogFilter(this);
    m_filter->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(u"errorTable"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the vendor's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ErrorCatalogModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ErrorCatalogModel::HintColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return m_table;
}

// A pasted answer, its HTTP status and the Decode button; the decoded entry under them.
QWidget *ErrorCodesPage::buildDecodeBox()
{
    m_decodeBox = new QGroupBox(this);
    auto *decodeLayout = new QVBoxLayout(m_decodeBox);
    auto *inputRow = new QHBoxLayout;
    m_decodeInput = new QPlainTextEdit(m_decodeBox);
    m_decodeInput->setObjectName(u"decodeInput"_s);
    m_decodeInput->setTabChangesFocus(true);
    m_decodeInput->setMaximumHeight(70);
    auto *side = new QVBoxLayout;
    m_httpLabel = new QLabel(m_decodeBox);
    m_decodeHttp = new QSpinBox(m_decodeBox);
    m_decodeHttp->setObjectName(u"decodeHttp"_s);
    m_decodeHttp->setRange(0, 599);
    m_httpLabel->setBuddy(m_decodeHttp);
    m_decodeButton = new QPushButton(m_decodeBox);
    m_decodeButton->setObjectName(u"decodeButton"_s);
    side->addWidget(m_httpLabel);
    side->addWidget(m_decodeHttp);
    side->addWidget(m_decodeButton);
    side->addStretch();
    inputRow->addWidget(m_decodeInput, 1);
    inputRow->addLayout(side);
    decodeLayout->addLayout(inputRow);
    m_decodeResult = new QLabel(m_decodeBox);
    m_decodeResult->setObjectName(u"decodeResult"_s);
    m_decodeResult->setWordWrap(true);
    m_decodeResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    decodeLayout->addWidget(m_decodeResult);
    return m_decodeBox;
}

void ErrorCodesPage::refreshCount()
{
    m_count->setText(tr("%n of %1 codes", nullptr, m_filter->rowCount()).arg(m_model->rowCount()));
}

void ErrorCodesPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ErrorCodesPage::decode()
{
    m_decoded = std::pair(m_decodeInput->toPlainText(), m_decodeHttp->value());
    showDecoded(true);
}

void ErrorCodesPage::showDecoded(bool selectRow)
{
    if (!m_decoded)
        return;
    const ErrorLookup::Match result = ErrorLookup::find(m_decoded->first, m_decoded->second);
    if (!result.entry) {
        QString text = tr("Not in the catalog of the vendor's 63 status codes.");
        if (!result.message.isEmpty())
            text += u'\n' + tr("Message: %1").arg(result.message.left(500));
        m_decodeResult->setText(text);
        StatusColors::setTextTone(m_decodeResult, StatusColors::Tone::Warning);
        return;
    }
    const ErrorEntry &entry = *result.entry;
    m_decodeResult->setText(tr("%1 — status %2, HTTP %3\n%4\nWhat to do: %5")
                                .arg(entry.displayName())
                                .arg(entry.statusCode)
                                .arg(entry.httpStatus)
                                .arg(entry.description(), entry.hint()));
    StatusColors::setTextTone(m_decodeResult, std::nullopt);
    if (!selectRow)
        return;
    // Show the row in the table too.
    m_search->clear();
    m_httpClass->setCurrentIndex(0);
    const QModelIndex source = m_model->index(m_model->rowOf(entry.row), 0);
    const QModelIndex row = m_filter->mapFromSource(source);
    m_table->selectRow(row.row());
    m_table->scrollTo(row);
}

// As wide as its longest text in the current language, measured by advance: QComboBox sizes
// itself by the texts' bounding boxes, a few pixels short of Thai text ("…ทั้งหม").
void ErrorCodesPage::fitHttpFilter()
{
    int text = 0;
    for (int i = 0; i < m_httpClass->count(); ++i)
        text = qMax(text, m_httpClass->fontMetrics().horizontalAdvance(m_httpClass->itemText(i)));
    QStyleOptionComboBox option;
    option.initFrom(m_httpClass);
    const QSize size = m_httpClass->style()->sizeFromContents(
        QStyle::CT_ComboBox, &option, QSize(text, m_httpClass->fontMetrics().height()),
        m_httpClass);
    m_httpClass->setMinimumWidth(size.width());
}

void ErrorCodesPage::retranslateUi()
{
    m_title->setText(tr("Status and error codes"));
    m_search->setPlaceholderText(tr("Search by code, name or text (e.g. 104 or IP)"));
    m_search->setAccessibleName(tr("Search error codes"));
    m_httpClass->setItemText(0, tr("All HTTP statuses"));
    m_httpClass->setItemText(1, tr("2xx success"));
    m_httpClass->setItemText(2, tr("4xx client errors"));
    m_httpClass->setItemText(3, tr("5xx server errors"));
    m_httpClass->setAccessibleName(tr("HTTP status class"));
    fitHttpFilter();
    m_table->setAccessibleName(tr("Error codes"));
    m_decodeBox->setTitle(tr("Decode an answer"));
    m_decodeInput->setPlaceholderText(
        tr("Paste a response body, a status code (116) or an error name (ERROR_TTL)"));
    m_decodeInput->setAccessibleName(tr("Answer to decode"));
    m_httpLabel->setText(tr("HTTP s&tatus:"));
    m_decodeHttp->setSpecialValueText(tr("unknown"));
    m_decodeHttp->setAccessibleName(tr("HTTP status of the answer"));
    m_decodeButton->setText(tr("&Decode"));
    m_model->retranslate();
    refreshCount();
    showDecoded(false);
}

void ErrorCodesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
