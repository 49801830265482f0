#pragma once

#include <QWidget>

class AppSettings;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Settings ▸ Sandbox: "Allow other machines" (the GUI's otpctl sandbox --allow-remote). On, the
// sandbox listens on every address (0.0.0.0) and its control API requires the token shown
// here (copyable, regenerated on demand); a warning says what that exposes. Off by default.
class SandboxAccessBox : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxAccessBox(AppSettings &settings, QWidget *parent = nullptr);

    void regenerateToken();

signals:
    void changed(); // the sandbox must restart to listen as set

protected:
    void changeEvent(QEvent *event) override;

private:
    void setAllowed(bool allowed);
    void refresh();
    void retranslateUi();

    AppSettings &m_settings;
    QCheckBox *m_allow = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_regenerate = nullptr;
};
