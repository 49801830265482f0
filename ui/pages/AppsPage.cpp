#include "AppsPage.h"

#include "AppEditorFlow.h"
#include "dialogs/Confirmation.h"
#include "models/AppTableModel.h"
#include "services/FutureCallback.h"
#include "services/OtpAppService.h"
#include "services/Workspace.h"
#include "storage/AppImporter.h"
#include "storage/ExchangeRepository.h"
#include "widgets/AppDetailsPane.h"
#include "widgets/EmptyState.h"
#include "widgets/PageTitle.h"
#include "widgets/SearchField.h"
#include "widgets/TableColumns.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

AppsPage::AppsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildHeader());
    layout->addLayout(buildToolbar());
    // The empty state or the table, one of them hidden. Not a QStackedWidget: its layout
    // measures hidden pages too, and the word-wrapped labels of the details pane made that
    // cost a tenth of start-up; a box layout skips hidden widgets.
    auto *states = new QVBoxLayout;
    states->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(states, 1);
    states->addWidget(buildEmptyState());
    states->addWidget(buildAppsView());
    m_editorFlow = new AppEditorFlow(m_context.apps, this);
    connectActions();
    retranslateUi();
    refresh();
}

QLayout *AppsPage::buildHeader()
{
    auto *header = new QHBoxLayout;
    m_title = new PageTitle(this);
    header->addWidget(m_title);
    header->addStretch();
    m_filter = new SearchField(this);
    m_filter->setObjectName(u"appFilter"_s);
    m_filter->setMinimumWidth(220);
    header->addWidget(m_filter);
    return header;
}

QLayout *AppsPage::buildToolbar()
{
    auto *toolbar = new QHBoxLayout;
    const auto makeButton = [this, toolbar](const QString &name, const QString &icon) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setIcon(ThemedIcon::icon(icon));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        toolbar->addWidget(button);
        return button;
    };
    m_newButton = makeButton(u"newAppButton"_s, u"add"_s);
    m_editButton = makeButton(u"editAppButton"_s, u"edit"_s);
    m_duplicateButton = makeButton(u"duplicateAppButton"_s, u"duplicate"_s);
    m_deleteButton = makeButton(u"deleteAppButton"_s, u"delete"_s);
    m_copyKeyButton = makeButton(u"copyKeyButton"_s, u"copy"_s);
    m_testButton = makeButton(u"testAppButton"_s, u"test"_s);
    toolbar->addStretch();
    return toolbar;
}

// What a first run shows.
QWidget *AppsPage::buildEmptyState()
{
    m_emptyState = new EmptyState(ThemedIcon::appIcon(), this);
    m_emptyState->setObjectName(u"appsEmptyState"_s);
    m_emptyNew = m_emptyState->addButton(u"emptyNewAppButton"_s, ThemedIcon::icon(u"add"_s));
    m_emptyDemo = m_emptyState->addButton(u"demoAppButton"_s);
    return m_emptyState;
}

// The table of apps beside the selected app's details.
QWidget *AppsPage::buildAppsView()
{
    m_appsView = new QSplitter(this);
    m_appsView->setObjectName(u"appsSplitter"_s);
    m_model = new AppTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AppTableModel::SortRole);
    m_proxy->setFilterRole(AppTableModel::FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(m_appsView);
    m_table->setObjectName(u"appTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AppTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit their contents when the apps or the language change (fitColumns), and the
    // user may drag them. Not ResizeToContents: that measures every cell again on each
    // layout pass, a fifth of start-up with a handful of apps.
    m_details = new AppDetailsPane(m_context.apps, m_appsView);
    m_details->setObjectName(u"appDetails"_s);
    m_appsView->addWidget(m_table);
    m_appsView->addWidget(m_details);
    m_appsView->setStretchFactor(0, 3);
    m_appsView->setStretchFactor(1, 2);
    return m_appsView;
}

void AppsPage::connectActions()
{
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_table, &QTableView::doubleClicked, this, &AppsPage::editSelected);
    connect(m_table, &QTableView::customContextMenuRequested, this, &AppsPage::showContextMenu);
    connect(m_newButton, &QToolButton::clicked, this, &AppsPage::newApp);
    connect(m_emptyNew, &QPushButton::clicked, this, &AppsPage::newApp);
    connect(m_emptyDemo, &QPushButton::clicked, this, &AppsPage::createDemoApp);
    connect(m_editButton, &QToolButton::clicked, this, &AppsPage::editSelected);
    connect(m_duplicateButton, &QToolButton::clicked, this, &AppsPage::duplicateSelected);
    connect(m_deleteButton, &QToolButton::clicked, this, &AppsPage::deleteSelected);
    connect(m_copyKeyButton, &QToolButton::clicked, this, &AppsPage::copySelectedKey);
    connect(m_testButton, &QToolButton::clicked, this, &AppsPage::testSelected);
    connect(&m_context.apps, &OtpAppService::appsChanged, this, &AppsPage::refresh);
    connect(m_editorFlow, &AppEditorFlow::saved, this, [this](const QUuid &id, bool created) {
        selectApp(id);
        if (created)
            emit appCreated(id);
    });
    connect(m_editorFlow, &AppEditorFlow::failed, this, &AppsPage::showError);
    connect(m_editorFlow, &AppEditorFlow::message, this, &AppsPage::message);
    connect(m_details, &AppDetailsPane::message, this, &AppsPage::message);
}

// The toolbar's actions; with no app selected, only New.
void AppsPage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const bool onApp = !selectedAppId().isNull();
    for (QToolButton *button : {m_newButton, m_editButton, m_duplicateButton, m_copyKeyButton,
                                m_testButton, m_deleteButton}) {
        if (button != m_newButton && !onApp)
            continue;
        if (button == m_deleteButton)
            menu.addSeparator();
        menu.addAction(button->icon(), button->text(), button, &QToolButton::click);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QUuid AppsPage::selectedAppId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QUuid() : rows.first().data(AppTableModel::AppIdRole).toUuid();
}

void AppsPage::selectApp(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

AppEditorDialog *AppsPage::openEditor() const
{
    return m_editorFlow->openEditor();
}

void AppsPage::refresh()
{
    const QUuid selected = selectedAppId();
    const QList<OtpAppConfig> apps = m_context.apps.apps();
    const QHash<QUuid, QDateTime> lastUsed = m_context.workspace.exchanges().lastCallTimes();
    m_model->setApps(apps, lastUsed);
    fitColumns();
    m_emptyState->setVisible(apps.isEmpty());
    m_appsView->setVisible(!apps.isEmpty());
    if (!selected.isNull())
        selectApp(selected);
    if (selectedAppId().isNull() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

void AppsPage::updateActions()
{
    const QUuid id = selectedAppId();
    const bool hasSelection = !id.isNull();
    for (QToolButton *button :
         {m_editButton, m_duplicateButton, m_deleteButton, m_copyKeyButton, m_testButton})
        button->setEnabled(hasSelection);
    m_details->setApp(hasSelection ? m_context.apps.app(id) : std::nullopt);
}

void AppsPage::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    box.addButton(tr("OK"), QMessageBox::AcceptRole);
    box.exec();
}

void AppsPage::newApp()
{
    m_editorFlow->createNew();
}

void AppsPage::createDemoApp()
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(currentLanguage());
    draft.name = AppImporter::uniqueName(tr("Demo Shop"), m_context.apps.namesExcept());
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = tr("QA team");
    draft.environment = Environment::Sandbox;
    whenFinished(
        this, m_context.apps.create(draft, {}), [this](const OtpAppService::SaveResult &result) {
            if (!result.ok()) {
                showError(tr("The demo app was not created"), result.error);
                return;
            }
            selectApp(result.value.app.id);
            emit appCreated(result.value.app.id);
            emit message(tr("Created the sandbox demo app “%1”. Try it in the Test console.")
                             .arg(result.value.app.name));
        });
}

void AppsPage::editSelected()
{
    if (const std::optional<OtpAppConfig> app = m_context.apps.app(selectedAppId()))
        m_editorFlow->edit(*app);
}

void AppsPage::duplicateSelected()
{
    if (const std::optional<OtpAppConfig> app = m_context.apps.app(selectedAppId()))
        m_editorFlow->duplicate(*app);
}

void AppsPage::deleteSelected()
{
    const std::optional<OtpAppConfig> app = m_context.apps.app(selectedAppId());
    if (!app)
        return;
    if (!Confirmation::ask(this, tr("Delete app?"),
                           tr("Delete “%1”? Its App Secret is removed from the keychain. The "
                              "history of its calls stays until you clear it.")
                               .arg(app->name),
                           tr("Delete"), Confirmation::Kind::Destructive))
        return;
    whenFinished(this, m_context.apps.remove(app->id),
                 [this](const OtpAppService::SaveResult &result) {
                     if (!result.ok()) {
                         showError(tr("The app was not deleted"), result.error);
                         return;
                     }
                     emit message(tr("Deleted “%1”.").arg(result.value.app.name));
                     if (!result.value.warning.isEmpty())
                         showError(tr("The App Secret could not be removed"), result.value.warning);
                 });
}

void AppsPage::copySelectedKey()
{
    if (const std::optional<OtpAppConfig> app = m_context.apps.app(selectedAppId())) {
        QApplication::clipboard()->setText(app->appKey);
        emit message(tr("Copied the App Key of “%1”.").arg(app->name));
    }
}

void AppsPage::testSelected()
{
    const QUuid id = selectedAppId();
    if (!id.isNull())
        emit testAppRequested(id);
}

void AppsPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void AppsPage::retranslateUi()
{
    m_title->setText(tr("OTP Apps"));
    m_filter->setPlaceholderText(tr("Filter apps"));
    m_filter->setAccessibleName(tr("Filter apps"));
    m_newButton->setText(tr("New"));
    m_newButton->setToolTip(
        tr("Add an OTP app (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_editButton->setText(tr("Edit"));
    m_duplicateButton->setText(tr("Duplicate"));
    m_deleteButton->setText(tr("Delete"));
    m_copyKeyButton->setText(tr("Copy key"));
    m_testButton->setText(tr("Test this app"));
    m_emptyState->setTitle(tr("No OTP apps yet"));
    m_emptyState->setText(tr("Add the apps you created in the ThaiBulkSMS dashboard, or try a "
                             "sandbox app that works offline with no SMS credit."));
    m_emptyNew->setText(tr("Add OTP App"));
    m_emptyDemo->setText(tr("Try a sandbox demo app"));
    m_table->setAccessibleName(tr("OTP apps"));
    m_model->retranslate();
    fitColumns();
}

void AppsPage::fitColumns()
{
    if (m_model->rowCount() > 0)
        TableColumns::fitToContents(m_table);
}

void AppsPage::showEvent(QShowEvent *event)
{
    // Back from the Test console: "Last used" follows the calls made there. (The first show
    // has what the constructor just read.)
    if (m_shownBefore && !event->spontaneous()) {
        m_model->setLastUsed(m_context.workspace.exchanges().lastCallTimes());
        fitColumns();
    }
    m_shownBefore = true;
    QWidget::showEvent(event);
}

void AppsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
