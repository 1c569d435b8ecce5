// SPDX-License-Identifier: GPL-3.0-or-later
#include "percentile.h"

#include <algorithm>

qint64 nearestRankPercentile(QList<qint64> values, int percent)
{
    const qint64 count = values.size();
    if (count == 0)
        return 0;
    const qint64 scaled = qint64(std::clamp(percent, 0, 100)) * count;
    const qint64 rank = std::max<qint64>(1, (scaled + 99) / 100); // ceil(percent * N / 100)
    const auto nth = values.begin() + (rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}
