#pragma once

#include "dialogs/AppEditorField.h"

#include <QSet>
#include <QWidget>

class FieldMessage;
class QLabel;

// The fields of the OTP app form (AppEditorField::all()), laid out as label, input and the
// input's validation message. A field's issues show once it has been left (touched), so a new
// form does not open full of complaints.
class AppEditorForm : public QWidget
{
    Q_OBJECT

public:
    explicit AppEditorForm(bool hasStoredSecret, QWidget *parent = nullptr);

    void load(const OtpAppDraft &draft);
    void load(ValidationField field, const OtpAppDraft &draft); // that field only
    void store(OtpAppDraft &draft) const;
    QWidget *editor(ValidationField field) const;

    void touch(ValidationField field); // its issues show from now on
    void touchAll();
    // The issues of the touched fields under them; the others' messages cleared.
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
    void touched(); // a field was left for the first time: its issues are due

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        AppEditorField field;
        QLabel *label = nullptr;
        FieldMessage *message = nullptr;
    };
    const Row *rowOf(ValidationField field) const;

    QList<Row> m_rows;
    QSet<ValidationField> m_touched;
};
