#pragma once

#include "AppContext.h"

#include <QUuid>
#include <QWidget>

class AppDetailsPane;
class AppEditorDialog;
class AppEditorFlow;
class AppTableModel;
class EmptyState;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolButton;

// The dashboard's OTP App list: a sortable, filterable table with the selected app's details,
// and the create / edit / duplicate / delete actions. With no apps it shows an empty state
// offering a new app or a ready-made sandbox demo app.
class AppsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AppsPage(const AppContext &context, QWidget *parent = nullptr);

    QUuid selectedAppId() const;
    void selectApp(const QUuid &id);
    AppEditorDialog *openEditor() const; // the app form being shown, if any

public slots:
    void newApp();
    void createDemoApp();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();
    void copySelectedKey();
    void testSelected();
    void focusFilter();
    void refresh();

signals:
    void testAppRequested(const QUuid &id);
    void appCreated(const QUuid &id);
    void message(const QString &text); // for the status bar

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QLayout *buildHeader();
    QLayout *buildToolbar();
    QWidget *buildEmptyState();
    QWidget *buildAppsView();
    void connectActions();
    void showContextMenu(const QPoint &pos);
    void fitColumns();
    void retranslateUi();
    void updateActions();
    void showError(const QString &title, const QString &text);

    AppContext m_context;
    AppTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_title = nullptr;
    bool m_shownBefore = false;
    QSplitter *m_appsView = nullptr; // table and details, shown when there are apps
    EmptyState *m_emptyState = nullptr;
    QPushButton *m_emptyNew = nullptr;
    QPushButton *m_emptyDemo = nullptr;
    QTableView *m_table = nullptr;
    AppDetailsPane *m_details = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_newButton = nullptr;
    QToolButton *m_editButton = nullptr;
    QToolButton *m_duplicateButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QToolButton *m_copyKeyButton = nullptr;
    QToolButton *m_testButton = nullptr;
    AppEditorFlow *m_editorFlow = nullptr;
};
