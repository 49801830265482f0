#include "GuiCommandLine.h"
#include "GuiStartup.h"

#include <QApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    GuiCommandLine::setIdentity();
    // --help and --version need no window system: answered before QApplication connects to one.
    if (GuiCommandLine::printsOnly(argc, argv)) {
        const QCoreApplication app(argc, argv);
        return GuiCommandLine::print(app);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"OTP Manager"_s);
    QGuiApplication::setDesktopFileName(u"th.otpmanager.OtpManager"_s);
    return GuiStartup::run(app);
}
