#pragma once

#include "domain/OtpAppConfig.h"

#include <QObject>
#include <QUuid>

class AppEditorDialog;
class OtpAppService;
class QWidget;

// What happens around the app form: it opens for a new, an edited or a duplicated app, what it
// returns is saved through OtpAppService, and a secret generated for a sandbox app is shown
// once in the credentials dialog.
class AppEditorFlow : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the form and the dialogs after it.
    AppEditorFlow(OtpAppService &apps, QWidget *window);

    void createNew();
    void edit(const OtpAppConfig &app);
    void duplicate(const OtpAppConfig &app);
    AppEditorDialog *openEditor() const { return m_editor; } // the form being shown, if any

signals:
    void saved(const QUuid &id, bool created);
    void failed(const QString &title, const QString &text);
    void message(const QString &text); // for the status bar

private:
    void open(AppEditorDialog *dialog, const QUuid &copySecretFrom);
    void save(AppEditorDialog *dialog, const QUuid &copySecretFrom);

    OtpAppService &m_apps;
    QWidget *m_window = nullptr;
    AppEditorDialog *m_editor = nullptr;
};
