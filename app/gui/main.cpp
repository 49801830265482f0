#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"OTP Manager"_s);
    QApplication::setOrganizationName(u"OTP Manager"_s);
    QApplication::setApplicationVersion(QStringLiteral(OTP_VERSION_STRING));
    QGuiApplication::setDesktopFileName(u"th.otpmanager.OtpManager"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage, test and sandbox ThaiBulkSMS OTP apps."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}
