#pragma once

#include <QWidget>

#include <optional>

class ErrorCatalogFilter;
class ErrorCatalogModel;
class QComboBox;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

// All 63 status and error codes, searchable and sortable, and a "Decode" box for a pasted
// response body, status code or error name; its result follows a language switch.
class ErrorCodesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorCodesPage(QWidget *parent = nullptr);

    void focusSearch();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLayout *buildFilters();
    QWidget *buildTable();
    QWidget *buildDecodeBox();
    void retranslateUi();
    void decode();
    // The decoded answer in the current language; selectRow: show its row in the table too.
    void showDecoded(bool selectRow);
    void refreshCount();
    void fitHttpFilter();

    ErrorCatalogModel *m_model = nullptr;
    ErrorCatalogFilter *m_filter = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_httpClass = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QGroupBox *m_decodeBox = nullptr;
    QPlainTextEdit *m_decodeInput = nullptr;
    QLabel *m_httpLabel = nullptr;
    QSpinBox *m_decodeHttp = nullptr;
    QPushButton *m_decodeButton = nullptr;
    QLabel *m_decodeResult = nullptr;
    // What was last decoded (the text and HTTP status), shown again on a language switch.
    std::optional<std::pair<QString, int>> m_decoded;
};
