#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// otpctl as users and CI jobs run it: a process, its exit code, stdout and stderr. Shared by
// the request/verify and apps process tests.
namespace OtpctlTest {

using namespace Qt::Literals::StringLiterals;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString all() const { return out + err; }
};

// The children's environment: a data folder of the test's, no secret unless given, and no way
// to the user's own keyring unless the test runs inside scripts/with-keyring.sh (which provides
// a private session bus; keepBus then).
inline QProcessEnvironment environment(const QString &dataDir, bool keepBus = false)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OTP_MANAGER_DATA_DIR"_s, dataDir);
    env.remove(u"OTP_SECRET"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    if (!keepBus)
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    return env;
}

inline Run otpctl(const QStringList &arguments, const QProcessEnvironment &env,
                  const QByteArray &input = {}, int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OTPCTL_PATH), arguments);
    if (!process.waitForStarted(10000))
        qFatal("otpctl did not start");
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        qFatal("otpctl %s did not finish", qPrintable(arguments.join(u' ')));
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// otpctl sandbox in the background; its stdout is JSON lines.
class SandboxProcess
{
public:
    SandboxProcess(const QStringList &arguments, const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(OTPCTL_PATH), QStringList{u"sandbox"_s} + arguments);
    }
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }
    QProcess &process() { return m_process; }

    // The next JSON line whose "event" is `event`, within `timeoutMs`.
    QJsonObject next(const QString &event, int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            while (m_process.canReadLine()) {
                const QJsonObject object = QJsonDocument::fromJson(m_process.readLine()).object();
                if (object.value(u"event"_s).toString() == event)
                    return object;
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(100);
        }
        return {};
    }
    QString url()
    {
        if (m_url.isEmpty())
            m_url = next(u"listening"_s).value(u"url"_s).toString();
        return m_url;
    }

private:
    QProcess m_process;
    QString m_url;
};

// An apps file (docs/file-formats.md) with the given app objects.
inline bool writeAppsFile(const QString &path, const QJsonArray &apps)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QJsonObject root{
        {u"format"_s, u"otp-manager-apps"_s}, {u"version"_s, 1}, {u"apps"_s, apps}};
    return file.write(QJsonDocument(root).toJson()) > 0;
}

inline QJsonObject appObject(const QString &name, const QString &environment,
                             const QString &key = {}, const QString &secret = {})
{
    QJsonObject app{{u"name"_s, name},
                    {u"contactEmail"_s, u"qa@example.com"_s},
                    {u"contactName"_s, u"QA"_s},
                    {u"digits"_s, 6},
                    {u"template"_s, u"Code {otp} for {app} (Ref {ref})"_s},
                    {u"expiry"_s, u"00:05"_s},
                    {u"environment"_s, environment}};
    if (!key.isEmpty())
        app.insert(u"key"_s, key);
    if (!secret.isEmpty())
        app.insert(u"secret"_s, secret);
    return app;
}

} // namespace OtpctlTest
