#include "AppsPage.h"

#include "dialogs/AppEditorDialog.h"
#include "dialogs/Confirmation.h"
#include "dialogs/CredentialsDialog.h"
#include "domain/OtpAppValidator.h"
#include "models/AppTableModel.h"
#include "services/FutureCallback.h"
#include "services/OtpAppService.h"
#include "services/Workspace.h"
#include "storage/AppImporter.h"
#include "storage/ExchangeRepository.h"
#include "widgets/AppDetailsPane.h"
#include "widgets/PageTitle.h"
#include "widgets/SearchField.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
    auto *header = new QHBoxLayout;
    m_title = new PageTitle(this);
    header->addWidget(m_title);
    header->addStretch();
    m_filter = new SearchField(this);
    m_filter->setObjectName(u"appFilter"_s);
    m_filter->setMinimumWidth(220);
    header->addWidget(m_filter);
    layout->addLayout(header);

    auto *toolbar = new QHBoxLayout;
    const auto makeButton = [this, toolbar](const QString &name, const QString &icon) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setIcon(ThemedIcon::icon(icon, palette()));
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
    layout->addLayout(toolbar);

    // The empty state or the table, one of them hidden. Not a QStackedWidget: its layout
    // measures hidden pages too, and the word-wrapped labels of the details pane made that
    // cost a tenth of start-up; a box layout skips hidden widgets.
    auto *states = new QVBoxLayout;
    states->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(states, 1);

    // Empty state: what a first run shows.
    m_emptyState = new QWidget(this);
    m_emptyState->setObjectName(u"appsEmptyState"_s);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch();
    auto *icon = new QLabel(m_emptyState);
    icon->setPixmap(ThemedIcon::appIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(icon);
    m_emptyTitle = new QLabel(m_emptyState);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont emptyFont = m_emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    emptyFont.setBold(true);
    m_emptyTitle->setFont(emptyFont);
    emptyLayout->addWidget(m_emptyTitle);
    m_emptyText = new QLabel(m_emptyState);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    emptyLayout->addWidget(m_emptyText);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    m_emptyNew = new QPushButton(m_emptyState);
    m_emptyNew->setObjectName(u"emptyNewAppButton"_s);
    m_emptyNew->setIcon(ThemedIcon::icon(u"add"_s, palette()));
    m_emptyDemo = new QPushButton(m_emptyState);
    m_emptyDemo->setObjectName(u"demoAppButton"_s);
    emptyButtons->addWidget(m_emptyNew);
    emptyButtons->addWidget(m_emptyDemo);
    emptyButtons->addStretch();
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch();
    states->addWidget(m_emptyState);

    m_appsView = new QSplitter(this);
    auto *splitter = m_appsView;
    splitter->setObjectName(u"appsSplitter"_s);
    m_model = new AppTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AppTableModel::SortRole);
    m_proxy->setFilterRole(AppTableModel::FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(splitter);
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
    m_details = new AppDetailsPane(*m_context.apps, splitter);
    m_details->setObjectName(u"appDetails"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    states->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_table, &QTableView::doubleClicked, this, &AppsPage::editSelected);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_newButton->icon(), m_newButton->text(), this, &AppsPage::newApp);
        if (!selectedAppId().isNull()) {
            menu.addAction(m_editButton->icon(), m_editButton->text(), this,
                           &AppsPage::editSelected);
            menu.addAction(m_duplicateButton->icon(), m_duplicateButton->text(), this,
                           &AppsPage::duplicateSelected);
            menu.addAction(m_copyKeyButton->icon(), m_copyKeyButton->text(), this,
                           &AppsPage::copySelectedKey);
            menu.addAction(m_testButton->icon(), m_testButton->text(), this,
                           &AppsPage::testSelected);
            menu.addSeparator();
            menu.addAction(m_deleteButton->icon(), m_deleteButton->text(), this,
                           &AppsPage::deleteSelected);
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_newButton, &QToolButton::clicked, this, &AppsPage::newApp);
    connect(m_emptyNew, &QPushButton::clicked, this, &AppsPage::newApp);
    connect(m_emptyDemo, &QPushButton::clicked, this, &AppsPage::createDemoApp);
    connect(m_editButton, &QToolButton::clicked, this, &AppsPage::editSelected);
    connect(m_duplicateButton, &QToolButton::clicked, this, &AppsPage::duplicateSelected);
    connect(m_deleteButton, &QToolButton::clicked, this, &AppsPage::deleteSelected);
    connect(m_copyKeyButton, &QToolButton::clicked, this, &AppsPage::copySelectedKey);
    connect(m_testButton, &QToolButton::clicked, this, &AppsPage::testSelected);
    connect(m_context.apps, &OtpAppService::appsChanged, this, &AppsPage::refresh);

    retranslateUi();
    refresh();
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

void AppsPage::refresh()
{
    const QUuid selected = selectedAppId();
    const QList<OtpAppConfig> apps = m_context.apps->apps();
    const QHash<QUuid, QDateTime> lastUsed = m_context.workspace
        ? m_context.workspace->exchanges().lastCallTimes()
        : QHash<QUuid, QDateTime>();
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
    m_details->setApp(hasSelection ? m_context.apps->app(id) : std::nullopt);
}

void AppsPage::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    box.addButton(tr("OK"), QMessageBox::AcceptRole);
    box.exec();
}

void AppsPage::showEditor(AppEditorDialog *dialog, const QUuid &copySecretFrom)
{
    m_editor = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_editor == dialog)
            m_editor = nullptr;
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, copySecretFrom] {
        const OtpAppDraft draft = dialog->draft();
        const QString secret = dialog->secret();
        const bool editing = dialog->mode() == AppEditorDialog::Mode::Edit;
        QFuture<OtpAppService::SaveResult> saving = editing
            ? m_context.apps->update(draft, secret)
            : m_context.apps->create(draft, secret, copySecretFrom);
        whenFinished(this, saving, [this, editing](const OtpAppService::SaveResult &result) {
            if (!result.ok) {
                showError(editing ? tr("The app was not saved") : tr("The app was not created"),
                          result.error);
                return;
            }
            selectApp(result.app.id);
            emit message(editing ? tr("Saved “%1”.").arg(result.app.name)
                                 : tr("Created “%1”.").arg(result.app.name));
            if (!editing)
                emit appCreated(result.app.id);
            if (!result.generatedSecret.isEmpty()) {
                auto *credentials = new CredentialsDialog(result.app.name, result.app.appKey,
                                                          result.generatedSecret, this);
                credentials->setAttribute(Qt::WA_DeleteOnClose);
                credentials->open();
            }
        });
    });
    dialog->open();
}

void AppsPage::newApp()
{
    showEditor(new AppEditorDialog(AppEditorDialog::Mode::Create,
                                   OtpAppDraft::forNewApp(currentLanguage()),
                                   m_context.apps->namesExcept(), false, this),
               {});
}

void AppsPage::createDemoApp()
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(currentLanguage());
    draft.name = AppImporter::uniqueName(tr("Demo Shop"), m_context.apps->namesExcept());
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = tr("QA team");
    draft.environment = Environment::Sandbox;
    whenFinished(
        this, m_context.apps->create(draft, {}), [this](const OtpAppService::SaveResult &result) {
            if (!result.ok) {
                showError(tr("The demo app was not created"), result.error);
                return;
            }
            selectApp(result.app.id);
            emit appCreated(result.app.id);
            emit message(tr("Created the sandbox demo app “%1”. Try it in the Test console.")
                             .arg(result.app.name));
        });
}

void AppsPage::editSelected()
{
    const std::optional<OtpAppConfig> app = m_context.apps->app(selectedAppId());
    if (!app)
        return;
    showEditor(new AppEditorDialog(AppEditorDialog::Mode::Edit, OtpAppDraft::fromConfig(*app),
                                   m_context.apps->namesExcept(app->id),
                                   app->environment != Environment::Sandbox, this),
               {});
}

void AppsPage::duplicateSelected()
{
    const std::optional<OtpAppConfig> app = m_context.apps->app(selectedAppId());
    if (!app)
        return;
    OtpAppDraft draft = OtpAppDraft::fromConfig(*app);
    draft.id = QUuid();
    draft.name = AppImporter::uniqueName(app->name, m_context.apps->namesExcept());
    if (app->environment == Environment::Sandbox)
        draft.appKey.clear(); // a copy gets credentials of its own
    // A Live/Custom copy may keep the original's secret: the secret field may stay empty.
    showEditor(new AppEditorDialog(AppEditorDialog::Mode::Duplicate, draft,
                                   m_context.apps->namesExcept(),
                                   app->environment != Environment::Sandbox, this),
               app->environment != Environment::Sandbox ? app->id : QUuid());
}

void AppsPage::deleteSelected()
{
    const std::optional<OtpAppConfig> app = m_context.apps->app(selectedAppId());
    if (!app)
        return;
    if (!Confirmation::ask(this, tr("Delete app?"),
                           tr("Delete “%1”? Its App Secret is removed from the keychain. The "
                              "history of its calls stays until you clear it.")
                               .arg(app->name),
                           tr("Delete"), Confirmation::Kind::Destructive))
        return;
    whenFinished(this, m_context.apps->remove(app->id),
                 [this](const OtpAppService::SaveResult &result) {
                     if (!result.ok) {
                         showError(tr("The app was not deleted"), result.error);
                         return;
                     }
                     emit message(tr("Deleted “%1”.").arg(result.app.name));
                     if (!result.error.isEmpty())
                         showError(tr("The App Secret could not be removed"), result.error);
                 });
}

void AppsPage::copySelectedKey()
{
    if (const std::optional<OtpAppConfig> app = m_context.apps->app(selectedAppId())) {
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
    m_emptyTitle->setText(tr("No OTP apps yet"));
    m_emptyText->setText(tr("Add the apps you created in the ThaiBulkSMS dashboard, or try a "
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
        m_table->resizeColumnsToContents();
}

void AppsPage::showEvent(QShowEvent *event)
{
    // Back from the Test console: "Last used" follows the calls made there. (The first show
    // has what the constructor just read.)
    if (m_shownBefore && !event->spontaneous() && m_context.workspace) {
        m_model->setLastUsed(m_context.workspace->exchanges().lastCallTimes());
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
