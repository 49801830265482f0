#include "TextFindBar.h"

#include "StatusColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

TextFindBar::TextFindBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field = new QLineEdit(this);
    m_field->setObjectName(u"findField"_s);
    m_field->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(u"findCount"_s);
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_close = new QToolButton(this);
    m_close->setText(u"×"_s);
    m_close->setAutoRaise(true);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        highlightAll();
        findNext(false);
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_close, &QToolButton::clicked, this, &TextFindBar::close);
    retranslateUi();
    hide();
}

void TextFindBar::setTarget(QPlainTextEdit *target)
{
    if (m_target && m_target != target)
        m_target->setExtraSelections({});
    m_target = target;
    refresh();
}

void TextFindBar::open()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
    refresh();
}

void TextFindBar::close()
{
    hide();
    if (m_target) {
        m_target->setExtraSelections({});
        m_target->setFocus();
    }
}

void TextFindBar::refresh()
{
    if (!isHidden())
        highlightAll();
}

// Every match gets the palette's highlight behind it; the count says how many there are.
void TextFindBar::highlightAll()
{
    m_matches = 0;
    if (!m_target)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = m_field->text();
    if (!text.isEmpty()) {
        QTextCursor cursor(m_target->document());
        QTextCharFormat format;
        format.setBackground(StatusColors::surface(StatusColors::Tone::Warning, palette()));
        format.setForeground(palette().color(QPalette::Text));
        while (!(cursor = m_target->document()->find(text, cursor)).isNull())
            selections.append({cursor, format});
    }
    m_matches = int(selections.size());
    m_target->setExtraSelections(selections);
    m_count->setText(text.isEmpty() ? QString() : tr("%n match(es)", nullptr, m_matches));
}

void TextFindBar::findNext(bool backward)
{
    const QString text = m_field->text();
    if (!m_target || text.isEmpty())
        return;
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_target->find(text, flags))
        return;
    // Wrap around: from the other end.
    QTextCursor start(m_target->document());
    if (backward)
        start.movePosition(QTextCursor::End);
    m_target->setTextCursor(start);
    m_target->find(text, flags);
}

bool TextFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TextFindBar::retranslateUi()
{
    m_field->setPlaceholderText(tr("Find in the text"));
    m_field->setAccessibleName(tr("Find"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    refresh();
}

void TextFindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange && !isHidden())
        highlightAll(); // the highlight's colour of the new theme
    QWidget::changeEvent(event);
}
