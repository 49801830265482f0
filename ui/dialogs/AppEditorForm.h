#pragma once

#include "dialogs/AppEditorField.h"

#include <QSet>
#include <QWidget>

class FieldMessage;
class QLabel;

// The fields of the OTP app form (AppEditorField::all()), laid out as label, input and the
// input's validation message. One rule for when a message appears: when its field is left
// (or a table cell or a placeholder button finishes an edit), never while typing in it; a
// message whose problem is fixed goes at once. Each message keeps a line of room, so a
// one-line message does not push the fields below it.
class AppEditorForm : public QWidget
{
    Q_OBJECT

public:
    explicit AppEditorForm(AppEditorField::Purpose purpose, QWidget *parent = nullptr);

    void load(const OtpAppDraft &draft);
    void load(ValidationField field, const OtpAppDraft &draft); // that field only
    void store(OtpAppDraft &draft) const;
    QWidget *editor(ValidationField field) const;

    // An edit of the field is finished (it was left): its issues show from now on, and now.
    void touch(ValidationField field);
    void touchAll();
    // The issues of the touched fields under them, the others' messages cleared; the field
    // being typed in keeps its message until it is left, unless its problems are gone.
    void showIssues(const ValidationIssues &issues);
    // "• Field: message" for each error, in the form's order.
    QStringList describeErrors(const ValidationIssues &issues) const;
    // Only the fields the environment uses; a hidden field's message is cleared.
    void showFieldsFor(Environment environment);
    // The inputs and the buttons beside or under them, in the form's order.
    QList<QWidget *> focusOrder() const;
    void retranslateUi();

signals:
    void edited(); // an input changed
    void touched(); // a field was left: its issues are due

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        AppEditorField field;
        QLabel *label = nullptr;
        FieldMessage *message = nullptr;
    };
    const Row *rowOf(ValidationField field) const;
    static bool isBeingEdited(const Row &row);

    QList<Row> m_rows;
    QSet<ValidationField> m_touched;
    QSet<ValidationField> m_due; // left since the last showIssues(): show whatever it has
};
