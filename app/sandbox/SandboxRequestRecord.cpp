#include "SandboxRequestRecord.h"

#include "api/ErrorCatalog.h"

using namespace Qt::Literals::StringLiterals;

void SandboxRequestRecord::describe(const ErrorEntry &entry)
{
    statusCode = entry.statusCode;
    statusName = entry.displayName();
}

void SandboxRequestRecord::describe(int httpStatus, const QString &message)
{
    if (message.isEmpty() && httpStatus >= 200 && httpStatus < 300) {
        statusCode = 0;
        statusName = u"success"_s;
    } else if (const std::optional<ErrorEntry> entry
               = ErrorCatalog::byMessage(message, httpStatus)) {
        describe(*entry);
    } else {
        statusCode = httpStatus;
        statusName = message;
    }
}
