#include "MainWindow.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_summary);
    setCentralWidget(central);
    resize(720, 420);
    retranslateUi();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("OTP Manager"));
    m_summary->setText(
        tr("<h2>OTP Manager</h2>"
           "<p>Create and manage ThaiBulkSMS OTP apps, test request and verify calls, and "
           "run a local sandbox that speaks the real API, with no SMS credit.</p>"
           "<p>This early build holds the domain rules only; the app pages, test console and "
           "sandbox inbox arrive in the next versions.</p>"));
}
