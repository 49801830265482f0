#pragma once

#include "domain/OtpAppDraft.h"
#include "domain/ValidationIssue.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class FieldMessage;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void revalidate();
    void updatePreview();
    void updateEnvironmentFields();
    void insertPlaceholder(const QString &placeholder);
    QWidget *editorFor(ValidationField field) const;
    QString fieldLabel(ValidationField field) const;

    Mode m_mode;
    OtpAppDraft m_initial;
    QStringList m_otherAppNames;
    bool m_hasStoredSecret = false;
    QSet<ValidationField> m_touched;
    QHash<ValidationField, FieldMessage *> m_messages;
    QHash<ValidationField, QLabel *> m_labels;

    QLabel *m_heading = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QLineEdit *m_contactName = nullptr;
    QSpinBox *m_digits = nullptr;
    QPlainTextEdit *m_template = nullptr;
    QList<QToolButton *> m_placeholderButtons;
    QLabel *m_placeholderHint = nullptr;
    QLineEdit *m_expiry = nullptr;
    QPlainTextEdit *m_ipRanges = nullptr;
    QLabel *m_ipRangesHint = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_appKey = nullptr;
    QLineEdit *m_appSecret = nullptr;
    QToolButton *m_showSecret = nullptr;
    QLabel *m_sandboxNote = nullptr;
    SmsPreviewPanel *m_preview = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
