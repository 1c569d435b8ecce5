// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestiontext.h"

#include "cascade/cascadecheck.h"
#include "consoletext.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(SuggestCommand)
};

const QString chainSeparator = QStringLiteral(" -> ");

QString percent(double rate)
{
    return QStringLiteral("%1%").arg(100.0 * rate, 0, 'f', 1);
}

QStringList row(const RouteSuggestion& suggestion)
{
    QString chain = suggestion.chain.isEmpty() ? Text::tr("(none)") : suggestion.chain.join(chainSeparator);
    if (suggestion.cascadeCheck)
        chain = Text::tr("cascade %1 (escalates when %2 fails)")
                    .arg(chain, cascadeCheckText(*suggestion.cascadeCheck));
    QStringList cells { suggestion.category, targetKey(suggestion.target), chain };
    if (const std::optional<RouteEvidence>& evidence = suggestion.evidence)
        cells << percent(evidence->accuracy)
              << QStringLiteral("%1-%2").arg(percent(evidence->accuracyLow), percent(evidence->accuracyHigh))
              << usdText(evidence->costPer1k)
              << (evidence->probMeetsBar ? QStringLiteral("%1%").arg(qRound(100.0 * *evidence->probMeetsBar))
                                         : QStringLiteral("-"));
    else
        cells << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("-");
    cells << suggestionConfidenceKey(suggestion.confidence);
    return cells;
}

QString table(const QList<RouteSuggestion>& suggestions)
{
    QList<QStringList> rows { { Text::tr("category"), Text::tr("target"), Text::tr("chain"), Text::tr("accuracy"),
                                Text::tr("interval"), Text::tr("cost/1k"), Text::tr("P(meets bar)"),
                                Text::tr("confidence") } };
    for (const RouteSuggestion& suggestion : suggestions)
        rows.append(row(suggestion));
    return alignedTable(rows, { 3, 5, 6 });
}

QString explanations(const QList<RouteSuggestion>& suggestions)
{
    QString text;
    for (const RouteSuggestion& suggestion : suggestions)
        text += QStringLiteral("  %1: %2\n").arg(suggestion.category, suggestion.explanation);
    return text;
}

QString amount(double usd, bool known)
{
    return known ? usdText(usd) : Text::tr("unknown");
}

QString projectionText(const SavingsProjection& projection)
{
    if (projection.monthlyRequests <= 0)
        return Text::tr("No monthly traffic in the workspace (traffic: monthly_requests): no cost projection.\n");
    QString text = Text::tr("Projected monthly cost for %1 requests:\n")
                       .arg(QLocale(QLocale::English).toString(projection.monthlyRequests));
    const bool priced = projection.errorsPriced;
    const auto line = [priced](const QString& name, double api, bool apiKnown, double errors, bool errorsKnown) {
        QStringList cells { name, amount(api, apiKnown) };
        if (priced)
            cells << amount(errors, errorsKnown) << amount(api + errors, apiKnown && errorsKnown);
        return cells;
    };
    QList<QStringList> rows;
    if (priced)
        rows.append({ QString(), Text::tr("API"), Text::tr("errors"), Text::tr("total") });
    rows.append(line(Text::tr("suggested map"), projection.mapMonthlyCostUsd, projection.mapCostKnown,
                     projection.mapMonthlyErrorCostUsd, projection.mapErrorCostKnown));
    rows.append(line(Text::tr("current map"), projection.previousMonthlyCostUsd, projection.previousCostKnown,
                     projection.previousMonthlyErrorCostUsd, projection.previousErrorCostKnown));
    if (!projection.baselineModelId.isEmpty())
        rows.append(line(Text::tr("everything on %1").arg(projection.baselineModelId),
                         projection.baselineMonthlyCostUsd, projection.baselineCostKnown,
                         projection.baselineMonthlyErrorCostUsd, projection.baselineErrorCostKnown));
    text += alignedTable(rows, { 1, 2, 3 });
    if (priced)
        text += Text::tr("Errors are priced at each category's error_cost_usd times its expected wrong answers.\n");
    // With priced errors the maps compare by their totals: a cheaper map with more wrong answers may cost more.
    const double map = priced ? projection.mapMonthlyTotalUsd() : projection.mapMonthlyCostUsd;
    const double current = priced ? projection.previousMonthlyTotalUsd() : projection.previousMonthlyCostUsd;
    const bool known = priced ? projection.mapTotalKnown() && projection.previousTotalKnown()
                              : projection.mapCostKnown && projection.previousCostKnown;
    if (known) {
        const double change = map - current;
        text += change <= 0.0
            ? Text::tr("The suggested map saves %1 a month against the current map.\n").arg(usdText(-change))
            : Text::tr("The suggested map costs %1 a month more than the current map.\n").arg(usdText(change));
    }
    return text;
}
} // namespace

QString suggestionText(const SuggestionReport& report)
{
    QString text = Text::tr("Suggested routes from run %1\n").arg(report.runId);
    text += table(report.suggestions) + u'\n' + explanations(report.suggestions) + u'\n';
    text += report.defaultChain.isEmpty()
        ? Text::tr("Default chain: none (no model meets the lowest bar on the traffic-weighted mix)\n")
        : Text::tr("Default chain: %1\n").arg(report.defaultChain.join(chainSeparator));
    return text + u'\n' + projectionText(report.projection);
}
