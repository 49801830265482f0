#include "ReportFiguresPanel.h"

#include "models/ReportTexts.h"
#include "reports/ReportFigures.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int FiguresPerRow = 6;
using F = ReportFigures;
} // namespace

// The figures in reading order; the words of each tooltip are docs/reports.md's definitions.
QList<ReportFiguresPanel::Figure> ReportFiguresPanel::table()
{
    return {
        {"requested", [] { return tr("Requested"); },
         [] { return tr("Request calls in the period, one per OTP, refused ones included."); },
         [](const F &f) { return ReportTexts::count(f.requested()); }},
        {"delivered", [] { return tr("Delivered"); },
         [] { return tr("Requests answered with success and a token: the SMS was sent."); },
         [](const F &f) { return ReportTexts::count(f.delivered()); }},
        {"verified", [] { return tr("Verified"); },
         [] { return tr("OTPs with a verify answered with success (a correct PIN)."); },
         [](const F &f) { return ReportTexts::count(f.fate(OtpFate::Verified)); }},
        {"firstTryRate", [] { return tr("First-try success"); },
         [] {
             return tr("OTPs whose first verify was the correct PIN, divided by the OTPs with at "
                       "least one verify.");
         },
         [](const F &f) { return ReportTexts::rate(f.firstTryRate()); }},
        {"overallRate", [] { return tr("Verify success"); },
         [] { return tr("Verified OTPs divided by the OTPs with at least one verify."); },
         [](const F &f) { return ReportTexts::rate(f.overallRate()); }},
        {"expired", [] { return tr("Expired unused"); },
         [] {
             return tr("OTPs neither verified nor burned whose token expired, or whose verify "
                       "was answered \"Token is expire.\".");
         },
         [](const F &f) { return ReportTexts::count(f.fate(OtpFate::Expired)); }},
        {"burned", [] { return tr("Burned"); },
         [] { return tr("OTPs with five or more wrong PINs and no correct one."); },
         [](const F &f) { return ReportTexts::count(f.fate(OtpFate::Burned)); }},
        {"failedRequests", [] { return tr("Failed requests"); },
         [] { return tr("Requests not answered with success and a token: no SMS was sent."); },
         [](const F &f) { return ReportTexts::count(f.fate(OtpFate::Failed)); }},
        {"latencyMedianMs", [] { return tr("Median latency"); },
         [] {
             return tr("The middle value of the latency of every call of the period, requests "
                       "and verifies (nearest rank, in steps of 0.1 ms).");
         },
         [](const F &f) { return ReportTexts::milliseconds(f.latencyPercentileMs(0.5)); }},
        {"latencyP95Ms", [] { return tr("p95 latency"); },
         [] {
             return tr("95% of the calls of the period were answered within this time (nearest "
                       "rank, in steps of 0.1 ms).");
         },
         [](const F &f) { return ReportTexts::milliseconds(f.latencyPercentileMs(0.95)); }},
        {"timeToVerifyMedianMs", [] { return tr("Median SMS to PIN"); },
         [] {
             return tr("The middle value, over verified OTPs, of the time from the request to "
                       "its first correct verify (in steps of 0.1 s).");
         },
         [](const F &f) {
             const std::optional<double> ms = f.timeToVerifyPercentileMs(0.5);
             return ReportTexts::duration(ms ? std::optional<qint64>(qRound64(*ms)) : std::nullopt);
         }},
        {"pending", [] { return tr("Pending"); },
         [] { return tr("Delivered OTPs still valid now and not verified yet."); },
         [](const F &f) { return ReportTexts::count(f.fate(OtpFate::Pending)); }},
    };
}

ReportFiguresPanel::ReportFiguresPanel(QWidget *parent) : QWidget(parent), m_figures(table())
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    for (int i = 0; i < m_figures.size(); ++i) {
        Figure &figure = m_figures[i];
        auto *card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(card);
        figure.valueLabel = new QLabel(ReportTexts::dash(), card);
        figure.valueLabel->setObjectName(u"figure_"_s + QLatin1String(figure.jsonName));
        figure.valueLabel->setFont(big);
        figure.captionLabel = new QLabel(card);
        figure.captionLabel->setWordWrap(true);
        box->addWidget(figure.valueLabel);
        box->addWidget(figure.captionLabel);
        grid->addWidget(card, i / FiguresPerRow, i % FiguresPerRow);
    }
    retranslateUi();
}

void ReportFiguresPanel::setFigures(const ReportFigures &figures)
{
    for (const Figure &figure : std::as_const(m_figures))
        figure.valueLabel->setText(figure.value(figures));
}

QString ReportFiguresPanel::valueText(const QString &jsonName) const
{
    for (const Figure &figure : m_figures) {
        if (QLatin1String(figure.jsonName) == jsonName)
            return figure.valueLabel->text();
    }
    return {};
}

void ReportFiguresPanel::retranslateUi()
{
    for (const Figure &figure : std::as_const(m_figures)) {
        figure.captionLabel->setText(figure.caption());
        // The whole card explains itself: hovering the value or the caption.
        figure.valueLabel->parentWidget()->setToolTip(figure.howComputed());
    }
}

void ReportFiguresPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
