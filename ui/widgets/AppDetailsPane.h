#pragma once

#include "domain/OtpAppConfig.h"

#include <QWidget>

#include <optional>

class OtpAppService;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class SecretClipboard;

// Every setting of the selected app, its App Key, and its App Secret masked with Reveal and
// Copy (both read the keychain; a revealed secret hides itself again after 30 seconds, a copied
// one leaves the clipboard after 30 seconds).
class AppDetailsPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RevealMilliseconds = 30000;

    explicit AppDetailsPane(OtpAppService &apps, QWidget *parent = nullptr);

    void setApp(const std::optional<OtpAppConfig> &app);
    bool isSecretRevealed() const;
    SecretClipboard *secretClipboard() const { return m_clipboard; }

signals:
    void message(const QString &text); // what a Copy did, for the status bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildSettingRows();
    void buildKeyRow();
    void buildSecretRows();
    void retranslateUi();
    void updateRevealButton(); // "Reveal" or "Hide"
    void fill();
    static QStringList testNumberLines(const QList<TestNumber> &numbers);
    void hideSecret();
    void withSecret(std::function<void(const QString &)> use);

    OtpAppService &m_apps;
    std::optional<OtpAppConfig> m_app;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_details = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_fieldLabels;
    QList<QLabel *> m_values;
    QLineEdit *m_key = nullptr;
    QPushButton *m_copyKey = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_revealSecret = nullptr;
    QPushButton *m_copySecret = nullptr;
    QLabel *m_secretStatus = nullptr;
    QTimer *m_hideTimer = nullptr;
    SecretClipboard *m_clipboard = nullptr;
};
