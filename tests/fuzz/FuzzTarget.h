#pragma once

#include <QByteArrayView>
#include <QList>

// One libFuzzer target: a parser of outside bytes fed any input, with the invariants it must
// keep checked by fuzzRequire(). The same functions run under libFuzzer (fuzz_<name>, clang,
// -DOTP_FUZZ=ON) and in tst_fuzzcorpus, which replays the seed corpus and every input that
// once failed in every build.
struct FuzzTarget {
    using Function = void (*)(QByteArrayView data);

    const char *name; // fuzz_<name>, corpus/<name>, regressions/<name>
    Function run;

    static const QList<FuzzTarget> &all();
    static const FuzzTarget *byName(QByteArrayView name);
};

// A broken invariant: says which on stderr and aborts, so libFuzzer keeps the input as a crash
// and the replay test fails.
void fuzzRequire(bool condition, const char *invariant);

// Several targets take a header or a number before the bytes they parse: the first line (up to
// the first '\n', without it) and the rest.
struct FuzzSplit {
    QByteArrayView firstLine;
    QByteArrayView rest;

    static FuzzSplit atFirstLine(QByteArrayView data);
};

void fuzzSandboxRequest(QByteArrayView data);
void fuzzSecretMasker(QByteArrayView data);
void fuzzErrorDecoder(QByteArrayView data);
void fuzzMessageTemplate(QByteArrayView data);
void fuzzAppsFile(QByteArrayView data);
void fuzzIpRanges(QByteArrayView data);
void fuzzMsisdn(QByteArrayView data);
