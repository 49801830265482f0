// The entry point of one libFuzzer executable, fuzz_<name>; OTP_FUZZ_TARGET is the name.
#include "FuzzTarget.h"

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Qt's warnings about odd input (thousands a second) would slow the fuzzer and bury its own
// output; fatal messages still abort.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(quietMessages);
    if (!FuzzTarget::byName(OTP_FUZZ_TARGET)) {
        std::fprintf(stderr, "no fuzz target named %s\n", OTP_FUZZ_TARGET);
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const FuzzTarget::Function run = FuzzTarget::byName(OTP_FUZZ_TARGET)->run;
    run(QByteArrayView(data, qsizetype(size)));
    return 0;
}
