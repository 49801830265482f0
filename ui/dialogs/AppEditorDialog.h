#pragma once

#include "domain/OtpAppDraft.h"
#include "domain/ValidationIssue.h"

#include <QDialog>

class AppEditorForm;
class QLabel;
class QPushButton;
class SmsPreviewPanel;

// The create / edit form of an OTP app, in the dashboard's order, with a live SMS preview and
// inline validation. It only edits: the caller stores the app and its secret.
class AppEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit, Duplicate };

    // otherAppNames: every other app's name (for the uniqueness rule).
    // hasStoredSecret: editing a Live/Custom app whose secret is already in the keychain, so
    // the secret field may stay empty ("keep the current one").
    AppEditorDialog(Mode mode, const OtpAppDraft &draft, const QStringList &otherAppNames,
                    bool hasStoredSecret = false, QWidget *parent = nullptr);
    ~AppEditorDialog() override;

    OtpAppDraft draft() const;
    QString secret() const; // Live/Custom only; empty when unchanged
    Mode mode() const { return m_mode; }

    // Every issue of the current input, touched or not.
    ValidationIssues issues() const;
    bool isModified() const;

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void refresh(); // after an edit: the fields the environment uses, the messages, the preview
    void revalidate();
    void updatePreview();
    void followLanguageOfDefaultTemplate();
    QString typedSecret() const;

    Mode m_mode;
    OtpAppDraft m_initial;
    QStringList m_otherAppNames;
    bool m_hasStoredSecret = false;

    QLabel *m_heading = nullptr;
    AppEditorForm *m_form = nullptr;
    SmsPreviewPanel *m_preview = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
