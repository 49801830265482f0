#include "SandboxAppsFile.h"

#include "secrets/CredentialGenerator.h"
#include "storage/AppImporter.h"

QList<SandboxApp> SandboxAppsFile::Contents::sandboxApps() const
{
    QList<SandboxApp> served;
    served.reserve(apps.size());
    for (const ServedApp &app : apps)
        served << app.app;
    return served;
}

Result<SandboxAppsFile::Contents> SandboxAppsFile::read(const QString &path)
{
    const Result<AppImporter::Plan> imported = AppImporter::readFile(path, {});
    if (!imported.ok())
        return Result<Contents>::failure(imported.error);

    Contents contents;
    for (const AppImporter::RejectedApp &rejected : imported.value.rejected)
        contents.notes << AppImporter::describe(rejected);
    for (const AppImporter::ImportedApp &app : imported.value.apps) {
        if (app.config.environment != Environment::Sandbox) {
            contents.notes << tr("“%1” is not a sandbox app; the sandbox does not serve it.")
                                  .arg(app.config.name);
            continue;
        }
        ServedApp served{{app.config, app.secret}};
        if (served.app.secret.isEmpty() || served.app.config.appKey.isEmpty()) {
            const CredentialGenerator::Credentials credentials
                = CredentialGenerator::sandboxCredentials();
            served.app.config.appKey = credentials.appKey;
            served.app.secret = credentials.appSecret;
            served.credentialsGenerated = true;
        }
        contents.apps << served;
    }
    if (contents.apps.isEmpty()) {
        const QStringList lines
            = contents.notes + QStringList{tr("%1 holds no usable sandbox app.").arg(path)};
        return Result<Contents>::failure(lines.join(u'\n'));
    }
    return Result<Contents>::success(std::move(contents));
}
