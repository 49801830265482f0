#include "HistoryPanel.h"

#include "SearchField.h"
#include "TableColumns.h"
#include "api/HarExporter.h"
#include "dialogs/Confirmation.h"
#include "models/HistoryModel.h"
#include "services/ExchangeHistory.h"
#include "storage/ExchangeRepository.h"
#include "util/AtomicFile.h"
#include "widgets/ScrollAnchor.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// Calls every chunk of the rows a filter selects, newest first, ExportChunk rows at a time.
template<typename Row, typename Read, typename Use>
void forEachChunk(ExchangeFilter filter, Read read, Use use)
{
    filter.limit = HistoryPanel::ExportChunk;
    for (;;) {
        const QList<Row> rows = read(filter);
        use(rows);
        if (rows.size() < HistoryPanel::ExportChunk)
            return;
        filter.after = ExchangeFilter::Position{rows.last().startedAt, rows.last().id};
    }
}
} // namespace

HistoryPanel::HistoryPanel(ExchangeRepository &repository, QWidget *parent)
    : QGroupBox(parent), m_repository(repository)
{
    m_filter = new SearchField(this);
    m_filter->setObjectName(u"historyFilter"_s);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    m_model = new HistoryModel(repository, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit their contents for a new list (first page, search, language) and the user may
    // drag them. Not ResizeToContents: that measures the cells again on every new row.
    new ScrollAnchor(m_table);
    m_rerun = new QPushButton(this);
    m_rerun->setObjectName(u"rerunButton"_s);
    m_exportCsv = new QPushButton(this);
    m_exportCsv->setObjectName(u"exportCsvButton"_s);
    m_exportHar = new QPushButton(this);
    m_exportHar->setObjectName(u"exportHarButton"_s);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(u"clearHistoryButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    for (QPushButton *button : {m_rerun, m_exportCsv, m_exportHar, m_clear})
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);

    connect(m_filter, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, m_searchDelay, [this] {
        m_searchDelay->stop();
        m_model->setQuery(m_filter->text());
    });
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setQuery(m_filter->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                if (first == 0 && m_model->rowCount() == 1)
                    fitColumns(); // the first call of an empty history
                updateButtons();
            });
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        if (const std::optional<StoredExchange> exchange = selectedExchange())
            emit rerunRequested(*exchange);
    });
    connect(m_exportCsv, &QPushButton::clicked, this, &HistoryPanel::chooseCsvFile);
    connect(m_exportHar, &QPushButton::clicked, this, &HistoryPanel::chooseHarFile);
    connect(m_clear, &QPushButton::clicked, this, &HistoryPanel::clearHistory);
    retranslateUi();
}

void HistoryPanel::addCall(const StoredExchange &exchange)
{
    m_model->addCall(exchange);
}

void HistoryPanel::searchNow()
{
    m_searchDelay->stop();
    m_model->setQuery(m_filter->text());
}

void HistoryPanel::fitColumns()
{
    TableColumns::fitToContents(m_table);
}

void HistoryPanel::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_exportCsv->setEnabled(any);
    m_exportHar->setEnabled(any);
    // A search that finds nothing still leaves a history to clear.
    m_clear->setEnabled(any || !m_model->query().isEmpty());
    m_rerun->setEnabled(m_table->selectionModel()->hasSelection());
}

std::optional<StoredExchange> HistoryPanel::selectedExchange() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_repository.find(rows.first().data(HistoryModel::ExchangeIdRole).toLongLong());
}

void HistoryPanel::onSelectionChanged()
{
    updateButtons();
    if (const std::optional<StoredExchange> exchange = selectedExchange())
        emit exchangeSelected(*exchange);
}

void HistoryPanel::clearHistory()
{
    const qint64 stored = m_repository.count();
    if (!Confirmation::ask(this, tr("Clear the history?"),
                           tr("Remove all %n call(s) from the history? This cannot be undone.",
                              nullptr, int(qMin<qint64>(stored, INT_MAX))),
                           tr("Clear"), Confirmation::Kind::Destructive))
        return;
    const Result<int> removed = m_repository.clear();
    if (!removed)
        QMessageBox::warning(this, tr("History not cleared"), removed.error);
    m_model->reload();
    emit cleared();
}

Result<int> HistoryPanel::exportCsv(const QString &path)
{
    searchNow(); // what the field says, even within the typing pause
    QByteArray bytes = HistoryModel::csvHeader();
    int count = 0;
    forEachChunk<ExchangeRow>(
        m_model->filter(), [this](const ExchangeFilter &f) { return m_repository.rows(f); },
        [&bytes, &count](const QList<ExchangeRow> &rows) {
            bytes += HistoryModel::csvLines(rows);
            count += int(rows.size());
        });
    if (const Result<void> written = AtomicFile::write(path, bytes); !written)
        return Result<int>::failure(written.error);
    return Result<int>::success(count);
}

Result<int> HistoryPanel::exportHar(const QString &path)
{
    searchNow();
    QList<ExchangeRecord> records;
    forEachChunk<StoredExchange>(
        m_model->filter(), [this](const ExchangeFilter &f) { return m_repository.list(f); },
        [&records](const QList<StoredExchange> &rows) {
            for (const StoredExchange &exchange : rows) {
                if (const std::optional<OtpResult> result = ExchangeHistory::resultOf(exchange))
                    records << result->record;
            }
        });
    if (const Result<void> written = AtomicFile::write(path, HarExporter::toDocument(records));
        !written)
        return Result<int>::failure(written.error);
    return Result<int>::success(int(records.size()));
}

void HistoryPanel::reportExport(const Result<int> &written, const QString &path)
{
    if (!written) {
        QMessageBox::warning(this, tr("Not saved"), written.error);
        return;
    }
    emit message(tr("Exported %n call(s) to %1.", nullptr, written.value)
                     .arg(QDir::toNativeSeparators(path)));
}

void HistoryPanel::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history as CSV"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/otp-history.csv"_s,
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    reportExport(exportCsv(path), path);
}

void HistoryPanel::chooseHarFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history as HAR"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/otp-history.har"_s,
        tr("HTTP Archive (*.har)"));
    if (path.isEmpty())
        return;
    reportExport(exportHar(path), path);
}

void HistoryPanel::retranslateUi()
{
    setTitle(tr("History"));
    m_filter->setPlaceholderText(tr("Search the history"));
    m_filter->setAccessibleName(tr("Search the history"));
    m_table->setAccessibleName(tr("Call history"));
    m_rerun->setText(tr("Re-run"));
    m_clear->setText(tr("Clear history…"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportHar->setText(tr("Export HAR…"));
    m_model->retranslate();
    fitColumns();
    updateButtons();
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}
