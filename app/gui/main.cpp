#include "GuiStartup.h"

#include <QApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"OTP Manager"_s);
    QApplication::setApplicationDisplayName(u"OTP Manager"_s);
    QApplication::setOrganizationName(u"OTP Manager"_s);
    QApplication::setOrganizationDomain(u"otpmanager.th"_s);
    QApplication::setApplicationVersion(QStringLiteral(OTP_VERSION_STRING));
    QGuiApplication::setDesktopFileName(u"th.otpmanager.OtpManager"_s);
    return GuiStartup::run(app);
}
