#pragma once

#include "services/AppImport.h"

#include <QDialog>
#include <QList>

class FieldMessage;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// File ▸ Import Apps…: one dialog for the App Secrets of every Live and Custom app of the file,
// one row each (name, environment, a password field). An empty field imports that app
// without its secret for now; Cancel cancels the whole import. A secret that is not valid is
// shown under its field and keeps the dialog open.
class ImportSecretsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSecretsDialog(const QList<AppImport::SecretRequest> &requests,
                                 QWidget *parent = nullptr);

    // One per request, in order, trimmed; empty: none given.
    QStringList secrets() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        AppImport::SecretRequest request;
        QLabel *environment = nullptr;
        QLineEdit *secret = nullptr;
        FieldMessage *message = nullptr;
    };

    QWidget *buildRows();
    void retranslateUi();

    QList<Row> m_rows;
    QLabel *m_intro = nullptr;
    QLabel *m_nameHeader = nullptr;
    QLabel *m_environmentHeader = nullptr;
    QLabel *m_secretHeader = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
