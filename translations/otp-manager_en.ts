<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppDetailsPane</name>
    <message numerus="yes">
        <source>%1 (%n minute(s))</source>
        <translation>
            <numerusform>%1 (%n minute)</numerusform>
            <numerusform>%1 (%n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any address</source>
        <translation>Any address</translation>
    </message>
    <message>
        <source>Select an app to see its settings, App Key and App Secret.</source>
        <translation>Select an app to see its settings, App Key and App Secret.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Base URL:</translation>
    </message>
    <message>
        <source>Contact email:</source>
        <translation>Contact email:</translation>
    </message>
    <message>
        <source>Contact name:</source>
        <translation>Contact name:</translation>
    </message>
    <message>
        <source>Digits:</source>
        <translation>Digits:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiry:</translation>
    </message>
    <message>
        <source>Message template:</source>
        <translation>Message template:</translation>
    </message>
    <message>
        <source>Trusted IP range:</source>
        <translation>Trusted IP range:</translation>
    </message>
    <message>
        <source>App Key:</source>
        <translation>App Key:</translation>
    </message>
    <message>
        <source>App Secret:</source>
        <translation>App Secret:</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy App Key</source>
        <translation>Copy App Key</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Shows the secret from the keychain for 30 seconds</source>
        <translation>Shows the secret from the keychain for 30 seconds</translation>
    </message>
    <message>
        <source>Copy App Secret</source>
        <translation>Copy App Secret</translation>
    </message>
</context>
<context>
    <name>AppEditorDialog</name>
    <message>
        <source>Add OTP App</source>
        <translation>Add OTP App</translation>
    </message>
    <message>
        <source>Edit OTP App</source>
        <translation>Edit OTP App</translation>
    </message>
    <message>
        <source>Duplicate OTP App</source>
        <translation>Duplicate OTP App</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>App name</translation>
    </message>
    <message>
        <source>e.g. My Shop</source>
        <translation>e.g. My Shop</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <source>e.g. qa@example.com</source>
        <translation>e.g. qa@example.com</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Number of digits</source>
        <translation>Number of digits</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> digits</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Message template</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Insert:</translation>
    </message>
    <message>
        <source>The OTP code (required, exactly once)</source>
        <translation>The OTP code (required, exactly once)</translation>
    </message>
    <message>
        <source>The reference number, e.g. T3A57</source>
        <translation>The reference number, e.g. T3A57</translation>
    </message>
    <message>
        <source>The app name</source>
        <translation>The app name</translation>
    </message>
    <message>
        <source>The expiry period in minutes</source>
        <translation>The expiry period in minutes</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>Insert %1</translation>
    </message>
    <message>
        <source>Expiry period (HH:mm)</source>
        <translation>Expiry period (HH:mm)</translation>
    </message>
    <message>
        <source>From 00:05 (5 minutes) to 11:00 (11 hours)</source>
        <translation>From 00:05 (5 minutes) to 11:00 (11 hours)</translation>
    </message>
    <message>
        <source>Trusted IP range</source>
        <translation>Trusted IP range</translation>
    </message>
    <message>
        <source>203.0.113.7
203.0.113.0/24</source>
        <translation>203.0.113.7
203.0.113.0/24</translation>
    </message>
    <message>
        <source>One address or CIDR block per line. Leave empty to allow any address.</source>
        <translation>One address or CIDR block per line. Leave empty to allow any address.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Sandbox (this computer, no SMS credit)</source>
        <translation>Sandbox (this computer, no SMS credit)</translation>
    </message>
    <message>
        <source>Live (otp.thaibulksms.com)</source>
        <translation>Live (otp.thaibulksms.com)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Custom URL</translation>
    </message>
    <message>
        <source>A sandbox app gets a generated App Key and App Secret when it is saved.</source>
        <translation>A sandbox app gets a generated App Key and App Secret when it is saved.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>16 digits from the dashboard</source>
        <translation>16 digits from the dashboard</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved secret</source>
        <translation>Leave empty to keep the saved secret</translation>
    </message>
    <message>
        <source>32 characters from the dashboard</source>
        <translation>32 characters from the dashboard</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide App Secret</source>
        <translation>Hide App Secret</translation>
    </message>
    <message>
        <source>Show App Secret</source>
        <translation>Show App Secret</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>App &amp;name</source>
        <translation>App &amp;name</translation>
    </message>
    <message>
        <source>Contact &amp;email</source>
        <translation>Contact &amp;email</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>Contact na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>&amp;Digits</translation>
    </message>
    <message>
        <source>Message &amp;template</source>
        <translation>Message &amp;template</translation>
    </message>
    <message>
        <source>E&amp;xpiry (HH:mm)</source>
        <translation>E&amp;xpiry (HH:mm)</translation>
    </message>
    <message>
        <source>Trusted &amp;IP range</source>
        <translation>Trusted &amp;IP range</translation>
    </message>
    <message>
        <source>En&amp;vironment</source>
        <translation>En&amp;vironment</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;Base URL</translation>
    </message>
    <message>
        <source>App &amp;Key</source>
        <translation>App &amp;Key</translation>
    </message>
    <message>
        <source>App &amp;Secret</source>
        <translation>App &amp;Secret</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>Fix these first:</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>The changes to this app have not been saved.</source>
        <translation>The changes to this app have not been saved.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>AppExporter</name>
    <message>
        <source>Could not write the export file %1: %2. Choose a folder you can write to and try again.</source>
        <translation>Could not write the export file %1: %2. Choose a folder you can write to and try again.</translation>
    </message>
</context>
<context>
    <name>AppImporter</name>
    <message>
        <source>“%1” must be %2. Correct it in the file and import again.</source>
        <translation>“%1” must be %2. Correct it in the file and import again.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>text such as &quot;00:05&quot;</source>
        <translation>text such as &quot;00:05&quot;</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>a list of texts</translation>
    </message>
    <message>
        <source>“environment” is missing. Add &quot;sandbox&quot;, &quot;live&quot; or &quot;custom&quot; to the app in the file.</source>
        <translation>“environment” is missing. Add &quot;sandbox&quot;, &quot;live&quot; or &quot;custom&quot; to the app in the file.</translation>
    </message>
    <message>
        <source>“environment” is “%1”; it must be &quot;sandbox&quot;, &quot;live&quot; or &quot;custom&quot;.</source>
        <translation>“environment” is “%1”; it must be &quot;sandbox&quot;, &quot;live&quot; or &quot;custom&quot;.</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>not text</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the file name and that you may read it.</source>
        <translation>Could not open %1: %2. Check the file name and that you may read it.</translation>
    </message>
    <message>
        <source>%1 is too large for an apps file (more than %2 MB). Choose a file exported by OTP Manager.</source>
        <translation>%1 is too large for an apps file (more than %2 MB). Choose a file exported by OTP Manager.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2), so it is not an apps file of OTP Manager. Choose a file made with Export, or correct it.</source>
        <translation>The file is not valid JSON (%1 at character %2), so it is not an apps file of OTP Manager. Choose a file made with Export, or correct it.</translation>
    </message>
    <message>
        <source>This JSON file is not an OTP Manager apps file: its “format” must be “%1”. Choose a file made with Export.</source>
        <translation>This JSON file is not an OTP Manager apps file: its “format” must be “%1”. Choose a file made with Export.</translation>
    </message>
    <message>
        <source>The file uses version %1 of the apps format; this OTP Manager reads version %2 only. Update OTP Manager to import it.</source>
        <translation>The file uses version %1 of the apps format; this OTP Manager reads version %2 only. Update OTP Manager to import it.</translation>
    </message>
    <message>
        <source>The file has no “apps” list. Choose a file made with Export.</source>
        <translation>The file has no “apps” list. Choose a file made with Export.</translation>
    </message>
    <message>
        <source>This entry is not an app (a JSON object with &quot;name&quot;, &quot;environment&quot;, ...). Remove or correct it.</source>
        <translation>This entry is not an app (a JSON object with &quot;name&quot;, &quot;environment&quot;, ...). Remove or correct it.</translation>
    </message>
    <message>
        <source>The app has a “secret” but no “key”, so new sandbox credentials will be made for it.</source>
        <translation>The app has a “secret” but no “key”, so new sandbox credentials will be made for it.</translation>
    </message>
    <message>
        <source>The “secret” in the file was ignored: secrets of live and custom apps are only taken from the app&apos;s form. Enter it there after the import.</source>
        <translation>The “secret” in the file was ignored: secrets of live and custom apps are only taken from the app&apos;s form. Enter it there after the import.</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>App %1 (“%2”)</source>
        <translation>App %1 (“%2”)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>AppRepository</name>
    <message>
        <source>An app with the id %1 already exists. Import it as a new app instead.</source>
        <translation>An app with the id %1 already exists. Import it as a new app instead.</translation>
    </message>
    <message>
        <source>Another app is already called “%1”. Choose a different name.</source>
        <translation>Another app is already called “%1”. Choose a different name.</translation>
    </message>
    <message>
        <source>Could not save the app “%1”: %2. Check that the disk is not full and the data folder %3 is writable.</source>
        <translation>Could not save the app “%1”: %2. Check that the disk is not full and the data folder %3 is writable.</translation>
    </message>
    <message>
        <source>Could not start saving to the database: %1. Close other programs that use it and try again.</source>
        <translation>Could not start saving to the database: %1. Close other programs that use it and try again.</translation>
    </message>
    <message>
        <source>Could not save to the database: %1. Check that the disk is not full and try again.</source>
        <translation>Could not save to the database: %1. Check that the disk is not full and try again.</translation>
    </message>
    <message>
        <source>Could not save the app “%1”: %2. Check that the disk is not full and the data folder is writable.</source>
        <translation>Could not save the app “%1”: %2. Check that the disk is not full and the data folder is writable.</translation>
    </message>
    <message>
        <source>The app “%1” no longer exists; it may have been deleted. Create it again.</source>
        <translation>The app “%1” no longer exists; it may have been deleted. Create it again.</translation>
    </message>
    <message>
        <source>Could not delete the app: %1. Check that the disk is not full and the data folder is writable.</source>
        <translation>Could not delete the app: %1. Check that the disk is not full and the data folder is writable.</translation>
    </message>
</context>
<context>
    <name>AppTableModel</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Custom URL</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>App Key ending in %1</source>
        <translation>App Key ending in %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The app was not saved</source>
        <translation>The app was not saved</translation>
    </message>
    <message>
        <source>The app was not created</source>
        <translation>The app was not created</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>Created “%1”.</translation>
    </message>
    <message>
        <source>Demo Shop</source>
        <translation>Demo Shop</translation>
    </message>
    <message>
        <source>QA team</source>
        <translation>QA team</translation>
    </message>
    <message>
        <source>The demo app was not created</source>
        <translation>The demo app was not created</translation>
    </message>
    <message>
        <source>Created the sandbox demo app “%1”. Try it in the Test console.</source>
        <translation>Created the sandbox demo app “%1”. Try it in the Test console.</translation>
    </message>
    <message>
        <source>Delete app?</source>
        <translation>Delete app?</translation>
    </message>
    <message>
        <source>Delete “%1”? Its App Secret is removed from the keychain. The history of its calls stays until you clear it.</source>
        <translation>Delete “%1”? Its App Secret is removed from the keychain. The history of its calls stays until you clear it.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The app was not deleted</source>
        <translation>The app was not deleted</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message>
        <source>The App Secret could not be removed</source>
        <translation>The App Secret could not be removed</translation>
    </message>
    <message>
        <source>Copied the App Key of “%1”.</source>
        <translation>Copied the App Key of “%1”.</translation>
    </message>
    <message>
        <source>OTP Apps</source>
        <translation>OTP Apps</translation>
    </message>
    <message>
        <source>Filter apps</source>
        <translation>Filter apps</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Add an OTP app (%1)</source>
        <translation>Add an OTP app (%1)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copy key</translation>
    </message>
    <message>
        <source>Test this app</source>
        <translation>Test this app</translation>
    </message>
    <message>
        <source>No OTP apps yet</source>
        <translation>No OTP apps yet</translation>
    </message>
    <message>
        <source>Add the apps you created in the ThaiBulkSMS dashboard, or try a sandbox app that works offline with no SMS credit.</source>
        <translation>Add the apps you created in the ThaiBulkSMS dashboard, or try a sandbox app that works offline with no SMS credit.</translation>
    </message>
    <message>
        <source>Add OTP App</source>
        <translation>Add OTP App</translation>
    </message>
    <message>
        <source>Try a sandbox demo app</source>
        <translation>Try a sandbox demo app</translation>
    </message>
    <message>
        <source>OTP apps</source>
        <translation>OTP apps</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Language of the output: en or th.</source>
        <translation>Language of the output: en or th.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Run &quot;%1 --help&quot; for usage.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>App Key and App Secret</source>
        <translation>App Key and App Secret</translation>
    </message>
    <message>
        <source>“%1” is ready. Use this App Key and App Secret with the sandbox API. The secret is kept in your system keychain; you can reveal it again from the app&apos;s details.</source>
        <translation>“%1” is ready. Use this App Key and App Secret with the sandbox API. The secret is kept in your system keychain; you can reveal it again from the app&apos;s details.</translation>
    </message>
    <message>
        <source>App &amp;Key</source>
        <translation>App &amp;Key</translation>
    </message>
    <message>
        <source>App &amp;Secret</source>
        <translation>App &amp;Secret</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy App Key</source>
        <translation>Copy App Key</translation>
    </message>
    <message>
        <source>Copy App Secret</source>
        <translation>Copy App Secret</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>Keep the database, lock file and settings in &lt;dir&gt; instead of the standard location (also: environment variable %1).</source>
        <translation>Keep the database, lock file and settings in &lt;dir&gt; instead of the standard location (also: environment variable %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>No folder for OTP Manager&apos;s data could be determined on this system. Start it with --data-dir &lt;folder&gt; or set %1.</source>
        <translation>No folder for OTP Manager&apos;s data could be determined on this system. Start it with --data-dir &lt;folder&gt; or set %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Choose another folder with --data-dir &lt;folder&gt;.</source>
        <translation>The data folder %1 is a file, not a folder. Choose another folder with --data-dir &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that its parent folder exists and is writable, or choose another folder with --data-dir.</source>
        <translation>Could not create the data folder %1. Check that its parent folder exists and is writable, or choose another folder with --data-dir.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is missing, so OTP Manager cannot open its database. Reinstall OTP Manager, or install the Qt 6 SQLite driver package of your system.</source>
        <translation>The SQLite driver of Qt (QSQLITE) is missing, so OTP Manager cannot open its database. Reinstall OTP Manager, or install the Qt 6 SQLite driver package of your system.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that you may write there, or start OTP Manager with another --data-dir.</source>
        <translation>Could not create the data folder %1. Check that you may write there, or start OTP Manager with another --data-dir.</translation>
    </message>
    <message>
        <source>Could not read the database %1 (%2). Check that the file and its folder belong to you and are readable and writable, or start OTP Manager with another --data-dir. The file was not changed.</source>
        <translation>Could not read the database %1 (%2). Check that the file and its folder belong to you and are readable and writable, or start OTP Manager with another --data-dir. The file was not changed.</translation>
    </message>
    <message>
        <source>The file %1 is not an OTP Manager database: it holds tables of another program. Move it somewhere else, or start OTP Manager with another --data-dir. The file was not changed.</source>
        <translation>The file %1 is not an OTP Manager database: it holds tables of another program. Move it somewhere else, or start OTP Manager with another --data-dir. The file was not changed.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside (%3). Move or rename the file yourself, then start OTP Manager again.</source>
        <translation>The database %1 is damaged (%2) and could not be moved aside (%3). Move or rename the file yourself, then start OTP Manager again.</translation>
    </message>
    <message>
        <source>The database was damaged (%1), so OTP Manager set it aside and started a new, empty one. Nothing was deleted: the old file is now %2. Import your apps again from an export file; App Secrets are still in the system keychain.</source>
        <translation>The database was damaged (%1), so OTP Manager set it aside and started a new, empty one. Nothing was deleted: the old file is now %2. Import your apps again from an export file; App Secrets are still in the system keychain.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of OTP Manager (schema version %2); this version understands schema version %3 at most. Install the newer OTP Manager again, or start this one with another --data-dir. The file was not changed.</source>
        <translation>The database %1 was written by a newer version of OTP Manager (schema version %2); this version understands schema version %3 at most. Install the newer OTP Manager again, or start this one with another --data-dir. The file was not changed.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2. Check that the disk is not full and the folder is writable, or start OTP Manager with another --data-dir.</source>
        <translation>Could not open the database %1: %2. Check that the disk is not full and the folder is writable, or start OTP Manager with another --data-dir.</translation>
    </message>
    <message>
        <source>Could not bring the database %1 from schema version %2 to %3: %4. The file was left as it was. Free some disk space and start OTP Manager again.</source>
        <translation>Could not bring the database %1 from schema version %2 to %3: %4. The file was left as it was. Free some disk space and start OTP Manager again.</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3</source>
        <translation>step %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>%1 was moved to %2, but %3 could not be moved: %4</source>
        <translation>%1 was moved to %2, but %3 could not be moved: %4</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>Explain a status code, error name, message or response body.</source>
        <translation>Explain a status code, error name, message or response body.</translation>
    </message>
    <message>
        <source>A status code (116), an error name (ERROR_IP_NOT_ALLOWED), a message (&quot;Code is invalid.&quot;), a JSON response body, or - to read the body from standard input.</source>
        <translation>A status code (116), an error name (ERROR_IP_NOT_ALLOWED), a message (&quot;Code is invalid.&quot;), a JSON response body, or - to read the body from standard input.</translation>
    </message>
    <message>
        <source>The HTTP status the answer came with (tells apart rows that share a code).</source>
        <translation>The HTTP status the answer came with (tells apart rows that share a code).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Print the result as one JSON object.</translation>
    </message>
    <message>
        <source>Decode a ThaiBulkSMS OTP or SMS API answer through the catalog of the vendor&apos;s 63 status codes.
Exit code 0: found in the catalog; 1: not found; 2: usage error.</source>
        <translation>Decode a ThaiBulkSMS OTP or SMS API answer through the catalog of the vendor&apos;s 63 status codes.
Exit code 0: found in the catalog; 1: not found; 2: usage error.</translation>
    </message>
    <message>
        <source>Give exactly one CODE_OR_BODY (quote a body).</source>
        <translation>Give exactly one CODE_OR_BODY (quote a body).</translation>
    </message>
    <message>
        <source>--http needs an HTTP status from 100 to 599, not &quot;%1&quot;.</source>
        <translation>--http needs an HTTP status from 100 to 599, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <source>%1 (status %2, HTTP %3)</source>
        <translation>%1 (status %2, HTTP %3)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Not in the catalog of the vendor&apos;s 63 status codes.</source>
        <translation>Not in the catalog of the vendor&apos;s 63 status codes.</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message: %1</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogModel</name>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Status code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
</context>
<context>
    <name>ErrorCodesPage</name>
    <message numerus="yes">
        <source>%n of %1 codes</source>
        <translation>
            <numerusform>%n of %1 codes</numerusform>
            <numerusform>%n of %1 codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the catalog of the vendor&apos;s 63 status codes.</source>
        <translation>Not in the catalog of the vendor&apos;s 63 status codes.</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message: %1</translation>
    </message>
    <message>
        <source>%1 — status %2, HTTP %3
%4
What to do: %5</source>
        <translation>%1 — status %2, HTTP %3
%4
What to do: %5</translation>
    </message>
    <message>
        <source>Status and error codes</source>
        <translation>Status and error codes</translation>
    </message>
    <message>
        <source>Search by code, name or text (e.g. 104 or IP)</source>
        <translation>Search by code, name or text (e.g. 104 or IP)</translation>
    </message>
    <message>
        <source>Search error codes</source>
        <translation>Search error codes</translation>
    </message>
    <message>
        <source>All HTTP statuses</source>
        <translation>All HTTP statuses</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx success</translation>
    </message>
    <message>
        <source>4xx client errors</source>
        <translation>4xx client errors</translation>
    </message>
    <message>
        <source>5xx server errors</source>
        <translation>5xx server errors</translation>
    </message>
    <message>
        <source>HTTP status class</source>
        <translation>HTTP status class</translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>Error codes</translation>
    </message>
    <message>
        <source>Decode an answer</source>
        <translation>Decode an answer</translation>
    </message>
    <message>
        <source>Paste a response body, a status code (116) or an error name (ERROR_TTL)</source>
        <translation>Paste a response body, a status code (116) or an error name (ERROR_TTL)</translation>
    </message>
    <message>
        <source>Answer to decode</source>
        <translation>Answer to decode</translation>
    </message>
    <message>
        <source>&amp;HTTP status:</source>
        <translation>&amp;HTTP status:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>HTTP status of the answer</source>
        <translation>HTTP status of the answer</translation>
    </message>
    <message>
        <source>&amp;Decode</source>
        <translation>&amp;Decode</translation>
    </message>
</context>
<context>
    <name>ErrorLookup</name>
    <message>
        <source>Status 400 is shared by four OTP messages; decode the message or the whole body instead.</source>
        <translation>Status 400 is shared by four OTP messages; decode the message or the whole body instead.</translation>
    </message>
</context>
<context>
    <name>ExchangeRepository</name>
    <message>
        <source>Could not add the call to the history: %1. Check that the disk is not full and the data folder is writable.</source>
        <translation>Could not add the call to the history: %1. Check that the disk is not full and the data folder is writable.</translation>
    </message>
    <message>
        <source>Could not clear the history: %1. Check that the data folder is writable.</source>
        <translation>Could not clear the history: %1. Check that the data folder is writable.</translation>
    </message>
</context>
<context>
    <name>ExpiryPeriod</name>
    <message>
        <source>The expiry period must be written as HH:mm, for example 00:05 for five minutes (ERROR_TTL_FORMAT).</source>
        <translation>The expiry period must be written as HH:mm, for example 00:05 for five minutes (ERROR_TTL_FORMAT).</translation>
    </message>
    <message>
        <source>The expiry period must be between 00:05 and 11:00 (5 minutes to 11 hours); %1 is outside that range (ERROR_TTL).</source>
        <translation>The expiry period must be between 00:05 and 11:00 (5 minutes to 11 hours); %1 is outside that range (ERROR_TTL).</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Manage, test and sandbox ThaiBulkSMS OTP apps.</source>
        <translation>Manage, test and sandbox ThaiBulkSMS OTP apps.</translation>
    </message>
    <message>
        <source>Language of the interface: en or th.</source>
        <translation>Language of the interface: en or th.</translation>
    </message>
    <message>
        <source>Do not start the embedded sandbox.</source>
        <translation>Do not start the embedded sandbox.</translation>
    </message>
    <message>
        <source>Port of the embedded sandbox (default 8765).</source>
        <translation>Port of the embedded sandbox (default 8765).</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown and idle (start-up measurements).</source>
        <translation>Quit as soon as the window is shown and idle (start-up measurements).</translation>
    </message>
    <message>
        <source>OTP Manager cannot start</source>
        <translation>OTP Manager cannot start</translation>
    </message>
    <message>
        <source>OTP Manager is already running</source>
        <translation>OTP Manager is already running</translation>
    </message>
    <message>
        <source>OTP Manager cannot open its data</source>
        <translation>OTP Manager cannot open its data</translation>
    </message>
    <message>
        <source>The database was damaged</source>
        <translation>The database was damaged</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>InboxRepository</name>
    <message>
        <source>Could not update the sandbox inbox: %1. Check that the disk is not full and the data folder is writable.</source>
        <translation>Could not update the sandbox inbox: %1. Check that the disk is not full and the data folder is writable.</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>OTP Manager is already running (process %1 on %2) and is using the data folder %3. Switch to that window, or close it and try again. To run a second copy at the same time, start it with another --data-dir.</source>
        <translation>OTP Manager is already running (process %1 on %2) and is using the data folder %3. Switch to that window, or close it and try again. To run a second copy at the same time, start it with another --data-dir.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>Another OTP Manager is using the data folder %1. Close it and try again, or start this one with another --data-dir.</source>
        <translation>Another OTP Manager is using the data folder %1. Close it and try again, or start this one with another --data-dir.</translation>
    </message>
    <message>
        <source>Could not create the lock file in the data folder %1: permission denied. Make the folder writable for you, or start OTP Manager with another --data-dir.</source>
        <translation>Could not create the lock file in the data folder %1: permission denied. Make the folder writable for you, or start OTP Manager with another --data-dir.</translation>
    </message>
    <message>
        <source>Could not create the lock file %1. Check that the data folder exists and the disk is not full, or start OTP Manager with another --data-dir.</source>
        <translation>Could not create the lock file %1. Check that the data folder exists and the disk is not full, or start OTP Manager with another --data-dir.</translation>
    </message>
</context>
<context>
    <name>IpRangeList</name>
    <message>
        <source>&quot;%1&quot; is not an IP address or CIDR block. Write one address per line, for example 203.0.113.7, 203.0.113.0/24 or 2001:db8::/32.</source>
        <translation>&quot;%1&quot; is not an IP address or CIDR block. Write one address per line, for example 203.0.113.7, 203.0.113.0/24 or 2001:db8::/32.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set; it is saved as the block %2.</source>
        <translation>&quot;%1&quot; has host bits set; it is saved as the block %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once; the copy is dropped.</source>
        <translation>&quot;%1&quot; is listed more than once; the copy is dropped.</translation>
    </message>
    <message>
        <source>The trusted IP range has %1 entries; at most %2 are allowed. Merge addresses into CIDR blocks.</source>
        <translation>The trusted IP range has %1 entries; at most %2 are allowed. Merge addresses into CIDR blocks.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The Test console will live here: request an OTP, verify a PIN and read every answer decoded, with the raw exchange and the call history.</source>
        <translation>The Test console will live here: request an OTP, verify a PIN and read every answer decoded, with the raw exchange and the call history.</translation>
    </message>
    <message>
        <source>The Sandbox inbox will live here: every SMS the sandbox “sent”, with its code, reference and expiry, and the sandbox&apos;s fault injection controls.</source>
        <translation>The Sandbox inbox will live here: every SMS the sandbox “sent”, with its code, reference and expiry, and the sandbox&apos;s fault injection controls.</translation>
    </message>
    <message>
        <source>OTP Manager</source>
        <translation>OTP Manager</translation>
    </message>
    <message>
        <source>OTP Apps</source>
        <translation>OTP Apps</translation>
    </message>
    <message>
        <source>Test console</source>
        <translation>Test console</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>Sandbox inbox</translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>Error codes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New OTP App…</source>
        <translation>&amp;New OTP App…</translation>
    </message>
    <message>
        <source>&amp;Import Apps…</source>
        <translation>&amp;Import Apps…</translation>
    </message>
    <message>
        <source>&amp;Export Apps…</source>
        <translation>&amp;Export Apps…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About OTP Manager</source>
        <translation>&amp;About OTP Manager</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Sandbox running at %1</translation>
    </message>
    <message>
        <source>Sandbox could not start: %1</source>
        <translation>Sandbox could not start: %1</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>Sandbox stopped</translation>
    </message>
    <message>
        <source>Keychain: checking…</source>
        <translation>Keychain: checking…</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>Keychain: available</translation>
    </message>
    <message>
        <source>Keychain: unavailable</source>
        <translation>Keychain: unavailable</translation>
    </message>
    <message>
        <source>No system keychain is reachable, so App Secrets cannot be saved. %1
You can keep them in memory for this session only: they are forgotten when OTP Manager closes.</source>
        <translation>No system keychain is reachable, so App Secrets cannot be saved. %1
You can keep them in memory for this session only: they are forgotten when OTP Manager closes.</translation>
    </message>
    <message>
        <source>Use session-only mode</source>
        <translation>Use session-only mode</translation>
    </message>
    <message>
        <source>Keychain: session-only</source>
        <translation>Keychain: session-only</translation>
    </message>
    <message>
        <source>Session-only mode: App Secrets are kept in memory and forgotten when OTP Manager closes.</source>
        <translation>Session-only mode: App Secrets are kept in memory and forgotten when OTP Manager closes.</translation>
    </message>
    <message>
        <source>Import OTP Apps</source>
        <translation>Import OTP Apps</translation>
    </message>
    <message>
        <source>OTP Manager apps (*.json);;All files (*)</source>
        <translation>OTP Manager apps (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>App Secret of “%1” (from the ThaiBulkSMS dashboard):</source>
        <translation>App Secret of “%1” (from the ThaiBulkSMS dashboard):</translation>
    </message>
    <message>
        <source>“%1” was skipped: no App Secret given.</source>
        <translation>“%1” was skipped: no App Secret given.</translation>
    </message>
    <message>
        <source>“%1” was renamed “%2”: the name was taken.</source>
        <translation>“%1” was renamed “%2”: the name was taken.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) imported.</source>
        <translation>
            <numerusform>%n app imported.</numerusform>
            <numerusform>%n apps imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OTP Apps</source>
        <translation>Export OTP Apps</translation>
    </message>
    <message>
        <source>OTP Manager apps (*.json)</source>
        <translation>OTP Manager apps (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n app(s) to %1 (without App Secrets).</source>
        <translation>
            <numerusform>Exported %n app to %1 (without App Secrets).</numerusform>
            <numerusform>Exported %n apps to %1 (without App Secrets).</numerusform>
        </translation>
    </message>
    <message>
        <source>About OTP Manager</source>
        <translation>About OTP Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OTP Manager %1&lt;/h3&gt;&lt;p&gt;Manage, test and sandbox ThaiBulkSMS SMS-OTP apps.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OTP Manager %1&lt;/h3&gt;&lt;p&gt;Manage, test and sandbox ThaiBulkSMS SMS-OTP apps.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Msisdn</name>
    <message>
        <source>Enter a Thai mobile number, for example 0812345678, 66812345678 or +66812345678.</source>
        <translation>Enter a Thai mobile number, for example 0812345678, 66812345678 or +66812345678.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Thai mobile number. Use 0812345678, 66812345678 or +66812345678 (10 digits starting 06, 08 or 09; spaces and dashes are fine).</source>
        <translation>&quot;%1&quot; is not a Thai mobile number. Use 0812345678, 66812345678 or +66812345678 (10 digits starting 06, 08 or 09; spaces and dashes are fine).</translation>
    </message>
</context>
<context>
    <name>OtpAppService</name>
    <message>
        <source>No keychain is available for App Secrets. Accept the session-only mode or make the system keychain available, then try again.</source>
        <translation>No keychain is available for App Secrets. Accept the session-only mode or make the system keychain available, then try again.</translation>
    </message>
    <message>
        <source>This app no longer exists; it may have been deleted.</source>
        <translation>This app no longer exists; it may have been deleted.</translation>
    </message>
</context>
<context>
    <name>OtpAppValidator</name>
    <message>
        <source>Enter an app name, for example the name of your website or mobile app.</source>
        <translation>Enter an app name, for example the name of your website or mobile app.</translation>
    </message>
    <message>
        <source>The app name must be on one line; remove line breaks and tabs.</source>
        <translation>The app name must be on one line; remove line breaks and tabs.</translation>
    </message>
    <message>
        <source>The app name has %1 characters; shorten it to at most %2.</source>
        <translation>The app name has %1 characters; shorten it to at most %2.</translation>
    </message>
    <message>
        <source>Another app is already called &quot;%1&quot;; choose a different name.</source>
        <translation>Another app is already called &quot;%1&quot;; choose a different name.</translation>
    </message>
    <message>
        <source>Enter a contact email address, for example qa@example.com.</source>
        <translation>Enter a contact email address, for example qa@example.com.</translation>
    </message>
    <message>
        <source>The email address contains a space or line break; remove it.</source>
        <translation>The email address contains a space or line break; remove it.</translation>
    </message>
    <message>
        <source>The email address has %1 characters; at most %2 are allowed.</source>
        <translation>The email address has %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an email address. Use the form name@domain.tld, for example qa@example.com.</source>
        <translation>&quot;%1&quot; does not look like an email address. Use the form name@domain.tld, for example qa@example.com.</translation>
    </message>
    <message>
        <source>Enter the name of the contact person or team.</source>
        <translation>Enter the name of the contact person or team.</translation>
    </message>
    <message>
        <source>The contact name has %1 characters; shorten it to at most %2.</source>
        <translation>The contact name has %1 characters; shorten it to at most %2.</translation>
    </message>
    <message>
        <source>The OTP code must have between %1 and %2 digits; %3 is not allowed.</source>
        <translation>The OTP code must have between %1 and %2 digits; %3 is not allowed.</translation>
    </message>
    <message>
        <source>Enter the SMS message template; it must contain {otp} where the code goes.</source>
        <translation>Enter the SMS message template; it must contain {otp} where the code goes.</translation>
    </message>
    <message>
        <source>The template must contain {otp}, where the code is inserted.</source>
        <translation>The template must contain {otp}, where the code is inserted.</translation>
    </message>
    <message>
        <source>The template contains {otp} more than once; keep exactly one.</source>
        <translation>The template contains {otp} more than once; keep exactly one.</translation>
    </message>
    <message>
        <source>User template not match: %1 is not a placeholder. Use {otp}, {ref}, {app} or {minutes}, or write {{ and }} for literal braces.</source>
        <translation>User template not match: %1 is not a placeholder. Use {otp}, {ref}, {app} or {minutes}, or write {{ and }} for literal braces.</translation>
    </message>
    <message>
        <source>The template has an unmatched &quot;%1&quot; at position %2. Write {{ or }} for a literal brace.</source>
        <translation>The template has an unmatched &quot;%1&quot; at position %2. Write {{ or }} for a literal brace.</translation>
    </message>
    <message>
        <source>The message is too long: it needs %1 SMS segments and at most %2 are allowed. Shorten the template.</source>
        <translation>The message is too long: it needs %1 SMS segments and at most %2 are allowed. Shorten the template.</translation>
    </message>
    <message>
        <source>The message is sent as %1 SMS segments, and each segment costs one credit. Shorten it to fit in one.</source>
        <translation>The message is sent as %1 SMS segments, and each segment costs one credit. Shorten it to fit in one.</translation>
    </message>
    <message>
        <source>Paste the App Key shown on the app&apos;s page of the ThaiBulkSMS OTP dashboard.</source>
        <translation>Paste the App Key shown on the app&apos;s page of the ThaiBulkSMS OTP dashboard.</translation>
    </message>
    <message>
        <source>The App Key must be 1 to %1 visible ASCII characters without spaces; copy it again from the dashboard.</source>
        <translation>The App Key must be 1 to %1 visible ASCII characters without spaces; copy it again from the dashboard.</translation>
    </message>
    <message>
        <source>App Keys are usually 16 digits; check that you copied the whole key.</source>
        <translation>App Keys are usually 16 digits; check that you copied the whole key.</translation>
    </message>
    <message>
        <source>Enter the base URL of the custom server, for example https://otp.staging.example.com.</source>
        <translation>Enter the base URL of the custom server, for example https://otp.staging.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Use the form https://host[:port][/path].</source>
        <translation>&quot;%1&quot; is not a web address. Use the form https://host[:port][/path].</translation>
    </message>
    <message>
        <source>The App Secret would travel unencrypted. Use https, or plain http only to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>The App Secret would travel unencrypted. Use https, or plain http only to this computer (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>Paste the App Secret shown on the app&apos;s page of the ThaiBulkSMS OTP dashboard.</source>
        <translation>Paste the App Secret shown on the app&apos;s page of the ThaiBulkSMS OTP dashboard.</translation>
    </message>
    <message>
        <source>The App Secret must be 1 to %1 visible ASCII characters without spaces; copy it again from the dashboard.</source>
        <translation>The App Secret must be 1 to %1 visible ASCII characters without spaces; copy it again from the dashboard.</translation>
    </message>
    <message>
        <source>App Secrets are usually 32 lower-case hexadecimal characters; check that you copied the whole secret.</source>
        <translation>App Secrets are usually 32 lower-case hexadecimal characters; check that you copied the whole secret.</translation>
    </message>
</context>
<context>
    <name>OtpCtl</name>
    <message>
        <source>Usage: otpctl COMMAND [options]</source>
        <translation>Usage: otpctl COMMAND [options]</translation>
    </message>
    <message>
        <source>Command-line companion of OTP Manager for ThaiBulkSMS OTP apps.</source>
        <translation>Command-line companion of OTP Manager for ThaiBulkSMS OTP apps.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Language of the output.</source>
        <translation>Language of the output.</translation>
    </message>
    <message>
        <source>Run &quot;otpctl COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Run &quot;otpctl COMMAND --help&quot; for a command&apos;s options.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 API or validation error, 2 usage error, 3 transport or system error.</source>
        <translation>Exit codes: 0 ok, 1 API or validation error, 2 usage error, 3 transport or system error.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Run &quot;otpctl --help&quot; for the list of commands.</source>
        <translation>Run &quot;otpctl --help&quot; for the list of commands.</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>Latency and jitter must be between 0 and %1 ms.</source>
        <translation>Latency and jitter must be between 0 and %1 ms.</translation>
    </message>
    <message>
        <source>Row %1 is not in the error catalog; choose a row from 1 to %2.</source>
        <translation>Row %1 is not in the error catalog; choose a row from 1 to %2.</translation>
    </message>
    <message>
        <source>The number of requests to fail cannot be negative.</source>
        <translation>The number of requests to fail cannot be negative.</translation>
    </message>
    <message>
        <source>The share of requests to fail must be between 0 and 1.</source>
        <translation>The share of requests to fail must be between 0 and 1.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Port %1 is already in use; choose another port or stop the other program.</source>
        <translation>Port %1 is already in use; choose another port or stop the other program.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights; choose a port above 1023.</source>
        <translation>Port %1 needs administrator rights; choose a port above 1023.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer; bind 127.0.0.1 or one of its own addresses.</source>
        <translation>%1 is not an address of this computer; bind 127.0.0.1 or one of its own addresses.</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on %1 port %2: %3</source>
        <extracomment>%1 address, %2 port, %3 the system&apos;s reason</extracomment>
        <translation>The sandbox cannot listen on %1 port %2: %3</translation>
    </message>
    <message>
        <source>The sandbox is already running at %1; stop it first.</source>
        <translation>The sandbox is already running at %1; stop it first.</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: other machines could reach the sandbox and read its codes. Bind 127.0.0.1, or allow non-loopback addresses explicitly.</source>
        <translation>%1 is not a loopback address: other machines could reach the sandbox and read its codes. Bind 127.0.0.1, or allow non-loopback addresses explicitly.</translation>
    </message>
    <message>
        <source>The sandbox listens on %1, which other machines may reach; anyone there can request codes and its credentials are not secret.</source>
        <translation>The sandbox listens on %1, which other machines may reach; anyone there can request codes and its credentials are not secret.</translation>
    </message>
    <message>
        <source>The sandbox could not accept a connection: %1</source>
        <translation>The sandbox could not accept a connection: %1</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>The system keychain reported an unknown problem. Try again.</source>
        <translation>The system keychain reported an unknown problem. Try again.</translation>
    </message>
    <message>
        <source>No App Secret was found for this app in the system keychain. If your keyring is locked, unlock it and try again; otherwise enter the secret again in the app&apos;s settings.</source>
        <translation>No App Secret was found for this app in the system keychain. If your keyring is locked, unlock it and try again; otherwise enter the secret again in the app&apos;s settings.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so the App Secret cannot be kept safely. Log in to a desktop session with a keyring service (GNOME Keyring or KWallet on Linux, Keychain on macOS, Credential Manager on Windows) and try again, or continue in session-only mode, where secrets are forgotten when OTP Manager closes.</source>
        <translation>The system keychain cannot be reached, so the App Secret cannot be kept safely. Log in to a desktop session with a keyring service (GNOME Keyring or KWallet on Linux, Keychain on macOS, Credential Manager on Windows) and try again, or continue in session-only mode, where secrets are forgotten when OTP Manager closes.</translation>
    </message>
    <message>
        <source>The system keychain refused access: it is locked, or access was denied. Unlock your keyring (for example in “Passwords and Keys”), allow OTP Manager to use it, and try again.</source>
        <translation>The system keychain refused access: it is locked, or access was denied. Unlock your keyring (for example in “Passwords and Keys”), allow OTP Manager to use it, and try again.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be locked and waiting for a password, or no keyring service is running. Unlock or start it, then try again.</source>
        <translation>The system keychain did not answer in time. It may be locked and waiting for a password, or no keyring service is running. Unlock or start it, then try again.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request. Try again; if it keeps failing, restart the keyring service or your session.</source>
        <translation>The system keychain could not complete the request. Try again; if it keeps failing, restart the keyring service or your session.</translation>
    </message>
    <message>
        <source>(Keychain says: %1)</source>
        <translation>(Keychain says: %1)</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked and waiting for a password, or no keyring service is running. Unlock or start it, then try again.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second. It may be locked and waiting for a password, or no keyring service is running. Unlock or start it, then try again.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds. It may be locked and waiting for a password, or no keyring service is running. Unlock or start it, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Sandbox port</source>
        <translation>Sandbox port</translation>
    </message>
    <message>
        <source>The sandbox listens on http://127.0.0.1 at this port</source>
        <translation>The sandbox listens on http://127.0.0.1 at this port</translation>
    </message>
    <message>
        <source>&amp;Start the sandbox when OTP Manager starts</source>
        <translation>&amp;Start the sandbox when OTP Manager starts</translation>
    </message>
</context>
<context>
    <name>SmsPreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>OTP SMS</source>
        <translation>OTP SMS</translation>
    </message>
    <message>
        <source>SMS preview</source>
        <translation>SMS preview</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>UCS-2 (Unicode)</source>
        <translation>UCS-2 (Unicode)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <comment>segments</comment>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this SMS</source>
        <translation>
            <numerusform>%n left in this SMS</numerusform>
            <numerusform>%n left in this SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent as %n SMS: each one costs a credit.</source>
        <translation>
            <numerusform>Sent as %n SMS: each one costs a credit.</numerusform>
            <numerusform>Sent as %n SMS: each one costs a credit.</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS length</source>
        <translation>SMS length</translation>
    </message>
</context>
</TS>
