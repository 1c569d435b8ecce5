// SPDX-License-Identifier: GPL-3.0-or-later
#include "freshnesstext.h"

#include "freshness/cacheuse.h"

namespace {
class FreshnessText
{
    Q_DECLARE_TR_FUNCTIONS(FreshnessText)
};
} // namespace

bool warnWhenMostlyCached(const QString& command, const QString& runId, const QList<ResultRecord>& results,
                          QTextStream& err)
{
    const QString warning = CacheWarning::text(cacheUseOf(results));
    if (warning.isEmpty())
        return false;
    err << FreshnessText::tr("%1: run %2: %3; a model that changed since would not show (run again with "
                             "--cache-max-age 0 to ask every model afresh)")
               .arg(command, runId, warning)
        << Qt::endl;
    return true;
}

QString pricingShiftsText(const QList<PricingShift>& shifts)
{
    if (shifts.isEmpty())
        return {};
    QString text = FreshnessText::tr("Pricing changed the winner (today's prices against the run's, from its token "
                                     "counts):")
        + u'\n';
    for (const PricingShift& shift : shifts)
        text += QStringLiteral("  %1: %2\n").arg(shift.category, PricingShiftText::describe(shift));
    return text;
}
