// The mobile number of a request (typed, passed to otpctl, sent to the sandbox): the whole
// input is the text. parse and validate agree, and an accepted number reads back the same in
// both of its written forms.
#include "FuzzTarget.h"
#include "domain/Msisdn.h"

void fuzzMsisdn(QByteArrayView data)
{
    const QString text = QString::fromUtf8(data);
    const std::optional<Msisdn> number = Msisdn::parse(text);
    fuzzRequire(number.has_value() == Msisdn::validate(text).isEmpty(), "parse and validate agree");
    if (!number)
        return;
    fuzzRequire(Msisdn::parse(number->international()) == number, "+66 form reads back");
    fuzzRequire(Msisdn::parse(number->domestic()) == number, "0 form reads back");
    fuzzRequire(number->domestic().size() == 10 && number->masked().size() == 10,
                "ten digits, masked or not");
}
