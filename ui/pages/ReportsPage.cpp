#include "ReportsPage.h"

#include "models/ReportTexts.h"
#include "models/ReportWorker.h"
#include "models/TransactionModel.h"
#include "reports/ReportJson.h"
#include "services/OtpAppService.h"
#include "services/SandboxTrafficRecorder.h"
#include "services/Workspace.h"
#include "util/AtomicFile.h"
#include "widgets/MessageBanner.h"
#include "widgets/PageTitle.h"
#include "widgets/ReportCharts.h"
#include "widgets/ReportControls.h"
#include "widgets/ReportFiguresPanel.h"
#include "widgets/ScrollAnchor.h"
#include "widgets/SearchField.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MessageTimeoutMs = 8000;
constexpr int SearchPauseMs = 200;

QString documentsPath(const QString &file)
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + file;
}
} // namespace

ReportsPage::ReportsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_worker = new ReportWorker(m_context.workspace.dataDir(), this);
    auto *layout = new QVBoxLayout(this);
    m_title = new PageTitle(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectNames(u"reportBanner"_s, u"reportBannerText"_s, u"reportBannerAction"_s);
    m_figuresPanel = new ReportFiguresPanel(this);
    m_charts = new ReportCharts(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_charts);
    splitter->addWidget(buildTableBox());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(m_title);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_banner);
    layout->addWidget(m_figuresPanel);
    layout->addWidget(splitter, 1);
    m_banner->hide();

    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(LiveDelayMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &ReportsPage::applyNewCalls);
    connect(&m_context.trafficRecorder, &SandboxTrafficRecorder::batchWritten, this, [this] {
        if (isVisible() && periodIncludesNow())
            m_liveTimer.start(); // hidden: the next show catches up
    });
    connect(m_controls, &ReportControls::changed, this, &ReportsPage::refresh);
    connect(&m_context.apps, &OtpAppService::appsChanged, m_controls, &ReportControls::reloadApps);
    connectWorker();
    retranslateUi();
    refresh();
}

ReportsPage::~ReportsPage() = default;

QWidget *ReportsPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_controls = new ReportControls(m_context.workspace.apps(), bar);
    m_busy = new QProgressBar(bar);
    m_busy->setObjectName(u"reportBusy"_s);
    m_busy->setRange(0, 0); // busy, without a known end
    m_busy->setMaximumWidth(90);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_updated = new QLabel(bar);
    m_updated->setObjectName(u"reportUpdated"_s);
    m_refresh = new QPushButton(bar);
    m_refresh->setObjectName(u"reportRefresh"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ReportsPage::refresh);
    m_export = new QPushButton(bar);
    m_export->setObjectName(u"reportExport"_s);
    auto *menu = new QMenu(m_export);
    menu->addAction(QString(), this, &ReportsPage::chooseCsvFile)->setObjectName(u"exportCsv"_s);
    menu->addAction(QString(), this, &ReportsPage::chooseJsonFile)->setObjectName(u"exportJson"_s);
    menu->addAction(QString(), this, &ReportsPage::chooseChartsFolder)
        ->setObjectName(u"exportCharts"_s);
    m_export->setMenu(menu);
    row->addWidget(m_controls, 1);
    row->addWidget(m_busy);
    row->addWidget(m_updated);
    row->addWidget(m_refresh);
    row->addWidget(m_export);
    return bar;
}

QWidget *ReportsPage::buildTableBox()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_tableTitle = new QLabel(box);
    m_search = new SearchField(box);
    m_search->setObjectName(u"transactionSearch"_s);
    m_stateFilter = new QComboBox(box);
    m_stateFilter->setObjectName(u"transactionState"_s);
    m_stateFilter->addItem(QString(), QString());
    for (const OtpFate fate :
         {OtpFate::Verified, OtpFate::Pending, OtpFate::Expired, OtpFate::Burned, OtpFate::Failed})
        m_stateFilter->addItem(QString(), enumId(fate));
    m_count = new QLabel(box);
    m_count->setObjectName(u"transactionCount"_s);
    filters->addWidget(m_tableTitle);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_count);
    m_model = new TransactionModel(*m_worker, this);
    m_table = new QTableView(box);
    m_table->setObjectName(u"transactionTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TransactionModel::TimeColumn, Qt::DescendingOrder);
    new ScrollAnchor(m_table); // new OTPs at the top leave the rows in view where they are
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    auto *searchPause = new QTimer(this);
    searchPause->setSingleShot(true);
    searchPause->setInterval(SearchPauseMs);
    const auto filter = [this] {
        const std::optional<OtpFate> fate
            = enumFromId<OtpFate>(m_stateFilter->currentData().toString());
        m_model->setFilter(m_search->text().trimmed(), fate);
    };
    connect(m_search, &QLineEdit::textChanged, searchPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, filter);
    connect(searchPause, &QTimer::timeout, this, filter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, filter);
    connect(m_table, &QTableView::doubleClicked, this, &ReportsPage::openRow);
    connect(m_model, &TransactionModel::loaded, this, [this] {
        updateCount();
        if (m_model->rowCount() <= TransactionModel::PageRows)
            m_table->resizeColumnsToContents(); // a new list, not a page added below
    });
    return box;
}

void ReportsPage::connectWorker()
{
    connect(m_worker, &ReportWorker::busyChanged, m_busy, &QWidget::setVisible);
    connect(m_worker, &ReportWorker::figuresReady, this, &ReportsPage::showFigures);
    connect(m_worker, &ReportWorker::failed, this, [this](const QString &error) {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
    });
    connect(m_worker, &ReportWorker::csvExported, this,
            [this](const QString &path, qint64 rows, const QString &error) {
                if (error.isEmpty())
                    emit message(tr("Wrote %n transaction(s) to %1", nullptr, int(rows))
                                     .arg(QDir::toNativeSeparators(path)),
                                 MessageTimeoutMs);
                else
                    m_banner->showMessage(MessageBanner::Kind::Error, error);
                emit csvExported(path, error);
            });
    connect(m_worker, &ReportWorker::exchangeFound, this, [this](std::optional<qint64> id) {
        if (id)
            emit exchangeRequested(*id);
        else
            emit message(tr("No raw exchange for this OTP: another client called the sandbox, "
                            "and the sandbox keeps no bodies."),
                         MessageTimeoutMs);
    });
}

bool ReportsPage::isBusy() const
{
    return m_worker->isBusy();
}

void ReportsPage::refresh()
{
    m_liveTimer.stop();
    const ReportQuery query = m_controls->query();
    m_worker->run(query);
    m_model->setReport(query);
}

bool ReportsPage::periodIncludesNow() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_hasFigures && m_figures.query.from <= now && now < m_figures.query.to;
}

void ReportsPage::applyNewCalls()
{
    if (periodIncludesNow())
        m_worker->catchUp();
}

void ReportsPage::showFigures(const ReportFigures &figures, bool live)
{
    const bool changed = !m_hasFigures || !(figures == m_figures);
    m_figures = figures;
    m_hasFigures = true;
    m_banner->hide();
    m_figuresPanel->setFigures(figures);
    if (changed)
        m_charts->setFigures(figures);
    m_updatedAt = QTime::currentTime();
    updateTimestamp();
    if (live && changed)
        m_model->refresh(); // the new calls' OTPs in the table too
    emit figuresShown(live);
}

void ReportsPage::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const TransactionRow &row = m_model->rowAt(index.row());
    m_worker->findExchange(row.source, row.requestId, row.token);
}

void ReportsPage::updateTimestamp()
{
    if (m_updatedAt.isValid())
        //: When the report's figures were last computed or moved by a new call
        m_updated->setText(
            tr("Updated %1").arg(QLocale().toString(m_updatedAt, QLocale::ShortFormat)));
}

void ReportsPage::updateCount()
{
    m_count->setText(tr("%n OTP(s)", nullptr, int(qMin<qint64>(m_model->total(), INT_MAX))));
}

void ReportsPage::exportCsv(const QString &path)
{
    m_worker->exportCsv(m_model->report(), m_model->filter(), path);
}

Result<void> ReportsPage::exportJson(const QString &path)
{
    const QByteArray json = QJsonDocument(ReportJson::figures(m_figures)).toJson();
    const Result<void> written = AtomicFile::write(path, json);
    if (written)
        emit message(tr("Wrote the figures to %1").arg(QDir::toNativeSeparators(path)),
                     MessageTimeoutMs);
    return written;
}

Result<QStringList> ReportsPage::exportCharts(const QString &folder)
{
    QStringList written;
    for (const ReportCharts::Chart chart : ReportCharts::all()) {
        const QString path = QDir(folder).filePath(ReportCharts::fileStem(chart) + u".png"_s);
        if (const Result<void> saved = AtomicFile::write(path, m_charts->png(chart)); !saved)
            return Result<QStringList>::failure(saved.error);
        written << path;
    }
    emit message(tr("Wrote %n chart(s) to %1", nullptr, int(written.size()))
                     .arg(QDir::toNativeSeparators(folder)),
                 MessageTimeoutMs);
    return Result<QStringList>::success(written);
}

void ReportsPage::chooseCsvFile()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export transactions as CSV"),
                                       documentsPath(u"otp-report.csv"_s), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReportsPage::chooseJsonFile()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export figures as JSON"),
                                       documentsPath(u"otp-report.json"_s), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const Result<void> written = exportJson(path); !written)
        m_banner->showMessage(MessageBanner::Kind::Error, written.error);
}

void ReportsPage::chooseChartsFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export charts as PNG into"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    if (const Result<QStringList> written = exportCharts(folder); !written)
        m_banner->showMessage(MessageBanner::Kind::Error, written.error);
}

void ReportsPage::retranslateUi()
{
    m_title->setText(tr("Reports"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Compute the report again (F5): pending OTPs whose time is up "
                             "become expired"));
    m_export->setText(tr("E&xport"));
    const QList<QAction *> actions = m_export->menu()->actions();
    actions.at(0)->setText(tr("Transactions as CSV…"));
    actions.at(1)->setText(tr("Figures as JSON…"));
    actions.at(2)->setText(tr("Charts as PNG…"));
    m_busy->setToolTip(tr("Computing the report…"));
    m_tableTitle->setText(tr("Transactions"));
    m_search->setPlaceholderText(tr("Search app, number, reference or token"));
    m_stateFilter->setItemText(0, tr("All states"));
    for (int i = 1; i < m_stateFilter->count(); ++i) {
        const std::optional<OtpFate> fate
            = enumFromId<OtpFate>(m_stateFilter->itemData(i).toString());
        m_stateFilter->setItemText(i, ReportTexts::fateName(fate.value_or(OtpFate::Failed)));
    }
    m_table->setToolTip(tr("Double-click a row to open its raw exchange in the Test console"));
    m_model->retranslate();
    m_table->resizeColumnsToContents(); // the headers' new words
    updateTimestamp();
    if (m_hasFigures) {
        m_figuresPanel->setFigures(m_figures);
        m_charts->setFigures(m_figures);
    }
    updateCount();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applyNewCalls(); // calls made while the page was hidden (the console's among them)
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
