#include "SearchField.h"

#include "ThemedIcon.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>

using namespace Qt::Literals::StringLiterals;

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent), m_search(new QAction(this)), m_clear(new QAction(this))
{
    m_clear->setObjectName(u"clearSearchAction"_s);
    m_clear->setVisible(false);
    addAction(m_search, QLineEdit::LeadingPosition);
    addAction(m_clear, QLineEdit::TrailingPosition);
    connect(m_clear, &QAction::triggered, this, [this] {
        clear();
        setFocus();
    });
    connect(this, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_clear->setVisible(!text.isEmpty()); });
    // They follow a theme switch by themselves (ThemedIcon).
    m_search->setIcon(ThemedIcon::icon(u"search"_s));
    m_clear->setIcon(ThemedIcon::icon(u"clear"_s));
    retranslateUi();
}

void SearchField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLineEdit::changeEvent(event);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    // Escape empties a filter before it does anything else (closing a dialog, say).
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::retranslateUi()
{
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the filter (Esc)"));
}
