#pragma once

#include "util/EnumIds.h"

#include <QCoreApplication>
#include <QString>

// What the sandbox does wrong on purpose, for QA of a client's error handling. Applies to the
// four OTP routes only (never /health, 404, 405 or 413), and can be changed while it runs.
//
// Latency delays the answer (the request is still processed at once). The action replaces the
// answer: Error sends catalog row errorRow with its HTTP code and body instead of processing
// the request; Drop closes the connection without an answer. Which requests the action hits is
// the scope: all of them, the next `count`, or a random `fraction`.
struct SandboxFaults {
    Q_DECLARE_TR_FUNCTIONS(SandboxFaults)

public:
    static constexpr int MaxLatencyMs = 60000;

    enum class Action { None, Error, Drop };
    enum class Scope { Always, NextRequests, Fraction };

    // Stable, untranslated identifiers: "drop" is typed on otpctl's command line (--fail drop);
    // the scope ids name otpctl's options (--fail-next, --fail-rate).
    friend constexpr EnumIdTable<Action, 3> enumIds(Action)
    {
        return {{{Action::None, "none"}, {Action::Error, "error"}, {Action::Drop, "drop"}}};
    }
    friend constexpr EnumIdTable<Scope, 3> enumIds(Scope)
    {
        return {
            {{Scope::Always, "always"}, {Scope::NextRequests, "next"}, {Scope::Fraction, "rate"}}};
    }

    int latencyMs = 0; // added to every OTP answer
    int jitterMs = 0; // plus a uniform random 0..jitterMs
    Action action = Action::None;
    int errorRow = 0; // ErrorCatalog row 1..63, for Action::Error
    Scope scope = Scope::Always;
    int count = 0; // Scope::NextRequests: how many requests are still to be hit
    double fraction = 0.0; // Scope::Fraction: 0..1, the share of requests hit

    // Convenience constructors for the common cases.
    static SandboxFaults latency(int ms, int jitterMs = 0);
    static SandboxFaults error(int catalogRow, Scope scope = Scope::Always, int count = 0,
                               double fraction = 0.0);
    static SandboxFaults drop(Scope scope = Scope::Always, int count = 0, double fraction = 0.0);

    bool isActive() const { return latencyMs > 0 || jitterMs > 0 || action != Action::None; }
    // Empty when usable, else a translated sentence saying which value is out of range.
    QString problem() const;

    friend bool operator==(const SandboxFaults &a, const SandboxFaults &b)
    {
        return a.latencyMs == b.latencyMs && a.jitterMs == b.jitterMs && a.action == b.action
            && a.errorRow == b.errorRow && a.scope == b.scope && a.count == b.count
            && a.fraction == b.fraction;
    }
};
