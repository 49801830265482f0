#include "OtpCallOptions.h"

using namespace Qt::Literals::StringLiterals;

QString operationId(OtpOperation operation)
{
    return operation == OtpOperation::Verify ? u"verify"_s : u"request"_s;
}

std::optional<OtpOperation> operationFromId(QStringView id)
{
    if (id.compare(u"request", Qt::CaseInsensitive) == 0)
        return OtpOperation::Request;
    if (id.compare(u"verify", Qt::CaseInsensitive) == 0)
        return OtpOperation::Verify;
    return std::nullopt;
}

QString apiVersionId(ApiVersion version)
{
    return version == ApiVersion::V1 ? u"v1"_s : u"v2"_s;
}

std::optional<ApiVersion> apiVersionFromId(QStringView id)
{
    const QStringView trimmed = id.trimmed();
    if (trimmed.compare(u"v1", Qt::CaseInsensitive) == 0 || trimmed == u"1")
        return ApiVersion::V1;
    if (trimmed.compare(u"v2", Qt::CaseInsensitive) == 0 || trimmed == u"2")
        return ApiVersion::V2;
    return std::nullopt;
}

QString bodyFormatId(BodyFormat format)
{
    return format == BodyFormat::Json ? u"json"_s : u"form"_s;
}

std::optional<BodyFormat> bodyFormatFromId(QStringView id)
{
    const QStringView trimmed = id.trimmed();
    if (trimmed.compare(u"form", Qt::CaseInsensitive) == 0)
        return BodyFormat::Form;
    if (trimmed.compare(u"json", Qt::CaseInsensitive) == 0)
        return BodyFormat::Json;
    return std::nullopt;
}
