#include "ExchangeViewer.h"

#include "api/CurlExporter.h"
#include "util/AtomicFile.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QString prettyBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

QString headers(const QList<ExchangeRecord::Header> &list)
{
    QStringList lines;
    for (const ExchangeRecord::Header &header : list)
        lines << QString::fromLatin1(header.first) + u": "_s + QString::fromLatin1(header.second);
    return lines.join(u'\n');
}

} // namespace

ExchangeViewer::ExchangeViewer(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit **edit : {&m_request, &m_response, &m_timings}) {
        *edit = new QPlainTextEdit(m_tabs);
        (*edit)->setReadOnly(true);
        (*edit)->setFont(mono);
        (*edit)->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_request->setObjectName(u"exchangeRequest"_s);
    m_response->setObjectName(u"exchangeResponse"_s);
    m_timings->setObjectName(u"exchangeTimings"_s);
    m_tabs->addTab(m_request, QString());
    m_tabs->addTab(m_response, QString());
    m_tabs->addTab(m_timings, QString());
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    m_copyCurl = new QPushButton(this);
    m_copyCurl->setObjectName(u"copyCurlButton"_s);
    m_copyCurlSecret = new QPushButton(this);
    m_copyCurlSecret->setObjectName(u"copyCurlSecretButton"_s);
    m_copyResponse = new QPushButton(this);
    m_copyResponse->setObjectName(u"copyResponseButton"_s);
    m_saveBody = new QPushButton(this);
    m_saveBody->setObjectName(u"saveBodyButton"_s);
    for (QPushButton *button : {m_copyCurl, m_copyCurlSecret, m_copyResponse, m_saveBody})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        if (m_record)
            QApplication::clipboard()->setText(CurlExporter::toCurl(*m_record));
    });
    connect(m_copyCurlSecret, &QPushButton::clicked, this,
            &ExchangeViewer::copyWithSecretRequested);
    connect(m_copyResponse, &QPushButton::clicked, this, [this] {
        if (m_record)
            QApplication::clipboard()->setText(responseText());
    });
    connect(m_saveBody, &QPushButton::clicked, this, &ExchangeViewer::saveBody);
    retranslateUi();
    refresh();
}

void ExchangeViewer::setRecord(const std::optional<ExchangeRecord> &record)
{
    m_record = record;
    refresh();
}

QString ExchangeViewer::responseText() const
{
    return m_response->toPlainText();
}

void ExchangeViewer::refresh()
{
    const bool has = m_record.has_value();
    for (QPushButton *button : {m_copyCurl, m_copyCurlSecret, m_copyResponse})
        button->setEnabled(has);
    m_saveBody->setEnabled(has && !m_record->responseBody.isEmpty());
    if (!has) {
        m_request->clear();
        m_response->clear();
        m_timings->clear();
        return;
    }
    const ExchangeRecord &r = *m_record;
    m_request->setPlainText(QString::fromLatin1(r.method) + u' ' + r.url.toString() + u'\n'
                            + headers(r.requestHeaders) + u"\n\n"_s + prettyBody(r.requestBody));
    QString response;
    if (r.hasResponse) {
        response = r.httpVersion + u' ' + QString::number(r.status) + u' '
            + QString::fromLatin1(r.reasonPhrase) + u'\n' + headers(r.responseHeaders) + u"\n\n"_s
            + prettyBody(r.responseBody);
        if (r.responseTruncated)
            response += u"\n\n"_s
                + tr("[The body was cut at %1 bytes of %2 received.]")
                      .arg(r.responseBody.size())
                      .arg(r.responseBodySize);
    } else {
        response = tr("No response.");
    }
    if (!r.error.isEmpty())
        response += u"\n\n"_s + tr("Error: %1").arg(r.error);
    for (const QString &tls : r.tlsErrors)
        response += u'\n' + tls;
    m_response->setPlainText(response);

    const QLocale locale;
    const auto phase = [&locale](const QString &name, const std::optional<double> &ms) -> QString {
        return name + u": "_s
            + (ms ? tr("%1 ms").arg(locale.toString(*ms, 'f', 1)) : tr("not reported"));
    };
    m_timings->setPlainText(QStringList{
        tr("Started: %1").arg(locale.toString(r.startedAt.toLocalTime(), QLocale::LongFormat)),
        phase(tr("Connecting"), r.connectingMs), phase(tr("Encrypted"), r.encryptedMs),
        phase(tr("Request sent", "timing phase: the request was written out"), r.requestSentMs),
        phase(tr("Headers received"), r.headersReceivedMs), phase(tr("Finished"), r.finishedMs),
        tr("Request body: %n byte(s)", nullptr, int(r.requestBodySize)),
        tr("Response body: %n byte(s)", nullptr, int(r.responseBodySize))}
                                .join(u'\n'));
}

void ExchangeViewer::saveBody()
{
    if (!m_record)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save response body"), u"response.json"_s, tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<void> written = AtomicFile::write(path, m_record->responseBody);
    if (!written)
        QMessageBox::warning(this, tr("Not saved"), written.error);
}

void ExchangeViewer::retranslateUi()
{
    m_tabs->setTabText(0, tr("Request"));
    m_tabs->setTabText(1, tr("Response"));
    m_tabs->setTabText(2, tr("Timings"));
    m_copyCurl->setText(tr("Copy as cURL"));
    m_copyCurl->setToolTip(tr("The App Secret stays masked"));
    m_copyCurlSecret->setText(tr("Copy as cURL with secret"));
    m_copyCurlSecret->setToolTip(
        tr("Reads the App Secret from the keychain and puts it in the command"));
    m_copyResponse->setText(tr("Copy response"));
    m_saveBody->setText(tr("Save body…"));
    m_request->setAccessibleName(tr("Request as sent", "the pane showing the raw request"));
    m_response->setAccessibleName(tr("Response received"));
    m_timings->setAccessibleName(tr("Timings"));
    refresh();
}

void ExchangeViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
