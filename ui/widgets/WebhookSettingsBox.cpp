#include "WebhookSettingsBox.h"

#include "StatusColors.h"
#include "services/AppSettings.h"
#include "services/WebhookNotifier.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

WebhookSettingsBox::WebhookSettingsBox(AppSettings &settings, QWidget *parent)
    : QGroupBox(parent), m_settings(settings)
{
    setObjectName(u"webhookSettings"_s);
    auto *layout = new QVBoxLayout(this);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"webhookList"_s);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_list->addItems(m_settings.sandboxWebhooks());
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"webhookUrlEdit"_s);
    m_url->setPlaceholderText(u"http://127.0.0.1:9000/otp"_s);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"webhookAddButton"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"webhookRemoveButton"_s);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"webhookProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_url, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addWidget(m_explanation);
    layout->addWidget(m_list);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, &WebhookSettingsBox::addUrl);
    connect(m_url, &QLineEdit::returnPressed, this, &WebhookSettingsBox::addUrl);
    connect(m_url, &QLineEdit::textChanged, m_problem, &QLabel::hide);
    connect(m_remove, &QPushButton::clicked, this, &WebhookSettingsBox::removeSelected);
    retranslateUi();
}

void WebhookSettingsBox::addUrl()
{
    const Result<QUrl> url = WebhookNotifier::checkUrl(m_url->text());
    if (!url) {
        showProblem(url.error);
        return;
    }
    const QString text = url.value.toString();
    if (!m_list->findItems(text, Qt::MatchExactly).isEmpty()) {
        showProblem(tr("This URL is in the list already."));
        return;
    }
    m_list->addItem(text);
    m_url->clear();
    save();
}

void WebhookSettingsBox::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    save();
}

void WebhookSettingsBox::showProblem(const QString &text)
{
    StatusColors::setTextTone(m_problem, StatusColors::Tone::Error);
    m_problem->setText(text);
    m_problem->show();
}

void WebhookSettingsBox::save()
{
    QStringList urls;
    for (int row = 0; row < m_list->count(); ++row)
        urls << m_list->item(row)->text();
    m_settings.setSandboxWebhooks(urls);
}

void WebhookSettingsBox::retranslateUi()
{
    setTitle(tr("Sandbox webhooks"));
    m_explanation->setText(tr("The sandbox also POSTs each SMS it delivers, as the control "
                              "API's message JSON, to these URLs (header X-Otp-Sandbox-Event: "
                              "sms). A delivery given up, after up to three attempts, is "
                              "noted in the status bar."));
    m_list->setAccessibleName(tr("Webhook URLs"));
    m_url->setAccessibleName(tr("New webhook URL"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("Re&move"));
    m_remove->setAccessibleName(tr("Remove the selected webhook URL"));
}

void WebhookSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_problem->hide(); // its text was in the other language
    }
    QGroupBox::changeEvent(event);
}
