#include "OtpCtl.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"otpctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OTP_VERSION_STRING));
    OtpCtl otpctl;
    return toInt(otpctl.run(QCoreApplication::arguments()));
}
