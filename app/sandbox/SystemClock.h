#pragma once

#include "Clock.h"

// The real time of day.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};
