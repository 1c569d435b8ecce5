// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratewindow.h"

namespace {
constexpr qint64 minuteMs = 60'000;
}

qint64 RateWindow::waitMs(qint64 nowMs)
{
    if (!isLimited())
        return 0;
    forget(nowMs);
    if (int(m_starts.size()) < m_perMinute)
        return 0;
    return m_starts.front() + minuteMs - nowMs;
}

void RateWindow::recordStart(qint64 nowMs)
{
    if (isLimited())
        m_starts.push_back(nowMs);
}

void RateWindow::forget(qint64 nowMs)
{
    while (!m_starts.empty() && m_starts.front() + minuteMs <= nowMs)
        m_starts.pop_front();
}
