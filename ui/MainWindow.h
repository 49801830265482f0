#pragma once

#include <QMainWindow>

class QLabel;

// The application window. For now it says what OTP Manager will be; the OTP apps pages,
// test console and sandbox inbox fill it in later issues.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_summary = nullptr;
};
