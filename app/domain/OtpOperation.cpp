#include "OtpOperation.h"

#include <QCoreApplication>

QString operationName(OtpOperation operation)
{
    switch (operation) {
    case OtpOperation::Request:
        //: The OTP call that sends a code by SMS (a column of the call history)
        return QCoreApplication::translate("OtpOperation", "Request");
    case OtpOperation::Verify:
        //: The OTP call that checks the code a user typed (a column of the call history)
        return QCoreApplication::translate("OtpOperation", "Verify");
    }
    return {};
}
