#pragma once

#include <QObject>

class OtpAppService;
class QWidget;

// File ▸ Import Apps… and Export Apps…: asks for the file, reads or writes it, and tells the
// user how it went (a summary box for an import, the status bar for an export).
class AppsFileActions : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the file and message dialogs.
    AppsFileActions(OtpAppService &apps, QWidget *window);

public slots:
    void importApps();
    void exportApps();

signals:
    void message(const QString &text, int timeoutMs); // for the status bar

private:
    OtpAppService &m_apps;
    QWidget *m_window = nullptr;
};
