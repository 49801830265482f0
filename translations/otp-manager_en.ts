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
    <message>
        <source>%1: fails with %2</source>
        <extracomment>A test number and its fixed code: &quot;+66800000001: code 123456&quot;.</extracomment>
        <translation>%1: fails with %2</translation>
    </message>
    <message>
        <source>%1: code %2</source>
        <translation>%1: code %2</translation>
    </message>
    <message>
        <source>Test numbers:</source>
        <translation>Test numbers:</translation>
    </message>
    <message>
        <source>The App Secret was cleared from the clipboard.</source>
        <translation>The App Secret was cleared from the clipboard.</translation>
    </message>
    <message>
        <source>Copied the App Key of “%1”.</source>
        <translation>Copied the App Key of “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the App Secret of “%1”; it is cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Copied the App Secret of “%1”; it is cleared from the clipboard in %n second.</numerusform>
            <numerusform>Copied the App Secret of “%1”; it is cleared from the clipboard in %n seconds.</numerusform>
        </translation>
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
    <message>
        <source>Test n&amp;umbers</source>
        <translation>Test n&amp;umbers</translation>
    </message>
    <message>
        <source>This app keeps its App Key and App Secret: saving changes only what is in this form.</source>
        <translation>This app keeps its App Key and App Secret: saving changes only what is in this form.</translation>
    </message>
</context>
<context>
    <name>AppEditorFlow</name>
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
    <message>
        <source>“%1” contains invalid text: a \u escape of half a character (a lone surrogate such as \ud800). Correct it in the file and import again.</source>
        <translation>“%1” contains invalid text: a \u escape of half a character (a lone surrogate such as \ud800). Correct it in the file and import again.</translation>
    </message>
    <message>
        <source>“%1” contains invalid text (“%2”): a \u escape of half a character (a lone surrogate such as \ud800). Correct it in the file and import again.</source>
        <translation>“%1” contains invalid text (“%2”): a \u escape of half a character (a lone surrogate such as \ud800). Correct it in the file and import again.</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is empty text; it must be the number %1. Correct the file, or export the apps again.</source>
        <translation>The file&apos;s “version” is empty text; it must be the number %1. Correct the file, or export the apps again.</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is the text &quot;%1&quot;; it must be the number %2, written without quotes. Correct the file, or export the apps again.</source>
        <translation>The file&apos;s “version” is the text &quot;%1&quot;; it must be the number %2, written without quotes. Correct the file, or export the apps again.</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is null; it must be the number %1. Correct the file, or export the apps again.</source>
        <translation>The file&apos;s “version” is null; it must be the number %1. Correct the file, or export the apps again.</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is %1 (true or false); it must be the number %2. Correct the file, or export the apps again.</source>
        <translation>The file&apos;s “version” is %1 (true or false); it must be the number %2. Correct the file, or export the apps again.</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is a list; it must be the number %1. Correct the file, or export the apps again.</source>
        <translation>The file&apos;s “version” is a list; it must be the number %1. Correct the file, or export the apps again.</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is an object; it must be the number %1. Correct the file, or export the apps again.</source>
        <translation>The file&apos;s “version” is an object; it must be the number %1. Correct the file, or export the apps again.</translation>
    </message>
</context>
<context>
    <name>AppRepository</name>
    <message>
        <source>An app with the id %1 already exists. Import it as a new app instead.</source>
        <translation>An app with the id %1 already exists. Import it as a new app instead.</translation>
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
    <name>AppsCommand</name>
    <message>
        <source>App Secret (standard input)</source>
        <translation>App Secret (standard input)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>local sandbox</source>
        <translation>local sandbox</translation>
    </message>
    <message>
        <source>List, add, remove, export or import the OTP apps of the local store.</source>
        <translation>List, add, remove, export or import the OTP apps of the local store.</translation>
    </message>
    <message>
        <source>Usage: otpctl apps ACTION [options]</source>
        <translation>Usage: otpctl apps ACTION [options]</translation>
    </message>
    <message>
        <source>The OTP apps of the local store (the same as OTP Manager&apos;s), with their App Secrets in the system keychain.</source>
        <translation>The OTP apps of the local store (the same as OTP Manager&apos;s), with their App Secrets in the system keychain.</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <source>Show the apps (--json for scripts).</source>
        <translation>Show the apps (--json for scripts).</translation>
    </message>
    <message>
        <source>Create an app. Sandbox: prints the generated App Key and Secret once. Live and Custom: reads the App Secret from standard input.</source>
        <translation>Create an app. Sandbox: prints the generated App Key and Secret once. Live and Custom: reads the App Secret from standard input.</translation>
    </message>
    <message>
        <source>Delete an app and its App Secret (its history stays).</source>
        <translation>Delete an app and its App Secret (its history stays).</translation>
    </message>
    <message>
        <source>Write apps as JSON, never with secrets.</source>
        <translation>Write apps as JSON, never with secrets.</translation>
    </message>
    <message>
        <source>Read an apps file; Live and Custom secrets are read from standard input, one line per app.</source>
        <translation>Read an apps file; Live and Custom secrets are read from standard input, one line per app.</translation>
    </message>
    <message>
        <source>Run &quot;otpctl apps ACTION --help&quot; for an action&apos;s options.</source>
        <translation>Run &quot;otpctl apps ACTION --help&quot; for an action&apos;s options.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use list, add, remove, export or import.</source>
        <translation>Unknown action &quot;%1&quot;: use list, add, remove, export or import.</translation>
    </message>
    <message>
        <source>Print one JSON object (for scripts).</source>
        <translation>Print one JSON object (for scripts).</translation>
    </message>
    <message>
        <source>Show the OTP apps of the local store.</source>
        <translation>Show the OTP apps of the local store.</translation>
    </message>
    <message>
        <source>No apps yet. Create one with &quot;otpctl apps add --name NAME --email EMAIL --contact NAME&quot;.</source>
        <translation>No apps yet. Create one with &quot;otpctl apps add --name NAME --email EMAIL --contact NAME&quot;.</translation>
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
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>Calls go to</source>
        <translation>Calls go to</translation>
    </message>
    <message>
        <source>The app name (required).</source>
        <translation>The app name (required).</translation>
    </message>
    <message>
        <source>sandbox (default), live or custom.</source>
        <translation>sandbox (default), live or custom.</translation>
    </message>
    <message>
        <source>Live and Custom: the App Key from the ThaiBulkSMS dashboard.</source>
        <translation>Live and Custom: the App Key from the ThaiBulkSMS dashboard.</translation>
    </message>
    <message>
        <source>Custom: the server&apos;s base URL (https).</source>
        <translation>Custom: the server&apos;s base URL (https).</translation>
    </message>
    <message>
        <source>Contact email (required).</source>
        <translation>Contact email (required).</translation>
    </message>
    <message>
        <source>Contact person or team (required).</source>
        <translation>Contact person or team (required).</translation>
    </message>
    <message>
        <source>Digits of the code, %1 to %2 (default %3).</source>
        <translation>Digits of the code, %1 to %2 (default %3).</translation>
    </message>
    <message>
        <source>The SMS text with {otp}, {ref}, {app}, {minutes} (default: the standard template in the --lang language).</source>
        <translation>The SMS text with {otp}, {ref}, {app}, {minutes} (default: the standard template in the --lang language).</translation>
    </message>
    <message>
        <source>How long a code is valid, HH:mm (default 00:05).</source>
        <translation>How long a code is valid, HH:mm (default 00:05).</translation>
    </message>
    <message>
        <source>A trusted address or CIDR block; repeat for more (default: any).</source>
        <translation>A trusted address or CIDR block; repeat for more (default: any).</translation>
    </message>
    <message>
        <source>Create an OTP app in the local store. A Sandbox app gets a generated App Key and Secret, printed once. For a Live or Custom app the App Secret is read from standard input (typed without echo at a terminal), never from the arguments.</source>
        <translation>Create an OTP app in the local store. A Sandbox app gets a generated App Key and Secret, printed once. For a Live or Custom app the App Secret is read from standard input (typed without echo at a terminal), never from the arguments.</translation>
    </message>
    <message>
        <source>--environment needs sandbox, live or custom, not &quot;%1&quot;.</source>
        <translation>--environment needs sandbox, live or custom, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--digits needs a number.</source>
        <translation>--digits needs a number.</translation>
    </message>
    <message>
        <source>App Secret of “%1”: </source>
        <translation>App Secret of “%1”: </translation>
    </message>
    <message>
        <source>Created “%1” (%2).</source>
        <translation>Created “%1” (%2).</translation>
    </message>
    <message>
        <source>App Key:    %1</source>
        <translation>App Key:    %1</translation>
    </message>
    <message>
        <source>App Secret: %1</source>
        <translation>App Secret: %1</translation>
    </message>
    <message>
        <source>The secret is shown only this once; it is kept in the system keychain. These sandbox credentials work only against the local sandbox.</source>
        <translation>The secret is shown only this once; it is kept in the system keychain. These sandbox credentials work only against the local sandbox.</translation>
    </message>
    <message>
        <source>Its App Secret is stored in the system keychain.</source>
        <translation>Its App Secret is stored in the system keychain.</translation>
    </message>
    <message>
        <source>The app to delete.</source>
        <translation>The app to delete.</translation>
    </message>
    <message>
        <source>Delete an app of the local store and its App Secret in the keychain. The history of its calls stays.</source>
        <translation>Delete an app of the local store and its App Secret in the keychain. The history of its calls stays.</translation>
    </message>
    <message>
        <source>Give exactly one app NAME (quote a name with spaces).</source>
        <translation>Give exactly one app NAME (quote a name with spaces).</translation>
    </message>
    <message>
        <source>There is no app named “%1”. List the apps with &quot;otpctl apps list&quot;.</source>
        <translation>There is no app named “%1”. List the apps with &quot;otpctl apps list&quot;.</translation>
    </message>
    <message>
        <source>Removed “%1”, but its App Secret could not be removed from the keychain: %2</source>
        <translation>Removed “%1”, but its App Secret could not be removed from the keychain: %2</translation>
    </message>
    <message>
        <source>Removed “%1” and its App Secret.</source>
        <translation>Removed “%1” and its App Secret.</translation>
    </message>
    <message>
        <source>The apps to export (default: all).</source>
        <translation>The apps to export (default: all).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Write to this file instead of standard output.</translation>
    </message>
    <message>
        <source>Write apps in the apps file format (docs/file-formats.md). Secrets are never written.</source>
        <translation>Write apps in the apps file format (docs/file-formats.md). Secrets are never written.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n app(s) to %1.</source>
        <translation>
            <numerusform>Exported %n app to %1.</numerusform>
            <numerusform>Exported %n apps to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The apps file to read.</source>
        <translation>The apps file to read.</translation>
    </message>
    <message>
        <source>Give exactly one FILE.json to import.</source>
        <translation>Give exactly one FILE.json to import.</translation>
    </message>
    <message>
        <source>Cannot read the apps file %1.</source>
        <translation>Cannot read the apps file %1.</translation>
    </message>
    <message>
        <source>Note: “%1”: %2</source>
        <translation>Note: “%1”: %2</translation>
    </message>
    <message>
        <source>App Secret of “%1” (empty: none for now): </source>
        <translation>App Secret of “%1” (empty: none for now): </translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>“%1” was not imported: %2</translation>
    </message>
    <message>
        <source>Imported “%1” (%2).</source>
        <translation>Imported “%1” (%2).</translation>
    </message>
    <message>
        <source>  New App Key:    %1</source>
        <translation>  New App Key:    %1</translation>
    </message>
    <message>
        <source>  New App Secret: %1 (shown only this once)</source>
        <translation>  New App Secret: %1 (shown only this once)</translation>
    </message>
    <message>
        <source>“%1” has no App Secret yet: calls need it. Add it in OTP Manager (edit the app).</source>
        <translation>“%1” has no App Secret yet: calls need it. Add it in OTP Manager (edit the app).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n app(s).</source>
        <translation>
            <numerusform>Imported %1 of %n app.</numerusform>
            <numerusform>Imported %1 of %n apps.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Renamed: the file calls it “%1”, a name already taken.</source>
        <translation>  Renamed: the file calls it “%1”, a name already taken.</translation>
    </message>
    <message>
        <source>The import was cancelled; no app was imported.</source>
        <translation>The import was cancelled; no app was imported.</translation>
    </message>
    <message>
        <source>Already there: “%1” (%2), left as it is.</source>
        <translation>Already there: “%1” (%2), left as it is.</translation>
    </message>
    <message>
        <source>Import apps from an apps file, all or nothing. Apps already stored (same App Key) are left as they are. Sandbox apps keep the &quot;key&quot; and &quot;secret&quot; of the file, or get new ones (printed once). For each Live or Custom app to import, one line of standard input is read as its App Secret, in the file&apos;s order; an empty line or the end of input imports the app without a secret.</source>
        <translation>Import apps from an apps file, all or nothing. Apps already stored (same App Key) are left as they are. Sandbox apps keep the &quot;key&quot; and &quot;secret&quot; of the file, or get new ones (printed once). For each Live or Custom app to import, one line of standard input is read as its App Secret, in the file&apos;s order; an empty line or the end of input imports the app without a secret.</translation>
    </message>
    <message>
        <source>Storing App Secrets in the keychain: %1 of %2</source>
        <translation>Storing App Secrets in the keychain: %1 of %2</translation>
    </message>
</context>
<context>
    <name>AppsFileActions</name>
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
        <source>“%1” was imported without its App Secret: add it by editing the app before calling the API.</source>
        <translation>“%1” was imported without its App Secret: add it by editing the app before calling the API.</translation>
    </message>
    <message>
        <source>“%1” got new sandbox credentials: reveal them in its details.</source>
        <translation>“%1” got new sandbox credentials: reveal them in its details.</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>“%1” was not imported: %2</translation>
    </message>
    <message>
        <source>Note: “%1”: %2</source>
        <translation>Note: “%1”: %2</translation>
    </message>
    <message>
        <source>An import is still being stored; try again when it has finished.</source>
        <translation>An import is still being stored; try again when it has finished.</translation>
    </message>
    <message>
        <source>Import cancelled: no app was imported.</source>
        <translation>Import cancelled: no app was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) of the file were not imported.</source>
        <translation>
            <numerusform>%n app of the file were not imported.</numerusform>
            <numerusform>%n apps of the file were not imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is already there: left as it is.</source>
        <translation>“%1” is already there: left as it is.</translation>
    </message>
    <message>
        <source>Storing the App Secrets in the keychain…</source>
        <translation>Storing the App Secrets in the keychain…</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Cancel Import</translation>
    </message>
    <message>
        <source>Importing Apps</source>
        <translation>Importing Apps</translation>
    </message>
    <message>
        <source>Cancelling: removing the secrets already stored…</source>
        <translation>Cancelling: removing the secrets already stored…</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to and try again.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason (e.g. &quot;Permission denied&quot;)</extracomment>
        <translation>Could not write %1: %2. Choose a folder you can write to and try again.</translation>
    </message>
</context>
<context>
    <name>BackgroundDatabaseCheck</name>
    <message>
        <source>OTP Manager found damage in its database %1 (%2). Some apps, calls or messages may be missing or wrong. Export your apps now (File ▸ Export Apps…) while they can still be read. The next time OTP Manager starts, it sets the damaged file aside (nothing is deleted) and starts a new, empty database: import your apps into it again.</source>
        <translation>OTP Manager found damage in its database %1 (%2). Some apps, calls or messages may be missing or wrong. Export your apps now (File ▸ Export Apps…) while they can still be read. The next time OTP Manager starts, it sets the damaged file aside (nothing is deleted) and starts a new, empty database: import your apps into it again.</translation>
    </message>
    <message>
        <source>OTP Manager found damage in its database %1 (%2). Some apps, calls or messages may be missing or wrong. Export your apps now (File ▸ Export Apps…) while they can still be read, quit OTP Manager and move the file somewhere else; the next start makes a new, empty database. (The damage could not be noted for the next start: %3)</source>
        <translation>OTP Manager found damage in its database %1 (%2). Some apps, calls or messages may be missing or wrong. Export your apps now (File ▸ Export Apps…) while they can still be read, quit OTP Manager and move the file somewhere else; the next start makes a new, empty database. (The damage could not be noted for the next start: %3)</translation>
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
    <message>
        <source>Nothing else was done (exit code %1). Run the command again to use the new, empty database.</source>
        <translation>Nothing else was done (exit code %1). Run the command again to use the new, empty database.</translation>
    </message>
</context>
<context>
    <name>CodeCommand</name>
    <message>
        <source>The phone number the message went to (required).</source>
        <translation>The phone number the message went to (required).</translation>
    </message>
    <message>
        <source>Only messages of this sandbox app (name or App Key).</source>
        <translation>Only messages of this sandbox app (name or App Key).</translation>
    </message>
    <message>
        <source>Only messages created after this message id or ISO-8601 time.</source>
        <translation>Only messages created after this message id or ISO-8601 time.</translation>
    </message>
    <message>
        <source>Wait up to S seconds (0 to 60) for a message to arrive (default 0).</source>
        <translation>Wait up to S seconds (0 to 60) for a message to arrive (default 0).</translation>
    </message>
    <message>
        <source>Where the sandbox listens (default: OTP_SANDBOX_URL, else http://127.0.0.1:%1).</source>
        <translation>Where the sandbox listens (default: OTP_SANDBOX_URL, else http://127.0.0.1:%1).</translation>
    </message>
    <message>
        <source>The sandbox&apos;s control API token (default: OTP_SANDBOX_API_TOKEN).</source>
        <translation>The sandbox&apos;s control API token (default: OTP_SANDBOX_API_TOKEN).</translation>
    </message>
    <message>
        <source>Print the whole message as one JSON object.</source>
        <translation>Print the whole message as one JSON object.</translation>
    </message>
    <message>
        <source>The sandbox URL needs to be an http or https URL such as http://127.0.0.1:8765, not &quot;%1&quot;.</source>
        <translation>The sandbox URL needs to be an http or https URL such as http://127.0.0.1:8765, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Print the code of the newest message a sandbox delivered to a number.</source>
        <translation>Print the code of the newest message a sandbox delivered to a number.</translation>
    </message>
    <message>
        <source>Print the code of the newest OTP message a sandbox (otpctl sandbox or OTP Manager&apos;s) delivered to a number, through its control API.
Exit code 0: printed; 1: not a Thai mobile number; 2: usage error; 3: no sandbox answered; 5: no message came; 6: the control API token is missing or wrong.</source>
        <translation>Print the code of the newest OTP message a sandbox (otpctl sandbox or OTP Manager&apos;s) delivered to a number, through its control API.
Exit code 0: printed; 1: not a Thai mobile number; 2: usage error; 3: no sandbox answered; 5: no message came; 6: the control API token is missing or wrong.</translation>
    </message>
    <message>
        <source>Give the number with --msisdn.</source>
        <translation>Give the number with --msisdn.</translation>
    </message>
    <message>
        <source>--wait needs seconds from 0 to %1.</source>
        <translation>--wait needs seconds from 0 to %1.</translation>
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
    <message>
        <source>Keep the database and its lock file in &lt;dir&gt; instead of the standard location (also: environment variable %1). Preferences stay where the system keeps them.</source>
        <translation>Keep the database and its lock file in &lt;dir&gt; instead of the standard location (also: environment variable %1). Preferences stay where the system keeps them.</translation>
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
    <message>
        <source>The database %1 is damaged (%2). It was left as it is because OTP Manager is using this data folder: set aside now, OTP Manager would go on writing into the old file. Quit OTP Manager, then run the command again.</source>
        <translation>The database %1 is damaged (%2). It was left as it is because OTP Manager is using this data folder: set aside now, OTP Manager would go on writing into the old file. Quit OTP Manager, then run the command again.</translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>its header names no valid page size (%1)</source>
        <translation>its header names no valid page size (%1)</translation>
    </message>
    <message>
        <source>the file ends inside a page: %1 bytes are not a whole number of %2-byte pages</source>
        <translation>the file ends inside a page: %1 bytes are not a whole number of %2-byte pages</translation>
    </message>
    <message>
        <source>the file is cut short: its header counts %1 pages, the file holds %2</source>
        <translation>the file is cut short: its header counts %1 pages, the file holds %2</translation>
    </message>
</context>
<context>
    <name>DatabaseQuickCheck</name>
    <message>
        <source>Could not check the database %1: %2</source>
        <translation>Could not check the database %1: %2</translation>
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
    <message>
        <source>HTTP s&amp;tatus:</source>
        <translation>HTTP s&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>ErrorLookup</name>
    <message>
        <source>Status 400 is shared by four OTP messages; decode the message or the whole body instead.</source>
        <translation>Status 400 is shared by four OTP messages; decode the message or the whole body instead.</translation>
    </message>
    <message>
        <source>%1 is out of range: not a status code in the catalog.</source>
        <extracomment>%1 is the number the user typed, e.g. 2147483648</extracomment>
        <translation>%1 is out of range: not a status code in the catalog.</translation>
    </message>
</context>
<context>
    <name>ExchangeRecord</name>
    <message>
        <source>This is not an exchange record of OTP Manager (its format is not %1).</source>
        <translation>This is not an exchange record of OTP Manager (its format is not %1).</translation>
    </message>
    <message>
        <source>This exchange record comes from a newer OTP Manager; update to read it.</source>
        <translation>This exchange record comes from a newer OTP Manager; update to read it.</translation>
    </message>
    <message>
        <source>The exchange record is damaged: its start time is not an ISO 8601 time.</source>
        <translation>The exchange record is damaged: its start time is not an ISO 8601 time.</translation>
    </message>
    <message>
        <source>The exchange record is damaged: it has no request.</source>
        <translation>The exchange record is damaged: it has no request.</translation>
    </message>
    <message>
        <source>The exchange record is damaged: its request has a wrong method, URL, headers or body.</source>
        <translation>The exchange record is damaged: its request has a wrong method, URL, headers or body.</translation>
    </message>
    <message>
        <source>The exchange record is damaged: its response has wrong headers or body.</source>
        <translation>The exchange record is damaged: its response has wrong headers or body.</translation>
    </message>
    <message>
        <source>The exchange record is damaged: its response is neither an object nor null.</source>
        <translation>The exchange record is damaged: its response is neither an object nor null.</translation>
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
    <name>ExchangeViewer</name>
    <message>
        <source>[The body was cut at %1 bytes of %2 received.]</source>
        <translation>[The body was cut at %1 bytes of %2 received.]</translation>
    </message>
    <message>
        <source>No response.</source>
        <translation>No response.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Started: %1</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Headers received</source>
        <translation>Headers received</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message numerus="yes">
        <source>Request body: %n byte(s)</source>
        <translation>
            <numerusform>Request body: %n byte</numerusform>
            <numerusform>Request body: %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Response body: %n byte(s)</source>
        <translation>
            <numerusform>Response body: %n byte</numerusform>
            <numerusform>Response body: %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save response body</source>
        <translation>Save response body</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Timings</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Copy as cURL</translation>
    </message>
    <message>
        <source>Copy as cURL with secret</source>
        <translation>Copy as cURL with secret</translation>
    </message>
    <message>
        <source>Reads the App Secret from the keychain and puts it in the command</source>
        <translation>Reads the App Secret from the keychain and puts it in the command</translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation>Copy response</translation>
    </message>
    <message>
        <source>Save body…</source>
        <translation>Save body…</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Response received</translation>
    </message>
    <message>
        <source>Request sent</source>
        <comment>timing phase: the request was written out</comment>
        <translation>Request sent</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <comment>the pane showing the raw request</comment>
        <translation>Request as sent</translation>
    </message>
    <message>
        <source>Copied the response.</source>
        <translation>Copied the response.</translation>
    </message>
    <message>
        <source>Copied the request as cURL. It reads the App Secret from %1: set it once in the shell (%2) before running it.</source>
        <translation>Copied the request as cURL. It reads the App Secret from %1: set it once in the shell (%2) before running it.</translation>
    </message>
    <message>
        <source>Saved the response body to %1.</source>
        <translation>Saved the response body to %1.</translation>
    </message>
    <message>
        <source>The App Secret is not copied: the command reads it from the shell&apos;s variable %1</source>
        <translation>The App Secret is not copied: the command reads it from the shell&apos;s variable %1</translation>
    </message>
    <message>
        <source>Pretty</source>
        <comment>show JSON bodies indented</comment>
        <translation>Pretty</translation>
    </message>
    <message>
        <source>Indents JSON bodies; clear it to see them byte for byte as sent</source>
        <translation>Indents JSON bodies; clear it to see them byte for byte as sent</translation>
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
    <name>FaultInjectionBox</name>
    <message>
        <source>Fault injection</source>
        <translation>Fault injection</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>&amp;Latency:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Added latency in milliseconds</source>
        <translation>Added latency in milliseconds</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>&amp;Jitter:</translation>
    </message>
    <message>
        <source>Random extra latency in milliseconds</source>
        <translation>Random extra latency in milliseconds</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>Normally</source>
        <translation>Normally</translation>
    </message>
    <message>
        <source>With an error</source>
        <translation>With an error</translation>
    </message>
    <message>
        <source>Drop the connection</source>
        <translation>Drop the connection</translation>
    </message>
    <message>
        <source>How the sandbox answers</source>
        <translation>How the sandbox answers</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 · %3</source>
        <translation>HTTP %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Error to return</source>
        <translation>Error to return</translation>
    </message>
    <message>
        <source>Every request</source>
        <translation>Every request</translation>
    </message>
    <message>
        <source>The next N requests</source>
        <translation>The next N requests</translation>
    </message>
    <message>
        <source>A share of requests</source>
        <translation>A share of requests</translation>
    </message>
    <message>
        <source>Which requests the fault hits</source>
        <translation>Which requests the fault hits</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Number of requests</translation>
    </message>
    <message>
        <source>Share of requests in percent</source>
        <translation>Share of requests in percent</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>F&amp;or:</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <comment>field message</comment>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
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
    <message>
        <source>Port of the embedded sandbox for this run (0: any free port; default: the one in Settings, 8765).</source>
        <translation>Port of the embedded sandbox for this run (0: any free port; default: the one in Settings, 8765).</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown, painted and idle, printing that moment (nanoseconds since 1970) for start-up measurements.</source>
        <translation>Quit as soon as the window is shown, painted and idle, printing that moment (nanoseconds since 1970) for start-up measurements.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
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
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About OTP Manager</source>
        <translation>&amp;About OTP Manager</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Clear the history?</source>
        <translation>Clear the history?</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n call(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Remove all %n call from the history? This cannot be undone.</numerusform>
            <numerusform>Remove all %n calls from the history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>History not cleared</source>
        <translation>History not cleared</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Export history as CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Export history as HAR</source>
        <translation>Export history as HAR</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP Archive (*.har)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Call history</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Re-run</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Clear history…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>Export HAR…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>Exported %n call to %1.</numerusform>
            <numerusform>Exported %n calls to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLock</name>
    <message>
        <source>Another import of apps is being stored (process %1 on %2). Try again when it has finished.</source>
        <translation>Another import of apps is being stored (process %1 on %2). Try again when it has finished.</translation>
    </message>
    <message>
        <source>Could not lock the data folder for the import (%1). Check that the folder is writable and try again.</source>
        <translation>Could not lock the data folder for the import (%1). Check that the folder is writable and try again.</translation>
    </message>
</context>
<context>
    <name>ImportSecretsDialog</name>
    <message>
        <source>App Secrets for the Import</source>
        <translation>App Secrets for the Import</translation>
    </message>
    <message>
        <source>These apps need the App Secret shown on their page of the ThaiBulkSMS OTP dashboard. Leave a field empty to import that app without its secret; add it later by editing the app.</source>
        <translation>These apps need the App Secret shown on their page of the ThaiBulkSMS OTP dashboard. Leave a field empty to import that app without its secret; add it later by editing the app.</translation>
    </message>
    <message>
        <source>App</source>
        <extracomment>Column headings of the import&apos;s secrets dialog.</extracomment>
        <translation>App</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>App Secret of “%1”</source>
        <translation>App Secret of “%1”</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The button that imports the apps with the secrets entered.</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 left</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>SMS text</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Burned</source>
        <comment>inbox state: the token was invalidated after too many wrong PINs</comment>
        <translation>Burned</translation>
    </message>
    <message>
        <source>Dropped (token limit)</source>
        <comment>inbox state: the sandbox dropped the unverified token to stay under its cap of stored tokens</comment>
        <translation>Dropped (token limit)</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>inbox state: no running sandbox holds the token any more, so its code can no longer be verified</comment>
        <translation>Lost</translation>
    </message>
    <message>
        <source>The sandbox no longer holds this code: it was restarted or stopped without keeping it, so verifying it answers &quot;Code is invalid.&quot;. Request a new code.</source>
        <translation>The sandbox no longer holds this code: it was restarted or stopped without keeping it, so verifying it answers &quot;Code is invalid.&quot;. Request a new code.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Stop sandbox</source>
        <translation>Stop sandbox</translation>
    </message>
    <message>
        <source>Start sandbox</source>
        <translation>Start sandbox</translation>
    </message>
    <message>
        <source>Clear the inbox?</source>
        <translation>Clear the inbox?</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n message(s) from the sandbox inbox? Their codes stay valid until they expire.</source>
        <translation>
            <numerusform>Remove all %n message from the sandbox inbox? Their codes stay valid until they expire.</numerusform>
            <numerusform>Remove all %n messages from the sandbox inbox? Their codes stay valid until they expire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>Sandbox inbox</translation>
    </message>
    <message>
        <source>Sandbox server</source>
        <translation>Sandbox server</translation>
    </message>
    <message>
        <source>Sandbox messages</source>
        <translation>Sandbox messages</translation>
    </message>
    <message>
        <source>No messages yet. Request an OTP from a sandbox app (Test console, otpctl or your own backend) and its SMS appears here.</source>
        <translation>No messages yet. Request an OTP from a sandbox app (Test console, otpctl or your own backend) and its SMS appears here.</translation>
    </message>
    <message>
        <source>Clear inbox…</source>
        <translation>Clear inbox…</translation>
    </message>
    <message>
        <source>Inbox not cleared</source>
        <translation>Inbox not cleared</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Search the inbox</translation>
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
    <name>InboxRowActions</name>
    <message>
        <source>The sandbox no longer holds this message&apos;s token, so it cannot expire it.</source>
        <translation>The sandbox no longer holds this message&apos;s token, so it cannot expire it.</translation>
    </message>
    <message>
        <source>Advance the sandbox clock</source>
        <translation>Advance the sandbox clock</translation>
    </message>
    <message>
        <source>Move the sandbox&apos;s clock forward by this many minutes:</source>
        <translation>Move the sandbox&apos;s clock forward by this many minutes:</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <source>Expire now</source>
        <translation>Expire now</translation>
    </message>
    <message>
        <source>The sandbox expires this token now, as if its time had run out</source>
        <translation>The sandbox expires this token now, as if its time had run out</translation>
    </message>
    <message>
        <source>Advance clock</source>
        <translation>Advance clock</translation>
    </message>
    <message>
        <source>Move the sandbox&apos;s clock forward for every token (expiry tests)</source>
        <translation>Move the sandbox&apos;s clock forward for every token (expiry tests)</translation>
    </message>
    <message>
        <source>By 1 minute</source>
        <translation>By 1 minute</translation>
    </message>
    <message>
        <source>By 5 minutes</source>
        <translation>By 5 minutes</translation>
    </message>
    <message>
        <source>By…</source>
        <translation>By…</translation>
    </message>
    <message>
        <source>Reset to real time</source>
        <translation>Reset to real time</translation>
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
    <message>
        <source>%L1 entries are not IP addresses or CIDR blocks, the first on line %L2: &quot;%3&quot;. Write one address per line, for example 203.0.113.7, 203.0.113.0/24 or 2001:db8::/32.</source>
        <translation>%L1 entries are not IP addresses or CIDR blocks, the first on line %L2: &quot;%3&quot;. Write one address per line, for example 203.0.113.7, 203.0.113.0/24 or 2001:db8::/32.</translation>
    </message>
    <message>
        <source>%L1 entries have host bits set and are saved as blocks, the first on line %L2: &quot;%3&quot; is saved as %4.</source>
        <translation>%L1 entries have host bits set and are saved as blocks, the first on line %L2: &quot;%3&quot; is saved as %4.</translation>
    </message>
    <message>
        <source>%L1 entries repeat an earlier one and are dropped, the first on line %L2: &quot;%3&quot;.</source>
        <translation>%L1 entries repeat an earlier one and are dropped, the first on line %L2: &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <extracomment>Keyboard shortcuts: a menu and one of its commands</extracomment>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>Test console, in the phone number field: Request OTP</source>
        <translation>Test console, in the phone number field: Request OTP</translation>
    </message>
    <message>
        <source>Test console, in the token or PIN field: Verify</source>
        <translation>Test console, in the token or PIN field: Verify</translation>
    </message>
    <message>
        <source>Test console, anywhere: Verify when the token or PIN field has the focus, Request OTP otherwise</source>
        <translation>Test console, anywhere: Verify when the token or PIN field has the focus, Request OTP otherwise</translation>
    </message>
    <message>
        <source>Test console: find in the raw exchange; Error codes: search the codes; elsewhere: filter the OTP apps</source>
        <translation>Test console: find in the raw exchange; Error codes: search the codes; elsewhere: filter the OTP apps</translation>
    </message>
    <message>
        <source>In a find bar: the next or the previous match</source>
        <translation>In a find bar: the next or the previous match</translation>
    </message>
    <message>
        <source>In a search field: clear it; in a find bar: close it</source>
        <translation>In a search field: clear it; in a find bar: close it</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Reports</source>
        <translation>Reports</translation>
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
    <message>
        <source>%1 “%2” stays in the list without its App Secret, because removing it failed too: %3 Add the secret by editing the app, or delete it.</source>
        <translation>%1 “%2” stays in the list without its App Secret, because removing it failed too: %3 Add the secret by editing the app, or delete it.</translation>
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
    <name>OtpCall</name>
    <message>
        <source>[certificate for %1, issued by %2, valid %3 to %4]</source>
        <translation>[certificate for %1, issued by %2, valid %3 to %4]</translation>
    </message>
    <message>
        <source>No complete answer within %1 s; the call was aborted.</source>
        <translation>No complete answer within %1 s; the call was aborted.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelled by the user.</translation>
    </message>
    <message>
        <source>The answer is larger than 1 MiB; reading stopped after %1 bytes.</source>
        <translation>The answer is larger than 1 MiB; reading stopped after %1 bytes.</translation>
    </message>
    <message>
        <source>The connection closed after %1 of the %2 bytes announced.</source>
        <translation>The connection closed after %1 of the %2 bytes announced.</translation>
    </message>
</context>
<context>
    <name>OtpCallCommand</name>
    <message>
        <source>The App Secret is never taken from the command line, where ps and the shell history would keep it. Set the OTP_SECRET environment variable, or pipe the secret on standard input.</source>
        <translation>The App Secret is never taken from the command line, where ps and the shell history would keep it. Set the OTP_SECRET environment variable, or pipe the secret on standard input.</translation>
    </message>
    <message>
        <source>The app of the local store to call; its App Secret comes from the keychain.</source>
        <translation>The app of the local store to call; its App Secret comes from the keychain.</translation>
    </message>
    <message>
        <source>Call this base URL instead of a stored app (https, or http only to this computer); needs --key.</source>
        <translation>Call this base URL instead of a stored app (https, or http only to this computer); needs --key.</translation>
    </message>
    <message>
        <source>The App Key to send with --base-url. The App Secret is read from the OTP_SECRET environment variable, else from standard input.</source>
        <translation>The App Key to send with --base-url. The App Secret is read from the OTP_SECRET environment variable, else from standard input.</translation>
    </message>
    <message>
        <source>API version: v1 or v2 (default v2).</source>
        <translation>API version: v1 or v2 (default v2).</translation>
    </message>
    <message>
        <source>Send the body as JSON instead of application/x-www-form-urlencoded.</source>
        <translation>Send the body as JSON instead of application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object (for scripts).</source>
        <translation>Print the result as one JSON object (for scripts).</translation>
    </message>
    <message>
        <source>Give up after S seconds for the whole call (default 15).</source>
        <translation>Give up after S seconds for the whole call (default 15).</translation>
    </message>
    <message>
        <source>Where the sandbox listens, for Sandbox apps (default %1).</source>
        <translation>Where the sandbox listens, for Sandbox apps (default %1).</translation>
    </message>
    <message>
        <source>Base URL for Live apps instead of %1 (e.g. a staging proxy).</source>
        <translation>Base URL for Live apps instead of %1 (e.g. a staging proxy).</translation>
    </message>
    <message>
        <source>Do not add the call to the history of the local store.</source>
        <translation>Do not add the call to the history of the local store.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; every value goes with an option.</source>
        <translation>Unexpected argument &quot;%1&quot;; every value goes with an option.</translation>
    </message>
    <message>
        <source>Give either --app NAME (an app of the local store) or --base-url URL with --key KEY.</source>
        <translation>Give either --app NAME (an app of the local store) or --base-url URL with --key KEY.</translation>
    </message>
    <message>
        <source>--base-url needs --key KEY (the App Key from the dashboard).</source>
        <translation>--base-url needs --key KEY (the App Key from the dashboard).</translation>
    </message>
    <message>
        <source>--key goes with --base-url; a stored app has its own key.</source>
        <translation>--key goes with --base-url; a stored app has its own key.</translation>
    </message>
    <message>
        <source>--api needs v1 or v2, not &quot;%1&quot;.</source>
        <translation>--api needs v1 or v2, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timeout needs seconds from %1 to %2.</source>
        <translation>--timeout needs seconds from %1 to %2.</translation>
    </message>
    <message>
        <source>There is no app named “%1” in %2. List the apps with &quot;otpctl apps list&quot;.</source>
        <translation>There is no app named “%1” in %2. List the apps with &quot;otpctl apps list&quot;.</translation>
    </message>
    <message>
        <source>App Secret: </source>
        <translation>App Secret: </translation>
    </message>
    <message>
        <source>No App Secret: set the OTP_SECRET environment variable, or pipe the secret on standard input.</source>
        <translation>No App Secret: set the OTP_SECRET environment variable, or pipe the secret on standard input.</translation>
    </message>
    <message>
        <source>The call was not added to the history: %1</source>
        <translation>The call was not added to the history: %1</translation>
    </message>
    <message>
        <source>Cannot read the App Secret of “%1” from the keychain: %2</source>
        <translation>Cannot read the App Secret of “%1” from the keychain: %2</translation>
    </message>
</context>
<context>
    <name>OtpCallForm</name>
    <message>
        <source>Accepted: 0812345678, 66812345678 or +66812345678.</source>
        <translation>Accepted: 0812345678, 66812345678 or +66812345678.</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Sent as %1</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>App to test</source>
        <translation>App to test</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Phone number:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>&amp;Request OTP</source>
        <translation>&amp;Request OTP</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Filled in by a successful request</source>
        <translation>Filled in by a successful request</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>PIN from the SMS</source>
        <translation>PIN from the SMS</translation>
    </message>
    <message>
        <source>Fill PIN from inbox</source>
        <translation>Fill PIN from inbox</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Verif&amp;y</source>
        <translation>Verif&amp;y</translation>
    </message>
    <message>
        <source>Sends an OTP to the number (%1 in the phone number field, or %2)</source>
        <translation>Sends an OTP to the number (%1 in the phone number field, or %2)</translation>
    </message>
    <message>
        <source>Checks the PIN against the token (%1 in the PIN field, or %2 there)</source>
        <translation>Checks the PIN against the token (%1 in the PIN field, or %2 there)</translation>
    </message>
</context>
<context>
    <name>OtpCallOptionsPanel</name>
    <message>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>Request body format</source>
        <translation>Request body format</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Timeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Timeout in seconds</translation>
    </message>
</context>
<context>
    <name>OtpCallOutput</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Result:    %1</source>
        <translation>Result:    %1</translation>
    </message>
    <message>
        <source>Token:     %1</source>
        <translation>Token:     %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>Message:   %1</source>
        <translation>Message:   %1</translation>
    </message>
    <message>
        <source>Code:      %1 (status %2, HTTP %3)</source>
        <translation>Code:      %1 (status %2, HTTP %3)</translation>
    </message>
    <message>
        <source>Code:      not in the catalog of the vendor&apos;s codes</source>
        <translation>Code:      not in the catalog of the vendor&apos;s codes</translation>
    </message>
    <message>
        <source>Summary:   %1</source>
        <translation>Summary:   %1</translation>
    </message>
    <message>
        <source>Sent:      %1 %2</source>
        <translation>Sent:      %1 %2</translation>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Run &quot;otpctl --help&quot; for the list of commands.</source>
        <translation>Run &quot;otpctl --help&quot; for the list of commands.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 API or validation error, 2 usage error, 3 transport or system error, 4 the local store was damaged: set aside (its path on stderr) and replaced by a new, empty one, nothing else done, 5 no message (code), 6 control API token missing or wrong (code).</source>
        <translation>Exit codes: 0 ok, 1 API or validation error, 2 usage error, 3 transport or system error, 4 the local store was damaged: set aside (its path on stderr) and replaced by a new, empty one, nothing else done, 5 no message (code), 6 control API token missing or wrong (code).</translation>
    </message>
</context>
<context>
    <name>OtpEndpoint</name>
    <message>
        <source>“%1” is not a usable base URL: write it as https://host[:port], for example https://otp.thaibulksms.com.</source>
        <translation>“%1” is not a usable base URL: write it as https://host[:port], for example https://otp.thaibulksms.com.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL: write the base URL as https://host[:port].</source>
        <translation>“%1” is not an http or https URL: write the base URL as https://host[:port].</translation>
    </message>
    <message>
        <source>Not sent: %1 is plain http to another computer, so the App Secret would travel unencrypted. Use https, or plain http only to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Not sent: %1 is plain http to another computer, so the App Secret would travel unencrypted. Use https, or plain http only to this computer (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>Not sent: %1 carries a user name or password; remove it from the base URL (the OTP API takes its credentials in the body).</source>
        <translation>Not sent: %1 carries a user name or password; remove it from the base URL (the OTP API takes its credentials in the body).</translation>
    </message>
    <message>
        <source>“%1” is a Sandbox app, but the sandbox is not running: start the sandbox (or give its URL), then try again.</source>
        <translation>“%1” is a Sandbox app, but the sandbox is not running: start the sandbox (or give its URL), then try again.</translation>
    </message>
    <message>
        <source>“%1” is a Custom app without a base URL: edit the app and enter the server&apos;s https URL.</source>
        <translation>“%1” is a Custom app without a base URL: edit the app and enter the server&apos;s https URL.</translation>
    </message>
    <message>
        <source>“%1” has an unknown environment.</source>
        <translation>“%1” has an unknown environment.</translation>
    </message>
</context>
<context>
    <name>OtpOperation</name>
    <message>
        <source>Request</source>
        <extracomment>The OTP call that sends a code by SMS (a column of the call history)</extracomment>
        <translation>Request</translation>
    </message>
    <message>
        <source>Verify</source>
        <extracomment>The OTP call that checks the code a user typed (a column of the call history)</extracomment>
        <translation>Verify</translation>
    </message>
</context>
<context>
    <name>OtpResult</name>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>API error</translation>
    </message>
    <message>
        <source>Transport error</source>
        <translation>Transport error</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation>Invalid response</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Summary of a result: the catalog&apos;s description, then its hint.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>OTP sent: token %1 (no reference number; API v1 sends none). Verify the code the user types with this token.</source>
        <translation>OTP sent: token %1 (no reference number; API v1 sends none). Verify the code the user types with this token.</translation>
    </message>
    <message>
        <source>OTP sent: token %1, reference %2. Verify the code the user types with this token.</source>
        <translation>OTP sent: token %1, reference %2. Verify the code the user types with this token.</translation>
    </message>
    <message>
        <source>(The error arrived with HTTP %1; the service normally sends it with %2.)</source>
        <translation>(The error arrived with HTTP %1; the service normally sends it with %2.)</translation>
    </message>
    <message>
        <source>Invalid Parameter: the service did not say which field. Check that key, secret and %1 are all sent and not empty, then send again.</source>
        <translation>Invalid Parameter: the service did not say which field. Check that key, secret and %1 are all sent and not empty, then send again.</translation>
    </message>
    <message>
        <source>Invalid Parameter: %1. Correct these fields and send again (msisdn: 0812345678, 66812345678 or +66812345678).</source>
        <translation>Invalid Parameter: %1. Correct these fields and send again (msisdn: 0812345678, 66812345678 or +66812345678).</translation>
    </message>
    <message>
        <source>HTTP %1: an error body without a message. The answer does not say what went wrong; check the request and the base URL.</source>
        <translation>HTTP %1: an error body without a message. The answer does not say what went wrong; check the request and the base URL.</translation>
    </message>
    <message>
        <source>HTTP %1: the service answered “%2”, which is not in the catalog of the vendor&apos;s codes. Check the request fields; ask ThaiBulkSMS support if it persists.</source>
        <translation>HTTP %1: the service answered “%2”, which is not in the catalog of the vendor&apos;s codes. Check the request fields; ask ThaiBulkSMS support if it persists.</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body: the server or a proxy in front of it failed before the OTP API could answer. Retry later; if it persists, check the base URL.</source>
        <translation>HTTP %1 with an empty body: the server or a proxy in front of it failed before the OTP API could answer. Retry later; if it persists, check the base URL.</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body: this is not an answer of the OTP API. Check the base URL and the API version.</source>
        <translation>HTTP %1 with an empty body: this is not an answer of the OTP API. Check the base URL and the API version.</translation>
    </message>
    <message>
        <source>HTTP %1 with an HTML page (“%2”) instead of the API&apos;s JSON: a web server, proxy or gateway answered, not the OTP API. Check the base URL; retry later if it is a 5xx.</source>
        <translation>HTTP %1 with an HTML page (“%2”) instead of the API&apos;s JSON: a web server, proxy or gateway answered, not the OTP API. Check the base URL; retry later if it is a 5xx.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that is not valid JSON (%2): the answer is cut off or not from the OTP API. Check the base URL; retry if the connection is unstable.</source>
        <translation>HTTP %1 with a body that is not valid JSON (%2): the answer is cut off or not from the OTP API. Check the base URL; retry if the connection is unstable.</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that is not valid UTF-8 text: the answer is damaged or not from the OTP API. Check the base URL and any proxy in between.</source>
        <translation>HTTP %1 with a body that is not valid UTF-8 text: the answer is damaged or not from the OTP API. Check the base URL and any proxy in between.</translation>
    </message>
    <message>
        <source>HTTP %1 with JSON the OTP API never sends: the server is not the OTP API, or speaks another version. Check the base URL and the API version (v1/v2).</source>
        <translation>HTTP %1 with JSON the OTP API never sends: the server is not the OTP API, or speaks another version. Check the base URL and the API version (v1/v2).</translation>
    </message>
    <message>
        <source>HTTP %1 says success, but “%2” is missing or not a string: the answer cannot be used. Check that the base URL points to the OTP API.</source>
        <translation>HTTP %1 says success, but “%2” is missing or not a string: the answer cannot be used. Check that the base URL points to the OTP API.</translation>
    </message>
    <message>
        <source>The body says success but the status is HTTP %1: the answer contradicts itself, so it is treated as failed. Check the server at the base URL.</source>
        <translation>The body says success but the status is HTTP %1: the answer contradicts itself, so it is treated as failed. Check the server at the base URL.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a Location, not followed: use the final address of the API as the base URL.</source>
        <translation>HTTP %1 redirect without a Location, not followed: use the final address of the API as the base URL.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to %2, not followed (a redirect could drop the body or send the App Secret elsewhere): use the final address as the base URL.</source>
        <translation>HTTP %1 redirect to %2, not followed (a redirect could drop the body or send the App Secret elsewhere): use the final address as the base URL.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 KiB, so reading stopped: no OTP answer is that big. Check that the base URL points to the OTP API.</source>
        <translation>The answer is larger than %1 KiB, so reading stopped: no OTP answer is that big. Check that the base URL points to the OTP API.</translation>
    </message>
    <message>
        <source>Connection refused at %1: nothing listens there. Start the server (for a Sandbox app: the sandbox), or correct the host and port.</source>
        <translation>Connection refused at %1: nothing listens there. Start the server (for a Sandbox app: the sandbox), or correct the host and port.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (DNS): check the spelling of the URL and the network connection.</source>
        <translation>The host name %1 could not be resolved (DNS): check the spelling of the URL and the network connection.</translation>
    </message>
    <message>
        <source>TLS problem with %1: %2. Nothing was sent; fix the server&apos;s certificate or use the host name it is issued for (certificate errors are never ignored).</source>
        <translation>TLS problem with %1: %2. Nothing was sent; fix the server&apos;s certificate or use the host name it is issued for (certificate errors are never ignored).</translation>
    </message>
    <message>
        <source>The connection to %1 was closed after HTTP %2 and %3 bytes, before the whole answer arrived (%4). Retry; if it persists, check the server or the proxy in between.</source>
        <translation>The connection to %1 was closed after HTTP %2 and %3 bytes, before the whole answer arrived (%4). Retry; if it persists, check the server or the proxy in between.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before an answer arrived (%2). Retry; if it persists, check the server or the proxy in between.</source>
        <translation>The connection to %1 was closed before an answer arrived (%2). Retry; if it persists, check the server or the proxy in between.</translation>
    </message>
    <message>
        <source>Network error calling %1: %2. Check the network connection and the URL, then retry.</source>
        <translation>Network error calling %1: %2. Check the network connection and the URL, then retry.</translation>
    </message>
    <message>
        <source>Timeout after %1 s: no connection to %2 could be made in time. Check that the server is reachable, then retry or raise the timeout.</source>
        <translation>Timeout after %1 s: no connection to %2 could be made in time. Check that the server is reachable, then retry or raise the timeout.</translation>
    </message>
    <message>
        <source>Timeout after %1 s: %2 accepted the request but did not answer. The server is stuck or very slow; retry, or raise the timeout.</source>
        <translation>Timeout after %1 s: %2 accepted the request but did not answer. The server is stuck or very slow; retry, or raise the timeout.</translation>
    </message>
    <message>
        <source>Timeout after %1 s: the answer was still arriving (%2 bytes so far). The server or the network is too slow; retry, or raise the timeout.</source>
        <translation>Timeout after %1 s: the answer was still arriving (%2 bytes so far). The server or the network is too slow; retry, or raise the timeout.</translation>
    </message>
    <message>
        <source>Cancelled before the answer arrived; nothing is known about the outcome. Send the call again if needed.</source>
        <translation>Cancelled before the answer arrived; nothing is known about the outcome. Send the call again if needed.</translation>
    </message>
    <message>
        <source>The call failed: %1</source>
        <translation>The call failed: %1</translation>
    </message>
    <message>
        <source>This is not a saved OTP result: its operation or reason is unknown.</source>
        <translation>This is not a saved OTP result: its operation or reason is unknown.</translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation>Invalid parameter</translation>
    </message>
    <message>
        <source>Unknown API error</source>
        <translation>Unknown API error</translation>
    </message>
    <message>
        <source>Empty answer</source>
        <translation>Empty answer</translation>
    </message>
    <message>
        <source>HTML page instead of JSON</source>
        <translation>HTML page instead of JSON</translation>
    </message>
    <message>
        <source>Not JSON</source>
        <translation>Not JSON</translation>
    </message>
    <message>
        <source>Not valid UTF-8</source>
        <translation>Not valid UTF-8</translation>
    </message>
    <message>
        <source>Unknown JSON answer</source>
        <translation>Unknown JSON answer</translation>
    </message>
    <message>
        <source>Field missing in the answer</source>
        <translation>Field missing in the answer</translation>
    </message>
    <message>
        <source>Unexpected HTTP status</source>
        <translation>Unexpected HTTP status</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Redirected</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Answer too large</translation>
    </message>
    <message>
        <source>URL refused, nothing sent</source>
        <translation>URL refused, nothing sent</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host not found</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS error</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connection closed</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Network error</translation>
    </message>
</context>
<context>
    <name>OtpResultBuilder</name>
    <message>
        <source>a JSON value that is not an object</source>
        <translation>a JSON value that is not an object</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 at byte %2</translation>
    </message>
</context>
<context>
    <name>PendingSecretCleanup</name>
    <message numerus="yes">
        <source>%n App Secret(s) that an unfinished import left in the keychain could not be removed yet (%1). OTP Manager tries again the next time it starts.</source>
        <translation>
            <numerusform>%n App Secret that an unfinished import left in the keychain could not be removed yet (%1). OTP Manager tries again the next time it starts.</numerusform>
            <numerusform>%n App Secrets that an unfinished import left in the keychain could not be removed yet (%1). OTP Manager tries again the next time it starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n App Secret(s) that an unfinished import had left in the keychain.</source>
        <translation>
            <numerusform>Removed %n App Secret that an unfinished import had left in the keychain.</numerusform>
            <numerusform>Removed %n App Secrets that an unfinished import had left in the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingSecrets</name>
    <message>
        <source>Could not update the import&apos;s journal in the database: %1. Check that the disk is not full and the data folder %2 is writable.</source>
        <translation>Could not update the import&apos;s journal in the database: %1. Check that the disk is not full and the data folder %2 is writable.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>≥ %1 s</source>
        <extracomment>The latency histogram&apos;s last bar: calls that took at least this many seconds</extracomment>
        <translation>≥ %1 s</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>%1–%2 ms</source>
        <translation>%1–%2 ms</translation>
    </message>
    <message>
        <source>Requests and verified per hour</source>
        <translation>Requests and verified per hour</translation>
    </message>
    <message>
        <source>Requests and verified per day</source>
        <translation>Requests and verified per day</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Outcomes by status code</source>
        <translation>Outcomes by status code</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>%1
Calls: %2</source>
        <extracomment>Tooltip of an outcome bar: %1 the call and its answer, %2 how many calls</extracomment>
        <translation>%1
Calls: %2</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Report on the OTPs of a period: figures, outcomes, transactions.</source>
        <translation>Report on the OTPs of a period: figures, outcomes, transactions.</translation>
    </message>
    <message>
        <source>Start of the period (YYYY-MM-DD or ISO date-time). Default: 30 days ago.</source>
        <translation>Start of the period (YYYY-MM-DD or ISO date-time). Default: 30 days ago.</translation>
    </message>
    <message>
        <source>End of the period, not included; a date counts in full. Default: now.</source>
        <translation>End of the period, not included; a date counts in full. Default: now.</translation>
    </message>
    <message>
        <source>One app, by name or id. Default: all apps.</source>
        <translation>One app, by name or id. Default: all apps.</translation>
    </message>
    <message>
        <source>calls (made from OTP Manager, the console or otpctl request/verify), sandbox (answered by the sandbox) or all. Default: all.</source>
        <translation>calls (made from OTP Manager, the console or otpctl request/verify), sandbox (answered by the sandbox) or all. Default: all.</translation>
    </message>
    <message>
        <source>Time zone of dates and day buckets (e.g. Asia/Bangkok). Default: the system&apos;s.</source>
        <translation>Time zone of dates and day buckets (e.g. Asia/Bangkok). Default: the system&apos;s.</translation>
    </message>
    <message>
        <source>Print the figures, series, outcomes and transactions as JSON.</source>
        <translation>Print the figures, series, outcomes and transactions as JSON.</translation>
    </message>
    <message>
        <source>Print the transaction table as CSV.</source>
        <translation>Print the transaction table as CSV.</translation>
    </message>
    <message>
        <source>Transactions in the JSON (default 100).</source>
        <translation>Transactions in the JSON (default 100).</translation>
    </message>
    <message>
        <source>Report on the OTPs of a period, as the Reports page shows them (docs/reports.md).</source>
        <translation>Report on the OTPs of a period, as the Reports page shows them (docs/reports.md).</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>Give --json or --csv, not both.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Unknown time zone &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD or an ISO date-time such as 2024-05-01T09:00:00+07:00.</source>
        <translation>Dates are YYYY-MM-DD or an ISO date-time such as 2024-05-01T09:00:00+07:00.</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from must be before --to.</translation>
    </message>
    <message>
        <source>--source is calls, sandbox or all.</source>
        <translation>--source is calls, sandbox or all.</translation>
    </message>
    <message>
        <source>--rows is a number, 0 or more.</source>
        <translation>--rows is a number, 0 or more.</translation>
    </message>
    <message>
        <source>No app named &quot;%1&quot;. &quot;otpctl apps list&quot; shows the apps.</source>
        <translation>No app named &quot;%1&quot;. &quot;otpctl apps list&quot; shows the apps.</translation>
    </message>
</context>
<context>
    <name>ReportControls</name>
    <message>
        <source>All apps</source>
        <translation>All apps</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a custom report period: &quot;1 May to 7 May&quot;</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Calls from OTP Manager</source>
        <translation>Calls from OTP Manager</translation>
    </message>
    <message>
        <source>Traffic the sandbox answered</source>
        <translation>Traffic the sandbox answered</translation>
    </message>
    <message>
        <source>Calls made from the Test console or otpctl request/verify</source>
        <translation>Calls made from the Test console or otpctl request/verify</translation>
    </message>
    <message>
        <source>Every OTP call the sandbox answered, from any client: your backend, the console, curl</source>
        <translation>Every OTP call the sandbox answered, from any client: your backend, the console, curl</translation>
    </message>
</context>
<context>
    <name>ReportEngine</name>
    <message>
        <source>Could not compute the report: %1</source>
        <translation>Could not compute the report: %1</translation>
    </message>
</context>
<context>
    <name>ReportFiguresPanel</name>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Request calls in the period, one per OTP, refused ones included.</source>
        <translation>Request calls in the period, one per OTP, refused ones included.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Requests answered with success and a token: the SMS was sent.</source>
        <translation>Requests answered with success and a token: the SMS was sent.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>OTPs with a verify answered with success (a correct PIN).</source>
        <translation>OTPs with a verify answered with success (a correct PIN).</translation>
    </message>
    <message>
        <source>First-try success</source>
        <translation>First-try success</translation>
    </message>
    <message>
        <source>OTPs whose first verify was the correct PIN, divided by the OTPs with at least one verify.</source>
        <translation>OTPs whose first verify was the correct PIN, divided by the OTPs with at least one verify.</translation>
    </message>
    <message>
        <source>Verify success</source>
        <translation>Verify success</translation>
    </message>
    <message>
        <source>Verified OTPs divided by the OTPs with at least one verify.</source>
        <translation>Verified OTPs divided by the OTPs with at least one verify.</translation>
    </message>
    <message>
        <source>Expired unused</source>
        <translation>Expired unused</translation>
    </message>
    <message>
        <source>OTPs neither verified nor burned whose token expired, or whose verify was answered &quot;Token is expire.&quot;.</source>
        <translation>OTPs neither verified nor burned whose token expired, or whose verify was answered &quot;Token is expire.&quot;.</translation>
    </message>
    <message>
        <source>Burned</source>
        <translation>Burned</translation>
    </message>
    <message>
        <source>OTPs with five or more wrong PINs and no correct one.</source>
        <translation>OTPs with five or more wrong PINs and no correct one.</translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation>Failed requests</translation>
    </message>
    <message>
        <source>Requests not answered with success and a token: no SMS was sent.</source>
        <translation>Requests not answered with success and a token: no SMS was sent.</translation>
    </message>
    <message>
        <source>Median latency</source>
        <translation>Median latency</translation>
    </message>
    <message>
        <source>The middle value of the latency of every call of the period, requests and verifies (nearest rank, in steps of 0.1 ms).</source>
        <translation>The middle value of the latency of every call of the period, requests and verifies (nearest rank, in steps of 0.1 ms).</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95 latency</translation>
    </message>
    <message>
        <source>95% of the calls of the period were answered within this time (nearest rank, in steps of 0.1 ms).</source>
        <translation>95% of the calls of the period were answered within this time (nearest rank, in steps of 0.1 ms).</translation>
    </message>
    <message>
        <source>Median SMS to PIN</source>
        <translation>Median SMS to PIN</translation>
    </message>
    <message>
        <source>The middle value, over verified OTPs, of the time from the request to its first correct verify (in steps of 0.1 s).</source>
        <translation>The middle value, over verified OTPs, of the time from the request to its first correct verify (in steps of 0.1 s).</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Delivered OTPs still valid now and not verified yet.</source>
        <translation>Delivered OTPs still valid now and not verified yet.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Period: %1 to %2 (%3), source: %4</source>
        <translation>Period: %1 to %2 (%3), source: %4</translation>
    </message>
    <message>
        <source>OTPs requested</source>
        <translation>OTPs requested</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation>Failed requests</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Verified at the first try</source>
        <translation>Verified at the first try</translation>
    </message>
    <message>
        <source>Verified overall</source>
        <translation>Verified overall</translation>
    </message>
    <message>
        <source>Expired unused</source>
        <translation>Expired unused</translation>
    </message>
    <message>
        <source>Burned by wrong PINs</source>
        <translation>Burned by wrong PINs</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Still pending</translation>
    </message>
    <message>
        <source>Verify calls with an unknown token</source>
        <translation>Verify calls with an unknown token</translation>
    </message>
    <message>
        <source>Latency, median</source>
        <translation>Latency, median</translation>
    </message>
    <message>
        <source>Latency, 95th percentile</source>
        <translation>Latency, 95th percentile</translation>
    </message>
    <message>
        <source>SMS to correct PIN, median</source>
        <translation>SMS to correct PIN, median</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Outcomes:</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Failed</source>
        <extracomment>State of an OTP whose request was refused (no SMS sent)</extracomment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>State of an OTP still valid and not verified yet</extracomment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Burned</source>
        <extracomment>State of an OTP locked after five wrong PINs</extracomment>
        <translation>Burned</translation>
    </message>
    <message>
        <source>OTP Manager</source>
        <extracomment>Source of a report row: a call made from OTP Manager (console, otpctl)</extracomment>
        <translation>OTP Manager</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <extracomment>Source of a report row: a call the local sandbox answered</extracomment>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>An OTP API call: request an OTP, or verify a PIN</extracomment>
        <translation>Request</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Success</source>
        <extracomment>Outcome of a call the service answered with success</extracomment>
        <translation>Success</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Outcome chart: %1 the call (Request, Verify), %2 its decoded answer</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A rate in percent, e.g. 87.5%</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: %1 minutes, %2 seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Codes seen by one OTP: %1 its request&apos;s answer, %2 its verifies&apos; answers</extracomment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>Wrote %n transaction(s) to %1</source>
        <translation>
            <numerusform>Wrote %n transaction to %1</numerusform>
            <numerusform>Wrote %n transactions to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No raw exchange for this OTP: another client called the sandbox, and the sandbox keeps no bodies.</source>
        <translation>No raw exchange for this OTP: another client called the sandbox, and the sandbox keeps no bodies.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>When the report&apos;s figures were last computed or moved by a new call</extracomment>
        <translation>Updated %1</translation>
    </message>
    <message numerus="yes">
        <source>%n OTP(s)</source>
        <translation>
            <numerusform>%n OTP</numerusform>
            <numerusform>%n OTPs</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the figures to %1</source>
        <translation>Wrote the figures to %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n chart(s) to %1</source>
        <translation>
            <numerusform>Wrote %n chart to %1</numerusform>
            <numerusform>Wrote %n charts to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export transactions as CSV</source>
        <translation>Export transactions as CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export figures as JSON</source>
        <translation>Export figures as JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export charts as PNG into</source>
        <translation>Export charts as PNG into</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Compute the report again (F5): pending OTPs whose time is up become expired</source>
        <translation>Compute the report again (F5): pending OTPs whose time is up become expired</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Transactions as CSV…</source>
        <translation>Transactions as CSV…</translation>
    </message>
    <message>
        <source>Figures as JSON…</source>
        <translation>Figures as JSON…</translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation>Charts as PNG…</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Computing the report…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Search app, number, reference or token</source>
        <translation>Search app, number, reference or token</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Double-click a row to open its raw exchange in the Test console</source>
        <translation>Double-click a row to open its raw exchange in the Test console</translation>
    </message>
</context>
<context>
    <name>ReportsSettingsBox</name>
    <message>
        <source>Reports</source>
        <extracomment>Settings group about the Reports page&apos;s data</extracomment>
        <translation>Reports</translation>
    </message>
    <message>
        <source>The calls the sandbox answers are recorded for the Reports page. Older ones are deleted in the background, and the oldest beyond the limit. Calls made from OTP Manager stay in the history.</source>
        <translation>The calls the sandbox answers are recorded for the Reports page. Older ones are deleted in the background, and the oldest beyond the limit. Calls made from OTP Manager stay in the history.</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Keep for:</translation>
    </message>
    <message>
        <source>Forever</source>
        <extracomment>Retention of recorded sandbox calls: 0 days means they are never deleted for their age</extracomment>
        <translation>Forever</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days, with its leading space</extracomment>
        <translation> days</translation>
    </message>
    <message>
        <source>Days to keep recorded sandbox calls</source>
        <translation>Days to keep recorded sandbox calls</translation>
    </message>
    <message>
        <source>Ro&amp;w limit:</source>
        <translation>Ro&amp;w limit:</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Row limit of recorded sandbox calls: 0 means no limit</extracomment>
        <translation>No limit</translation>
    </message>
    <message>
        <source> calls</source>
        <extracomment>Suffix of a number of recorded calls, with its leading space</extracomment>
        <translation> calls</translation>
    </message>
    <message>
        <source>Most recorded sandbox calls kept</source>
        <translation>Most recorded sandbox calls kept</translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message>
        <source>Send an OTP to a phone number (POST /v2/otp/request).</source>
        <translation>Send an OTP to a phone number (POST /v2/otp/request).</translation>
    </message>
    <message>
        <source>The phone number: 0812345678, 66812345678 or +66812345678.</source>
        <translation>The phone number: 0812345678, 66812345678 or +66812345678.</translation>
    </message>
    <message>
        <source>Send --msisdn as typed, without checking it is a Thai mobile number (to see what the API says about it).</source>
        <translation>Send --msisdn as typed, without checking it is a Thai mobile number (to see what the API says about it).</translation>
    </message>
    <message>
        <source>Give the phone number with --msisdn NUMBER.</source>
        <translation>Give the phone number with --msisdn NUMBER.</translation>
    </message>
    <message>
        <source>Request an OTP for a phone number through an app of the local store (--app) or a base URL (--base-url with --key; App Secret from OTP_SECRET or standard input).
Exit code 0: sent; 1: the API answered an error, or input failed validation; 2: usage error; 3: network, timeout, invalid answer or keychain problem; 4: the local store was damaged and set aside (--app), nothing sent.</source>
        <translation>Request an OTP for a phone number through an app of the local store (--app) or a base URL (--base-url with --key; App Secret from OTP_SECRET or standard input).
Exit code 0: sent; 1: the API answered an error, or input failed validation; 2: usage error; 3: network, timeout, invalid answer or keychain problem; 4: the local store was damaged and set aside (--app), nothing sent.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>No call yet</source>
        <translation>No call yet</translation>
    </message>
    <message>
        <source>Pick an app, enter a phone number and request an OTP.</source>
        <translation>Pick an app, enter a phone number and request an OTP.</translation>
    </message>
    <message>
        <source>OTP sent</source>
        <translation>OTP sent</translation>
    </message>
    <message>
        <source>Code is correct</source>
        <translation>Code is correct</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP status: %1</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>No HTTP answer</translation>
    </message>
    <message>
        <source>Latency: %1 ms</source>
        <translation>Latency: %1 ms</translation>
    </message>
    <message>
        <source>Status code %1 · %2</source>
        <translation>Status code %1 · %2</translation>
    </message>
    <message>
        <source>Requesting an OTP…</source>
        <translation>Requesting an OTP…</translation>
    </message>
    <message>
        <source>Verifying the PIN…</source>
        <translation>Verifying the PIN…</translation>
    </message>
    <message>
        <source>Answered by the sandbox&apos;s fault injection, not by a real error: turn it off on the Sandbox inbox page.</source>
        <translation>Answered by the sandbox&apos;s fault injection, not by a real error: turn it off on the Sandbox inbox page.</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox&apos;s clock was %n minute(s) ahead, so its codes expire that much sooner: reset it on the Sandbox inbox page.</source>
        <translation>
            <numerusform>The sandbox&apos;s clock was %n minute ahead, so its codes expire that much sooner: reset it on the Sandbox inbox page.</numerusform>
            <numerusform>The sandbox&apos;s clock was %n minutes ahead, so its codes expire that much sooner: reset it on the Sandbox inbox page.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox&apos;s clock was %1 s ahead, so its codes expire that much sooner: reset it on the Sandbox inbox page.</source>
        <translation>The sandbox&apos;s clock was %1 s ahead, so its codes expire that much sooner: reset it on the Sandbox inbox page.</translation>
    </message>
    <message>
        <source>Status code %1</source>
        <translation>Status code %1</translation>
    </message>
</context>
<context>
    <name>SandboxAccessBox</name>
    <message>
        <source>Allow &amp;other machines to reach the sandbox</source>
        <translation>Allow &amp;other machines to reach the sandbox</translation>
    </message>
    <message>
        <source>Listen on every network address (0.0.0.0) instead of this computer only, like otpctl sandbox --allow-remote</source>
        <translation>Listen on every network address (0.0.0.0) instead of this computer only, like otpctl sandbox --allow-remote</translation>
    </message>
    <message>
        <source>Anyone on your network can then call the sandbox. Its control API hands out OTP codes, so it requires this token (Authorization: Bearer …); the OTP routes stay open.</source>
        <translation>Anyone on your network can then call the sandbox. Its control API hands out OTP codes, so it requires this token (Authorization: Bearer …); the OTP routes stay open.</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API &amp;token:</translation>
    </message>
    <message>
        <source>Control API token</source>
        <translation>Control API token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
</context>
<context>
    <name>SandboxApiQuery</name>
    <message>
        <source>&quot;msisdn&quot; is not a Thai mobile number (0812345678, 66812345678 or +66812345678).</source>
        <translation>&quot;msisdn&quot; is not a Thai mobile number (0812345678, 66812345678 or +66812345678).</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be one of %1.</source>
        <translation>&quot;state&quot; must be one of %1.</translation>
    </message>
    <message>
        <source>&quot;after&quot; needs a message id or an ISO-8601 time such as 2024-01-01T09:15:00.000Z.</source>
        <translation>&quot;after&quot; needs a message id or an ISO-8601 time such as 2024-01-01T09:15:00.000Z.</translation>
    </message>
    <message>
        <source>&quot;start&quot; needs a whole number from 0.</source>
        <translation>&quot;start&quot; needs a whole number from 0.</translation>
    </message>
    <message>
        <source>&quot;limit&quot; needs a whole number from 0 to %1.</source>
        <translation>&quot;limit&quot; needs a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>&quot;wait&quot; needs seconds from 0 to %1.</source>
        <translation>&quot;wait&quot; needs seconds from 0 to %1.</translation>
    </message>
</context>
<context>
    <name>SandboxAppsFile</name>
    <message>
        <source>“%1” is not a sandbox app; the sandbox does not serve it.</source>
        <translation>“%1” is not a sandbox app; the sandbox does not serve it.</translation>
    </message>
    <message>
        <source>%1 holds no usable sandbox app.</source>
        <translation>%1 holds no usable sandbox app.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Run the OTP sandbox server headless until Ctrl+C (for CI).</source>
        <translation>Run the OTP sandbox server headless until Ctrl+C (for CI).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Address to listen on (default 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port (default 8765; 0 = any free port).</source>
        <translation>Port (default 8765; 0 = any free port).</translation>
    </message>
    <message>
        <source>Serve the sandbox apps of this export file (each may carry its &quot;secret&quot;), instead of the local store&apos;s.</source>
        <translation>Serve the sandbox apps of this export file (each may carry its &quot;secret&quot;), instead of the local store&apos;s.</translation>
    </message>
    <message>
        <source>Also append every SMS as a JSON line to this file.</source>
        <translation>Also append every SMS as a JSON line to this file.</translation>
    </message>
    <message>
        <source>Delay every OTP answer by MS.</source>
        <translation>Delay every OTP answer by MS.</translation>
    </message>
    <message>
        <source>Add a random 0..MS to the delay.</source>
        <translation>Add a random 0..MS to the delay.</translation>
    </message>
    <message>
        <source>Answer OTP calls with this catalog entry (status code or error name), or &quot;drop&quot; to close the connection without an answer.</source>
        <translation>Answer OTP calls with this catalog entry (status code or error name), or &quot;drop&quot; to close the connection without an answer.</translation>
    </message>
    <message>
        <source>Apply --fail to this share of calls (0..1).</source>
        <translation>Apply --fail to this share of calls (0..1).</translation>
    </message>
    <message>
        <source>Apply --fail to the next N calls only.</source>
        <translation>Apply --fail to the next N calls only.</translation>
    </message>
    <message>
        <source>--bind needs an IP address, not &quot;%1&quot;.</source>
        <translation>--bind needs an IP address, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port needs a number from 0 to 65535.</translation>
    </message>
    <message>
        <source>--latency needs milliseconds from 0 to %1.</source>
        <translation>--latency needs milliseconds from 0 to %1.</translation>
    </message>
    <message>
        <source>--jitter needs milliseconds from 0 to %1.</source>
        <translation>--jitter needs milliseconds from 0 to %1.</translation>
    </message>
    <message>
        <source>--fail: &quot;%1&quot; is not a status code or error name of the catalog (see &quot;otpctl decode&quot;), nor &quot;drop&quot;.</source>
        <translation>--fail: &quot;%1&quot; is not a status code or error name of the catalog (see &quot;otpctl decode&quot;), nor &quot;drop&quot;.</translation>
    </message>
    <message>
        <source>--fail-rate needs a number from 0 to 1.</source>
        <translation>--fail-rate needs a number from 0 to 1.</translation>
    </message>
    <message>
        <source>--fail-next needs a positive number.</source>
        <translation>--fail-next needs a positive number.</translation>
    </message>
    <message>
        <source>--fail-rate and --fail-next go with --fail.</source>
        <translation>--fail-rate and --fail-next go with --fail.</translation>
    </message>
    <message>
        <source>Cannot write the inbox file %1: %2</source>
        <translation>Cannot write the inbox file %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the apps file %1.</source>
        <translation>Cannot read the apps file %1.</translation>
    </message>
    <message>
        <source>The local store in %1 has no sandbox app. Create one in OTP Manager, or pass --apps FILE.json.</source>
        <translation>The local store in %1 has no sandbox app. Create one in OTP Manager, or pass --apps FILE.json.</translation>
    </message>
    <message>
        <source>“%1” is not served: %2</source>
        <translation>“%1” is not served: %2</translation>
    </message>
    <message>
        <source>No sandbox app&apos;s secret could be read from the keychain. Pass --apps FILE.json with the secrets instead.</source>
        <translation>No sandbox app&apos;s secret could be read from the keychain. Pass --apps FILE.json with the secrets instead.</translation>
    </message>
    <message>
        <source>Allow a non-loopback --bind address (other machines can then reach the sandbox; the control API then needs a bearer token).</source>
        <translation>Allow a non-loopback --bind address (other machines can then reach the sandbox; the control API then needs a bearer token).</translation>
    </message>
    <message>
        <source>The bearer token the control API (/sandbox/v1/) requires. Without it, a non-loopback address gets one generated, printed in the listening line.</source>
        <translation>The bearer token the control API (/sandbox/v1/) requires. Without it, a non-loopback address gets one generated, printed in the listening line.</translation>
    </message>
    <message>
        <source>--api-token needs a token without spaces.</source>
        <translation>--api-token needs a token without spaces.</translation>
    </message>
    <message>
        <source>Also POST every SMS as the message JSON to this http or https URL (repeatable); a delivery given up prints a webhook-failed line.</source>
        <translation>Also POST every SMS as the message JSON to this http or https URL (repeatable); a delivery given up prints a webhook-failed line.</translation>
    </message>
    <message>
        <source>Run the OTP sandbox: a local server with the real API&apos;s wire format. Prints JSON lines on stdout: listening, app, sms, request, webhook-failed, stopped.</source>
        <translation>Run the OTP sandbox: a local server with the real API&apos;s wire format. Prints JSON lines on stdout: listening, app, sms, request, webhook-failed, stopped.</translation>
    </message>
    <message>
        <source>Store every OTP call the sandbox answers in the data folder, for &quot;otpctl report&quot; and the Reports page (never a secret or a PIN).</source>
        <translation>Store every OTP call the sandbox answers in the data folder, for &quot;otpctl report&quot; and the Reports page (never a secret or a PIN).</translation>
    </message>
    <message>
        <source>With --record: delete recorded calls older than DAYS (default 90; 0 keeps them for ever).</source>
        <translation>With --record: delete recorded calls older than DAYS (default 90; 0 keeps them for ever).</translation>
    </message>
    <message>
        <source>With --record: keep at most N recorded calls, the newest (default 2000000; 0: no limit).</source>
        <translation>With --record: keep at most N recorded calls, the newest (default 2000000; 0: no limit).</translation>
    </message>
    <message>
        <source>%1 applies to recorded calls: add --record.</source>
        <translation>%1 applies to recorded calls: add --record.</translation>
    </message>
    <message>
        <source>%1 needs a whole number from 0 to %2.</source>
        <translation>%1 needs a whole number from 0 to %2.</translation>
    </message>
</context>
<context>
    <name>SandboxControlApi</name>
    <message>
        <source>No message matches.</source>
        <translation>No message matches.</translation>
    </message>
    <message>
        <source>The control API needs &quot;Authorization: Bearer &lt;token&gt;&quot; with the sandbox&apos;s API token.</source>
        <translation>The control API needs &quot;Authorization: Bearer &lt;token&gt;&quot; with the sandbox&apos;s API token.</translation>
    </message>
    <message>
        <source>There is no %1 in the control API.</source>
        <translation>There is no %1 in the control API.</translation>
    </message>
    <message>
        <source>This route takes %1.</source>
        <translation>This route takes %1.</translation>
    </message>
    <message>
        <source>The body is over %1 bytes.</source>
        <translation>The body is over %1 bytes.</translation>
    </message>
    <message>
        <source>No such route.</source>
        <translation>No such route.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message id (a positive number).</source>
        <translation>&quot;%1&quot; is not a message id (a positive number).</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>There is no message %1.</translation>
    </message>
    <message>
        <source>The sandbox holds no token %1.</source>
        <translation>The sandbox holds no token %1.</translation>
    </message>
    <message>
        <source>The token is no longer pending: it was verified, burned or has expired.</source>
        <translation>The token is no longer pending: it was verified, burned or has expired.</translation>
    </message>
    <message>
        <source>Send {&quot;advanceSeconds&quot;:N} with N from 0 to %1, or {&quot;reset&quot;:true}.</source>
        <translation>Send {&quot;advanceSeconds&quot;:N} with N from 0 to %1, or {&quot;reset&quot;:true}.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
    <message>
        <source>The sandbox stopped before a matching message arrived.</source>
        <translation>The sandbox stopped before a matching message arrived.</translation>
    </message>
</context>
<context>
    <name>SandboxControlClient</name>
    <message>
        <source>No sandbox answered at %1: %2. Start one (otpctl sandbox, or the sandbox of OTP Manager) or give its URL with --sandbox-url.</source>
        <translation>No sandbox answered at %1: %2. Start one (otpctl sandbox, or the sandbox of OTP Manager) or give its URL with --sandbox-url.</translation>
    </message>
    <message>
        <source>The sandbox at %1 needs its control API token: give it with --api-token (or OTP_SANDBOX_API_TOKEN); the one given, if any, is wrong.</source>
        <translation>The sandbox at %1 needs its control API token: give it with --api-token (or OTP_SANDBOX_API_TOKEN); the one given, if any, is wrong.</translation>
    </message>
    <message>
        <source>No message for this number came to the sandbox (use --wait S to wait for one, --after to skip older ones).</source>
        <translation>No message for this number came to the sandbox (use --wait S to wait for one, --after to skip older ones).</translation>
    </message>
    <message>
        <source>The sandbox refused a parameter: %1</source>
        <translation>The sandbox refused a parameter: %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, not as the sandbox&apos;s control API does. Is it an OTP Manager sandbox?</source>
        <translation>%1 answered HTTP %2, not as the sandbox&apos;s control API does. Is it an OTP Manager sandbox?</translation>
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
    <name>SandboxFaultsJson</name>
    <message>
        <source>&quot;%1&quot; needs milliseconds from 0 to %2.</source>
        <translation>&quot;%1&quot; needs milliseconds from 0 to %2.</translation>
    </message>
    <message>
        <source>&quot;rate&quot; and &quot;next&quot; go with &quot;fail&quot;.</source>
        <translation>&quot;rate&quot; and &quot;next&quot; go with &quot;fail&quot;.</translation>
    </message>
    <message>
        <source>Set &quot;rate&quot; or &quot;next&quot;, not both.</source>
        <translation>Set &quot;rate&quot; or &quot;next&quot;, not both.</translation>
    </message>
    <message>
        <source>&quot;rate&quot; needs a number from 0 to 1.</source>
        <translation>&quot;rate&quot; needs a number from 0 to 1.</translation>
    </message>
    <message>
        <source>&quot;next&quot; needs a positive number.</source>
        <translation>&quot;next&quot; needs a positive number.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot;; the members are %2.</source>
        <translation>Unknown member &quot;%1&quot;; the members are %2.</translation>
    </message>
    <message>
        <source>&quot;fail&quot; needs a status code or error name of the error catalog, or &quot;drop&quot;.</source>
        <translation>&quot;fail&quot; needs a status code or error name of the error catalog, or &quot;drop&quot;.</translation>
    </message>
</context>
<context>
    <name>SandboxModeLabel</name>
    <message>
        <source>latency %1 ms + up to %2 ms</source>
        <translation>latency %1 ms + up to %2 ms</translation>
    </message>
    <message>
        <source>latency %1 ms</source>
        <translation>latency %1 ms</translation>
    </message>
    <message>
        <source>connections dropped</source>
        <translation>connections dropped</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 on the next %n request(s)</source>
        <translation>
            <numerusform>%1 on the next %n request</numerusform>
            <numerusform>%1 on the next %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 % of requests</source>
        <translation>%1 on %2 % of requests</translation>
    </message>
    <message>
        <source>Fault injection on: %1</source>
        <extracomment>Status bar: %1 what the sandbox&apos;s fault injection does, e.g. &quot;latency 200 ms, error X&quot;</extracomment>
        <translation>Fault injection on: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox clock +%1</source>
        <extracomment>Status bar: the sandbox&apos;s clock runs ahead of real time by %1 (e.g. &quot;5 min&quot;)</extracomment>
        <translation>Sandbox clock +%1</translation>
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
        <source>The sandbox cannot accept new connections: the system refuses them, usually because the limit of open files is reached. It keeps serving the open ones and tries again until it can.</source>
        <translation>The sandbox cannot accept new connections: the system refuses them, usually because the limit of open files is reached. It keeps serving the open ones and tries again until it can.</translation>
    </message>
    <message>
        <source>The sandbox accepts new connections again.</source>
        <translation>The sandbox accepts new connections again.</translation>
    </message>
</context>
<context>
    <name>SandboxStoppedBanner</name>
    <message>
        <source>Start the sandbox</source>
        <extracomment>The button on the Test console&apos;s banner when a sandbox app was called while stopped</extracomment>
        <translation>Start the sandbox</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1
Choose another port in Settings, then start it again.</source>
        <translation>The sandbox could not start: %1
Choose another port in Settings, then start it again.</translation>
    </message>
    <message>
        <source>The sandbox is stopped, so nothing was sent: Sandbox apps are answered by the sandbox built into OTP Manager. Start it, then send again.</source>
        <translation>The sandbox is stopped, so nothing was sent: Sandbox apps are answered by the sandbox built into OTP Manager. Start it, then send again.</translation>
    </message>
</context>
<context>
    <name>SandboxTokenRepository</name>
    <message>
        <source>Could not keep the sandbox&apos;s codes: %1. Codes requested now may not survive a restart of the sandbox. Check that the disk is not full and the data folder is writable.</source>
        <translation>Could not keep the sandbox&apos;s codes: %1. Codes requested now may not survive a restart of the sandbox. Check that the disk is not full and the data folder is writable.</translation>
    </message>
</context>
<context>
    <name>SandboxTrafficRecorder</name>
    <message>
        <source>The sandbox answered calls faster than they could be stored: %1 of them are missing from the reports.</source>
        <translation>The sandbox answered calls faster than they could be stored: %1 of them are missing from the reports.</translation>
    </message>
</context>
<context>
    <name>SandboxTrafficRepository</name>
    <message>
        <source>Could not record the sandbox&apos;s traffic: %1. Check that the disk is not full and the data folder is writable.</source>
        <translation>Could not record the sandbox&apos;s traffic: %1. Check that the disk is not full and the data folder is writable.</translation>
    </message>
    <message>
        <source>Could not remove old sandbox traffic: %1</source>
        <translation>Could not remove old sandbox traffic: %1</translation>
    </message>
</context>
<context>
    <name>SandboxTray</name>
    <message>
        <source>Show OTP Manager</source>
        <translation>Show OTP Manager</translation>
    </message>
    <message>
        <source>Copy latest code</source>
        <translation>Copy latest code</translation>
    </message>
    <message>
        <source>Stop sandbox</source>
        <translation>Stop sandbox</translation>
    </message>
    <message>
        <source>Start sandbox</source>
        <translation>Start sandbox</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>OTP Manager: sandbox running</source>
        <translation>OTP Manager: sandbox running</translation>
    </message>
    <message>
        <source>OTP Manager: sandbox stopped</source>
        <translation>OTP Manager: sandbox stopped</translation>
    </message>
</context>
<context>
    <name>SandboxWebhooks</name>
    <message>
        <source>Webhook %1 failed for message %2: %3</source>
        <translation>Webhook %1 failed for message %2: %3</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the filter (Esc)</source>
        <translation>Clear the filter (Esc)</translation>
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
    <message>
        <source>Test console</source>
        <translation>Test console</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout of a call in seconds</source>
        <translation>Timeout of a call in seconds</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>Request &amp;body:</source>
        <translation>Request &amp;body:</translation>
    </message>
    <message>
        <source>Form (application/x-www-form-urlencoded)</source>
        <translation>Form (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <source>Request body format</source>
        <translation>Request body format</translation>
    </message>
    <message>
        <source>Live base URL</source>
        <translation>Live base URL</translation>
    </message>
    <message>
        <source>Leave empty for https://otp.thaibulksms.com; set it to use a staging proxy</source>
        <translation>Leave empty for https://otp.thaibulksms.com; set it to use a staging proxy</translation>
    </message>
    <message>
        <source>Use https, or plain http only to this computer; the App Secret must not travel unencrypted. Not saved.</source>
        <translation>Use https, or plain http only to this computer; the App Secret must not travel unencrypted. Not saved.</translation>
    </message>
    <message>
        <source>&amp;Notify me of each sandbox SMS while the window is not in front</source>
        <translation>&amp;Notify me of each sandbox SMS while the window is not in front</translation>
    </message>
    <message>
        <source>&amp;Notify me of each sandbox SMS (not available: this desktop has no system tray)</source>
        <translation>&amp;Notify me of each sandbox SMS (not available: this desktop has no system tray)</translation>
    </message>
    <message>
        <source>API ve&amp;rsion:</source>
        <translation>API ve&amp;rsion:</translation>
    </message>
    <message>
        <source>Live base &amp;URL:</source>
        <translation>Live base &amp;URL:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>&amp;Colour theme:</source>
        <translation>&amp;Colour theme:</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Colour theme: dark text on light backgrounds</extracomment>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Colour theme: light text on dark backgrounds</extracomment>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Colour theme</translation>
    </message>
</context>
<context>
    <name>SmsNotifier</name>
    <message>
        <source>%1: sandbox SMS</source>
        <extracomment>Desktop notification title: %1 the sandbox app&apos;s name</extracomment>
        <translation>%1: sandbox SMS</translation>
    </message>
    <message>
        <source>Code %1 for %2 (ref %3)</source>
        <extracomment>Desktop notification text: %1 the code, %2 the phone number with middle digits hidden, %3 the reference</extracomment>
        <translation>Code %1 for %2 (ref %3)</translation>
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
<context>
    <name>TemplateValidator</name>
    <message>
        <source>Enter the SMS message template; it must contain {otp} where the code goes.</source>
        <translation>Enter the SMS message template; it must contain {otp} where the code goes.</translation>
    </message>
    <message>
        <source>{otp} appears %1 times in the template; keep exactly one.</source>
        <translation>{otp} appears %1 times in the template; keep exactly one.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder, so the service would refuse the template (ERROR_USER_TEMPLATE_NOT_MATCH). Use {otp}, {ref}, {app} or {minutes}, or write {{ and }} for literal braces.</source>
        <translation>%1 is not a placeholder, so the service would refuse the template (ERROR_USER_TEMPLATE_NOT_MATCH). Use {otp}, {ref}, {app} or {minutes}, or write {{ and }} for literal braces.</translation>
    </message>
    <message>
        <source>%1 placeholders are not known, the first at position %2: %3, so the service would refuse the template (ERROR_USER_TEMPLATE_NOT_MATCH). Use {otp}, {ref}, {app} or {minutes}, or write {{ and }} for literal braces.</source>
        <translation>%1 placeholders are not known, the first at position %2: %3, so the service would refuse the template (ERROR_USER_TEMPLATE_NOT_MATCH). Use {otp}, {ref}, {app} or {minutes}, or write {{ and }} for literal braces.</translation>
    </message>
    <message>
        <source>The template has an unmatched &quot;%1&quot; at position %2. Write {{ or }} for a literal brace.</source>
        <translation>The template has an unmatched &quot;%1&quot; at position %2. Write {{ or }} for a literal brace.</translation>
    </message>
    <message>
        <source>The template has %1 unmatched braces, the first at position %2: &quot;%3&quot;. Write {{ or }} for a literal brace.</source>
        <translation>The template has %1 unmatched braces, the first at position %2: &quot;%3&quot;. Write {{ or }} for a literal brace.</translation>
    </message>
    <message>
        <source>The template must contain {otp}, where the code is inserted.</source>
        <translation>The template must contain {otp}, where the code is inserted.</translation>
    </message>
    <message>
        <source>The message is sent as %1 SMS segments because {app} inserts the app name, and each segment costs one credit. With a shorter app name it fits in one.</source>
        <translation>The message is sent as %1 SMS segments because {app} inserts the app name, and each segment costs one credit. With a shorter app name it fits in one.</translation>
    </message>
    <message>
        <source>The message is sent as %1 SMS segments, and each segment costs one credit. Shorten it to fit in one.</source>
        <translation>The message is sent as %1 SMS segments, and each segment costs one credit. Shorten it to fit in one.</translation>
    </message>
    <message>
        <source>The message is too long: it needs %1 SMS segments and at most %2 are allowed. Shorten the template.</source>
        <translation>The message is too long: it needs %1 SMS segments and at most %2 are allowed. Shorten the template.</translation>
    </message>
    <message>
        <source>The message is too long because of the app name, which {app} inserts: it needs %1 SMS segments and at most %2 are allowed. Shorten the app name or remove {app}.</source>
        <translation>The message is too long because of the app name, which {app} inserts: it needs %1 SMS segments and at most %2 are allowed. Shorten the app name or remove {app}.</translation>
    </message>
    <message>
        <source>This name makes the SMS too long: {app} in the template inserts it, and the message then needs %1 SMS segments (at most %2). Shorten the name.</source>
        <translation>This name makes the SMS too long: {app} in the template inserts it, and the message then needs %1 SMS segments (at most %2). Shorten the name.</translation>
    </message>
</context>
<context>
    <name>TestConsolePage</name>
    <message>
        <source>The App Secret could not be read</source>
        <translation>The App Secret could not be read</translation>
    </message>
    <message>
        <source>No App Secret</source>
        <translation>No App Secret</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>History not saved</translation>
    </message>
    <message>
        <source>Not in the inbox</source>
        <translation>Not in the inbox</translation>
    </message>
    <message>
        <source>The sandbox inbox has no SMS for this token. Request a new OTP from a sandbox app first.</source>
        <translation>The sandbox inbox has no SMS for this token. Request a new OTP from a sandbox app first.</translation>
    </message>
    <message>
        <source>Cannot re-run</source>
        <translation>Cannot re-run</translation>
    </message>
    <message>
        <source>The app of this call no longer exists.</source>
        <translation>The app of this call no longer exists.</translation>
    </message>
    <message>
        <source>Test console</source>
        <translation>Test console</translation>
    </message>
    <message>
        <source>Raw exchange</source>
        <translation>Raw exchange</translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <extracomment>The result card&apos;s title after Cancel stopped a call before it went out</extracomment>
        <translation>Cancelled before it was sent</translation>
    </message>
    <message>
        <source>The cURL command with the App Secret was cleared from the clipboard.</source>
        <translation>The cURL command with the App Secret was cleared from the clipboard.</translation>
    </message>
    <message>
        <source>Not sent: the sandbox is stopped</source>
        <extracomment>The result card&apos;s title when a sandbox app was called while the sandbox is stopped</extracomment>
        <translation>Not sent: the sandbox is stopped</translation>
    </message>
    <message numerus="yes">
        <source>Copied the request as cURL with the App Secret; it is cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Copied the request as cURL with the App Secret; it is cleared from the clipboard in %n second.</numerusform>
            <numerusform>Copied the request as cURL with the App Secret; it is cleared from the clipboard in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestNumberValidator</name>
    <message>
        <source>An app can have at most %1 test numbers; this one has %2. Remove some.</source>
        <translation>An app can have at most %1 test numbers; this one has %2. Remove some.</translation>
    </message>
    <message>
        <source>Test number %1: %2 is already test number %3; keep one of them.</source>
        <extracomment>%1 and %3 are row numbers of the test numbers table, %2 a phone number.</extracomment>
        <translation>Test number %1: %2 is already test number %3; keep one of them.</translation>
    </message>
    <message>
        <source>Test number %1: %2</source>
        <extracomment>%1 is the row of the test numbers table (1, 2, …), %2 what is wrong with it.</extracomment>
        <translation>Test number %1: %2</translation>
    </message>
    <message>
        <source>give either a fixed code or a failure, not both.</source>
        <translation>give either a fixed code or a failure, not both.</translation>
    </message>
    <message>
        <source>give a fixed code of %1 digits, or a failure: an error name such as ERROR_IP_NOT_ALLOWED, a status code, or &quot;drop&quot;.</source>
        <translation>give a fixed code of %1 digits, or a failure: an error name such as ERROR_IP_NOT_ALLOWED, a status code, or &quot;drop&quot;.</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; must be exactly %2 digits (0-9), like every code of this app.</source>
        <translation>the code &quot;%1&quot; must be exactly %2 digits (0-9), like every code of this app.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error name, status code or message of the error catalog, nor &quot;drop&quot;. See the Error codes page.</source>
        <translation>&quot;%1&quot; is not an error name, status code or message of the error catalog, nor &quot;drop&quot;. See the Error codes page.</translation>
    </message>
</context>
<context>
    <name>TestNumbersEditor</name>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Fixed code</source>
        <translation>Fixed code</translation>
    </message>
    <message>
        <source>Failure instead</source>
        <translation>Failure instead</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Test numbers</translation>
    </message>
    <message>
        <source>An error name such as ERROR_IP_NOT_ALLOWED, a status code such as 116, or drop (the connection is closed without an answer)</source>
        <translation>An error name such as ERROR_IP_NOT_ALLOWED, a status code such as 116, or drop (the connection is closed without an answer)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a test number</source>
        <translation>Add a test number</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected test numbers</source>
        <translation>Remove the selected test numbers</translation>
    </message>
    <message>
        <source>The sandbox answers a request for a listed number with its fixed code (the SMS still arrives in the Inbox) or with the failure instead of an OTP. Leave empty for none.</source>
        <translation>The sandbox answers a request for a listed number with its fixed code (the SMS still arrives in the Inbox) or with the failure instead of an OTP. Leave empty for none.</translation>
    </message>
</context>
<context>
    <name>TestNumbersJson</name>
    <message>
        <source>“testNumbers” must be a list of objects such as {&quot;msisdn&quot;:&quot;0800000001&quot;,&quot;code&quot;:&quot;123456&quot;}. Correct it in the file and import again.</source>
        <translation>“testNumbers” must be a list of objects such as {&quot;msisdn&quot;:&quot;0800000001&quot;,&quot;code&quot;:&quot;123456&quot;}. Correct it in the file and import again.</translation>
    </message>
    <message>
        <source>Test number %1 must be an object with text for “msisdn” and “code” or “fail”. Correct it in the file and import again.</source>
        <extracomment>%1 is the row of the test numbers list, from 1.</extracomment>
        <translation>Test number %1 must be an object with text for “msisdn” and “code” or “fail”. Correct it in the file and import again.</translation>
    </message>
</context>
<context>
    <name>TextFindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Find in the text</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
</context>
<context>
    <name>TransactionModel</name>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>The OTP&apos;s reference code (refno) shown in the SMS</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Number of verify calls made for an OTP</extracomment>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Time to verify</source>
        <translation>Time to verify</translation>
    </message>
    <message>
        <source>Codes seen</source>
        <extracomment>The answers (status codes) an OTP&apos;s calls got</extracomment>
        <translation>Codes seen</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Seen by</translation>
    </message>
    <message>
        <source>%1

As the service sent them: %2</source>
        <extracomment>Tooltip of an OTP&apos;s codes: %1 the decoded answers, %2 the names the service sent</extracomment>
        <translation>%1

As the service sent them: %2</translation>
    </message>
</context>
<context>
    <name>TransactionTable</name>
    <message>
        <source>Could not read the transactions: %1</source>
        <translation>Could not read the transactions: %1</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Verify the code a user typed (POST /v2/otp/verify).</source>
        <translation>Verify the code a user typed (POST /v2/otp/verify).</translation>
    </message>
    <message>
        <source>The token the request returned.</source>
        <translation>The token the request returned.</translation>
    </message>
    <message>
        <source>The code from the SMS.</source>
        <translation>The code from the SMS.</translation>
    </message>
    <message>
        <source>The phone number, shown in the history (optional).</source>
        <translation>The phone number, shown in the history (optional).</translation>
    </message>
    <message>
        <source>Give both --token TOKEN and --pin PIN.</source>
        <translation>Give both --token TOKEN and --pin PIN.</translation>
    </message>
    <message>
        <source>Verify a PIN against the token of a request, through an app of the local store (--app) or a base URL (--base-url with --key; App Secret from OTP_SECRET or standard input).
Exit code 0: the code is correct; 1: the API answered an error (wrong code, expired token, ...); 2: usage error; 3: network, timeout, invalid answer or keychain problem; 4: the local store was damaged and set aside (--app), nothing sent.</source>
        <translation>Verify a PIN against the token of a request, through an app of the local store (--app) or a base URL (--base-url with --key; App Secret from OTP_SECRET or standard input).
Exit code 0: the code is correct; 1: the API answered an error (wrong code, expired token, ...); 2: usage error; 3: network, timeout, invalid answer or keychain problem; 4: the local store was damaged and set aside (--app), nothing sent.</translation>
    </message>
</context>
<context>
    <name>WalFileCheck</name>
    <message>
        <source>the header of the write-ahead log %1 is damaged, so the transactions committed in it would be lost</source>
        <translation>the header of the write-ahead log %1 is damaged, so the transactions committed in it would be lost</translation>
    </message>
    <message>
        <source>frame %1 of %2 in the write-ahead log %3 is damaged, so the transactions committed after it would be lost</source>
        <translation>frame %1 of %2 in the write-ahead log %3 is damaged, so the transactions committed after it would be lost</translation>
    </message>
</context>
<context>
    <name>WebhookNotifier</name>
    <message>
        <source>“%1” is not a webhook URL: use http:// or https:// with a host, such as http://127.0.0.1:9000/otp.</source>
        <translation>“%1” is not a webhook URL: use http:// or https:// with a host, such as http://127.0.0.1:9000/otp.</translation>
    </message>
    <message>
        <source>Too many webhook deliveries are waiting (%1); this one was dropped.</source>
        <translation>Too many webhook deliveries are waiting (%1); this one was dropped.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>No answer within %1 s.</translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1.</source>
        <translation>The webhook answered HTTP %1.</translation>
    </message>
</context>
<context>
    <name>WebhookSettingsBox</name>
    <message>
        <source>This URL is in the list already.</source>
        <translation>This URL is in the list already.</translation>
    </message>
    <message>
        <source>Sandbox webhooks</source>
        <translation>Sandbox webhooks</translation>
    </message>
    <message>
        <source>The sandbox also POSTs each SMS it delivers, as the control API&apos;s message JSON, to these URLs (header X-Otp-Sandbox-Event: sms). A delivery given up, after up to three attempts, is noted in the status bar.</source>
        <translation>The sandbox also POSTs each SMS it delivers, as the control API&apos;s message JSON, to these URLs (header X-Otp-Sandbox-Event: sms). A delivery given up, after up to three attempts, is noted in the status bar.</translation>
    </message>
    <message>
        <source>Webhook URLs</source>
        <translation>Webhook URLs</translation>
    </message>
    <message>
        <source>New webhook URL</source>
        <translation>New webhook URL</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Remove the selected webhook URL</source>
        <translation>Remove the selected webhook URL</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
</context>
</TS>
