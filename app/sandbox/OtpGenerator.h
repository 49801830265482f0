#pragma once

#include "GeneratedOtp.h"

class RandomSource;

// Draws code, reference and token from a RandomSource in one fill() per request.
class OtpGenerator
{
public:
    static constexpr int RefnoLength = 5;
    static constexpr int TokenLength = 32;

    static GeneratedOtp generate(RandomSource &random, int digits);

    // True for exactly TokenLength characters of [A-Za-z0-9_-].
    static bool isTokenShaped(QStringView text);
};
