#pragma once

#include "storage/StoredExchange.h"
#include "util/Result.h"

#include <QGroupBox>

class ExchangeRepository;
class HistoryModel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// The test console's "History": a search field, the stored calls newest first (paged from the
// history table, HistoryModel), Re-run, Export CSV…, Export HAR… and Clear history…. The page
// hands it each call it stores (addCall: one row inserted, selection and scroll kept) and
// opens or re-runs what the user picks here (exchangeSelected, rerunRequested).
class HistoryPanel : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int ExportChunk = 500; // rows read from SQL at a time for an export
    static constexpr int SearchDelayMs = 200; // typing pauses this long before a search runs

    explicit HistoryPanel(ExchangeRepository &repository, QWidget *parent = nullptr);

    // A call as ExchangeHistory stored it (id set): one insert at the top of the list.
    void addCall(const StoredExchange &exchange);
    HistoryModel *model() const { return m_model; }
    // Every call matching the current search (not only the rows loaded), written atomically;
    // how many calls were written.
    Result<int> exportCsv(const QString &path);
    Result<int> exportHar(const QString &path);
    // What an export did: how many calls went where (message()), or a box with the error.
    void reportExport(const Result<int> &written, const QString &path);

signals:
    void exchangeSelected(const StoredExchange &exchange); // with its record, read by id
    void rerunRequested(const StoredExchange &exchange);
    void cleared(); // the whole history was removed
    void message(const QString &text); // what an export did, for the status bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void searchNow(); // the field's text, without waiting for the typing pause
    void fitColumns();
    void updateButtons();
    std::optional<StoredExchange> selectedExchange() const;
    void onSelectionChanged();
    void clearHistory();
    void chooseCsvFile();
    void chooseHarFile();

    ExchangeRepository &m_repository;
    HistoryModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportHar = nullptr;
    QPushButton *m_clear = nullptr;
};
