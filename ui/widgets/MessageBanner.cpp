#include "MessageBanner.h"

#include "StatusColors.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

MessageBanner::MessageBanner(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_action = new QPushButton(this);
    m_action->hide();
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    applyColors();
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::actionText() const
{
    return m_action->isHidden() ? QString() : m_action->text();
}

void MessageBanner::setObjectNames(const QString &banner, const QString &text,
                                   const QString &action)
{
    setObjectName(banner);
    m_text->setObjectName(text);
    m_action->setObjectName(action);
}

QColor MessageBanner::background(Kind kind, const QPalette &palette)
{
    // A pale tint on light palettes, a deep one on dark palettes, so the window's own text
    // colour stays readable on it.
    switch (kind) {
    case Kind::Information:
        return StatusColors::surface(StatusColors::Tone::Information, palette);
    case Kind::Warning:
        return StatusColors::surface(StatusColors::Tone::Warning, palette);
    case Kind::Error:
        break;
    }
    return StatusColors::surface(StatusColors::Tone::Error, palette);
}

void MessageBanner::applyColors()
{
    // From the palette the banner sits on: its own Window colour is the tint set here.
    const QPalette surroundings = parentWidget() ? parentWidget()->palette() : qApp->palette();
    QPalette own = palette();
    own.setColor(QPalette::Window, background(m_kind, surroundings));
    m_applyingColors = true;
    setPalette(own);
    m_applyingColors = false;
}

void MessageBanner::changeEvent(QEvent *event)
{
    // A new theme (light <-> dark) reaches the banner as a palette change: tint it again.
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
    QWidget::changeEvent(event);
}
