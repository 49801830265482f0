#pragma once

#include <QCoreApplication>

class QApplication;

// What happens between main() and the event loop: options, language, data folder (with its
// lock and database), keychain, services, the window, the sandbox. Failures the user must
// know about are shown in a message box, in the user's language, and end the start cleanly.
class GuiStartup
{
    Q_DECLARE_TR_FUNCTIONS(GuiStartup)

public:
    static int run(QApplication &app);
};
