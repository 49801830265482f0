#pragma once

// How long the recorded sandbox traffic is kept (reports): rows older than maxAgeDays go, and
// beyond maxRows the oldest go, checked in the background (SandboxTrafficRecorder).
struct TrafficRetention {
    static constexpr int DefaultMaxAgeDays = 90;
    static constexpr int DefaultMaxRows = 2000000; // about 400 MB with its indexes
    // The most a user may set (Settings > Reports, otpctl sandbox --keep-days / --max-rows).
    static constexpr int MostDays = 3650;
    static constexpr int MostRows = 100000000;

    int maxAgeDays = DefaultMaxAgeDays; // <= 0: no age limit
    int maxRows = DefaultMaxRows; // <= 0: no row cap
    int pruneIntervalMs = 60 * 60 * 1000; // and once shortly after start
};
