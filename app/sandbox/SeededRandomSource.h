#pragma once

#include "RandomSource.h"

#include <QRandomGenerator>

// A repeatable source for tests and benchmarks: the same seed gives the same codes, tokens
// and fault decisions. Never use it for a server others can reach.
class SeededRandomSource final : public RandomSource
{
public:
    explicit SeededRandomSource(quint32 seed) : m_generator(seed) { }

    void fill(quint8 *data, qsizetype size) override;

private:
    QRandomGenerator m_generator;
};
