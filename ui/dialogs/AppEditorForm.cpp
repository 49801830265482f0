#include "AppEditorForm.h"

#include "widgets/FieldMessage.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

AppEditorForm::AppEditorForm(AppEditorField::Purpose purpose, QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    int gridRow = 0;
    for (const AppEditorField &field : AppEditorField::all(this, purpose)) {
        auto *label = new QLabel(this);
        label->setBuddy(field.editor);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *message = new FieldMessage(this);
        message->setObjectName(enumId(field.id) + u"Message"_s);
        message->setReservesLine(true);
        grid->addWidget(label, gridRow, 0);
        grid->addWidget(field.row, gridRow++, 1);
        if (field.below)
            grid->addWidget(field.below, gridRow++, 1);
        grid->addWidget(message, gridRow++, 1);
        field.editor->installEventFilter(this);
        m_rows.append({field, label, message});
    }
    grid->setRowStretch(gridRow, 1);
}

const AppEditorForm::Row *AppEditorForm::rowOf(ValidationField field) const
{
    for (const Row &row : m_rows) {
        if (row.field.id == field)
            return &row;
    }
    return nullptr;
}

void AppEditorForm::load(const OtpAppDraft &draft)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.field.load)
            row.field.load(draft);
    }
}

void AppEditorForm::load(ValidationField field, const OtpAppDraft &draft)
{
    const Row *row = rowOf(field);
    if (row && row->field.load)
        row->field.load(draft);
}

void AppEditorForm::store(OtpAppDraft &draft) const
{
    for (const Row &row : m_rows) {
        if (row.field.store)
            row.field.store(draft);
    }
}

QWidget *AppEditorForm::editor(ValidationField field) const
{
    const Row *row = rowOf(field);
    return row ? row->field.editor : nullptr;
}

bool AppEditorForm::isBeingEdited(const Row &row)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == row.field.row || row.field.row->isAncestorOf(focus));
}

void AppEditorForm::touch(ValidationField field)
{
    m_touched.insert(field);
    m_due.insert(field);
    emit touched();
}

void AppEditorForm::touchAll()
{
    for (const Row &row : std::as_const(m_rows))
        m_touched.insert(row.field.id);
}

void AppEditorForm::showIssues(const ValidationIssues &issues)
{
    for (const Row &row : std::as_const(m_rows)) {
        const ValidationIssues own = issuesFor(issues, row.field.id);
        if (!m_touched.contains(row.field.id))
            row.message->clearIssues();
        else if (own.isEmpty() || m_due.contains(row.field.id) || !isBeingEdited(row))
            row.message->setIssues(own);
    }
    m_due.clear();
}

QStringList AppEditorForm::describeErrors(const ValidationIssues &issues) const
{
    QStringList lines;
    for (const Row &row : m_rows) {
        for (const ValidationIssue &issue : issuesFor(issues, row.field.id)) {
            if (issue.isError())
                lines << u"• "_s + row.field.label().remove(u'&') + u": "_s + issue.message;
        }
    }
    return lines;
}

void AppEditorForm::showFieldsFor(Environment environment)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.field.shownFor)
            continue;
        const bool shown = row.field.shownFor(environment);
        row.label->setVisible(shown);
        row.field.row->setVisible(shown);
        row.message->setReservesLine(shown);
        if (!shown)
            row.message->clearIssues();
    }
}

QList<QWidget *> AppEditorForm::focusOrder() const
{
    QList<QWidget *> order;
    for (const Row &row : m_rows) {
        order << row.field.editor;
        for (QWidget *holder : {row.field.row, row.field.below}) {
            if (!holder || holder == row.field.editor)
                continue;
            for (QWidget *child :
                 holder->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
                if (child != row.field.editor && (child->focusPolicy() & Qt::TabFocus))
                    order << child;
            }
        }
    }
    return order;
}

void AppEditorForm::retranslateUi()
{
    m_due = m_touched; // every message shown again, in the new language
    for (const Row &row : std::as_const(m_rows)) {
        row.label->setText(row.field.label());
        if (row.field.retranslate)
            row.field.retranslate();
    }
}

bool AppEditorForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (const Row &row : std::as_const(m_rows)) {
            if (row.field.editor == watched) {
                touch(row.field.id);
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
