// STUB: replaced by the real implementation
#include "ErrorDecoder.h"
DecodedResponse ErrorDecoder::decode(int s, const QByteArray &)
{
    DecodedResponse r;
    r.httpStatus = s;
    return r;
}
