#pragma once

#include "domain/OtpAppDraft.h"
#include "domain/ValidationIssue.h"

#include <QList>

#include <functional>

class AppEditorForm;
class QWidget;

// One field of the OTP app form, known in this one place: its label, its input, and how the
// input reads from and writes to a draft. all() is the form's table, in the dashboard's order
// (also the order of the Save button's "Fix these first" list): adding a field is one entry.
struct AppEditorField {
    ValidationField id = ValidationField::Name;
    QString (*label)() = nullptr; // translated, with its mnemonic ("App &name")
    QWidget *editor = nullptr; // the input: the label's buddy; leaving it shows its issues
    QWidget *row = nullptr; // beside the label: the editor, or a row holding it
    QWidget *below = nullptr; // under the row: a hint or tools; may be null
    bool (*shownFor)(Environment) = nullptr; // null: shown for every environment
    // Draft to input and back; both null for the App Secret, which the keychain keeps.
    std::function<void(const OtpAppDraft &)> load;
    std::function<void(OtpAppDraft &)> store;
    std::function<void()> retranslate; // accessible name, placeholder, tooltips

    // What the form is for, where a field's texts depend on it.
    struct Purpose {
        bool hasStoredSecret = false; // the secret field may stay empty to keep the stored one
        bool keepsSandboxCredentials = false; // editing a sandbox app: its key does not change
    };

    // Every field, its widgets children of form; an input change emits form->edited().
    static QList<AppEditorField> all(AppEditorForm *form, Purpose purpose);
};
