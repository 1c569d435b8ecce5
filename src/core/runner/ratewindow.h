// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <deque>

// A requests-per-minute limit as a sliding window of start times (milliseconds on a monotonic
// clock). Pure, so that tests can drive the clock.
class RateWindow
{
public:
    explicit RateWindow(int perMinute = 0)
        : m_perMinute(perMinute)
    {
    }

    bool isLimited() const { return m_perMinute > 0; }
    // 0 when a request may start at nowMs; else how long until one may.
    qint64 waitMs(qint64 nowMs);
    void recordStart(qint64 nowMs);

private:
    void forget(qint64 nowMs);

    int m_perMinute;
    std::deque<qint64> m_starts;
};
