#include "ExchangeViewer.h"

#include "TextFindBar.h"
#include "api/CurlExporter.h"
#include "util/AtomicFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
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

QString indentedJson(const QByteArray &body)
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
    m_pretty = new QCheckBox(m_tabs);
    m_pretty->setObjectName(u"prettyBody"_s);
    m_pretty->setChecked(true);
    m_tabs->setCornerWidget(m_pretty, Qt::TopRightCorner);
    layout->addWidget(m_tabs, 1);
    m_findBar = new TextFindBar(this);
    m_findBar->setObjectName(u"exchangeFindBar"_s);
    m_findBar->setTarget(m_request);
    layout->addWidget(m_findBar);

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

    connect(m_copyCurl, &QPushButton::clicked, this, &ExchangeViewer::copyCurl);
    connect(m_copyCurlSecret, &QPushButton::clicked, this,
            &ExchangeViewer::copyWithSecretRequested);
    connect(m_copyResponse, &QPushButton::clicked, this, [this] {
        if (!m_record)
            return;
        QApplication::clipboard()->setText(responseText());
        emit message(tr("Copied the response."));
    });
    connect(m_pretty, &QCheckBox::toggled, this, &ExchangeViewer::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_findBar->setTarget(qobject_cast<QPlainTextEdit *>(m_tabs->currentWidget()));
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

QString ExchangeViewer::requestText() const
{
    return m_request->toPlainText();
}

void ExchangeViewer::setPretty(bool pretty)
{
    m_pretty->setChecked(pretty);
}

void ExchangeViewer::showFindBar()
{
    m_findBar->open();
}

QString ExchangeViewer::body(const QByteArray &bytes) const
{
    return m_pretty->isChecked() ? indentedJson(bytes) : QString::fromUtf8(bytes);
}

// The secret is the shell's variable in the command: the message says how to set it.
void ExchangeViewer::copyCurl()
{
    if (!m_record)
        return;
    const CurlExporter::Shell shell = CurlExporter::nativeShell();
    QApplication::clipboard()->setText(CurlExporter::toCurl(*m_record, shell));
    emit message(tr("Copied the request as cURL. It reads the App Secret from %1: set it once "
                    "in the shell (%2) before running it.")
                     .arg(CurlExporter::secretVariable(shell),
                          shell == CurlExporter::Shell::Posix ? u"export OTP_SECRET=…"_s
                                                              : u"set OTP_SECRET=…"_s));
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
        m_findBar->refresh();
        return;
    }
    const ExchangeRecord &r = *m_record;
    m_request->setPlainText(QString::fromLatin1(r.method) + u' ' + r.url.toString() + u'\n'
                            + headers(r.requestHeaders) + u"\n\n"_s + body(r.requestBody));
    QString response;
    if (r.hasResponse) {
        response = r.httpVersion + u' ' + QString::number(r.status) + u' '
            + QString::fromLatin1(r.reasonPhrase) + u'\n' + headers(r.responseHeaders) + u"\n\n"_s
            + body(r.responseBody);
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
    m_findBar->refresh();
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
    if (!written) {
        QMessageBox::warning(this, tr("Not saved"), written.error);
        return;
    }
    emit message(tr("Saved the response body to %1.").arg(QDir::toNativeSeparators(path)));
}

void ExchangeViewer::retranslateUi()
{
    m_tabs->setTabText(0, tr("Request"));
    m_tabs->setTabText(1, tr("Response"));
    m_tabs->setTabText(2, tr("Timings"));
    m_copyCurl->setText(tr("Copy as cURL"));
    m_copyCurl->setToolTip(tr("The App Secret is not copied: the command reads it from the "
                              "shell's variable %1")
                               .arg(CurlExporter::secretVariable(CurlExporter::nativeShell())));
    m_copyCurlSecret->setText(tr("Copy as cURL with secret"));
    m_copyCurlSecret->setToolTip(
        tr("Reads the App Secret from the keychain and puts it in the command"));
    m_copyResponse->setText(tr("Copy response"));
    m_saveBody->setText(tr("Save body…"));
    m_pretty->setText(tr("Pretty", "show JSON bodies indented"));
    m_pretty->setToolTip(tr("Indents JSON bodies; clear it to see them byte for byte as sent"));
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
