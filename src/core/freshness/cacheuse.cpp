// SPDX-License-Identifier: GPL-3.0-or-later
#include "cacheuse.h"

#include <cmath>
#include <QLocale>

void CacheUse::add(const ResultRecord& result)
{
    if (result.isError())
        return;
    ++answers;
    if (!result.cached)
        return;
    ++cached;
    if (!result.cachedAt.isValid())
        return;
    if (!oldest.isValid() || result.cachedAt < oldest)
        oldest = result.cachedAt;
    if (!newest.isValid() || result.cachedAt > newest)
        newest = result.cachedAt;
}

CacheUse cacheUseOf(const QList<ResultRecord>& results)
{
    CacheUse use;
    for (const ResultRecord& result : results)
        use.add(result);
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
