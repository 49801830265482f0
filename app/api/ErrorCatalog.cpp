// STUB: replaced by the real implementation
#include "ErrorCatalog.h"
const QList<ErrorEntry> &ErrorCatalog::entries()
{
    static const QList<ErrorEntry> e;
    return e;
}
std::optional<ErrorEntry> ErrorCatalog::byRow(int)
{
    return {};
}
std::optional<ErrorEntry> ErrorCatalog::byStatusCode(int, int)
{
    return {};
}
std::optional<ErrorEntry> ErrorCatalog::byName(QStringView)
{
    return {};
}
std::optional<ErrorEntry> ErrorCatalog::byMessage(QStringView, int)
{
    return {};
}
QByteArray ErrorCatalog::exampleBody(const ErrorEntry &)
{
    return {};
}
