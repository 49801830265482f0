#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// The dashboard's last step after creating a Sandbox app: the generated App Key and App
// Secret, each with Copy; the secret stays masked until the user clicks Reveal.
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    CredentialsDialog(const QString &appName, const QString &appKey, const QString &appSecret,
                      QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_appName;
    QLabel *m_intro = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_copyKey = nullptr;
    QPushButton *m_revealSecret = nullptr;
    QPushButton *m_copySecret = nullptr;
    QPushButton *m_close = nullptr;
};
