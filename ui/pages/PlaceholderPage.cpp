#include "PlaceholderPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(std::function<QString()> text, QWidget *parent)
    : QWidget(parent), m_text(std::move(text))
{
    auto *layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setText(m_text());
    layout->addWidget(m_label);
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_label->setText(m_text());
    QWidget::changeEvent(event);
}
