// SPDX-License-Identifier: GPL-3.0-or-later
#include "cacheuse.h"

#include <cmath>
#include <QLocale>

CacheUse cacheUseOf(const QList<ResultRecord>& results)
{
    CacheUse use;
    for (const ResultRecord& result : results) {
        if (result.isError())
            continue;
        ++use.answers;
        if (!result.cached)
            continue;
        ++use.cached;
        if (!result.cachedAt.isValid())
            continue;
        if (!use.oldest.isValid() || result.cachedAt < use.oldest)
            use.oldest = result.cachedAt;
        if (!use.newest.isValid() || result.cachedAt > use.newest)
            use.newest = result.cachedAt;
    }
    return use;
}

QString CacheWarning::text(const CacheUse& use)
{
    if (!use.isMostlyCached())
        return {};
    // Rounded down, so that a run with one fresh answer never reads "100% cached".
    const int percent = int(std::floor(use.share() * 100.0));
    if (!use.oldest.isValid())
        return tr("%1% of these answers came from the response cache").arg(percent);
    const QString day = QLocale().toString(use.oldest.toLocalTime().date(), QStringLiteral("d MMM yyyy"));
    if (use.oldest.toLocalTime().date() == use.newest.toLocalTime().date())
        return tr("%1% of these answers were cached on %2").arg(percent).arg(day);
    return tr("%1% of these answers were cached, the oldest on %2").arg(percent).arg(day);
}
