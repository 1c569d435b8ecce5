// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeexplanation.h"

#include <cmath>
#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(RouteSuggestion)
};

QString passedText(const CellStats& cell)
{
    return Text::tr("%1 of %2 cases passed, %3; %4")
        .arg(casesText(cell.casePasses), QString::number(cell.cases),
             rateWithInterval(cell.passRate(), cell.passInterval), likelyText(cell.probMeetsBar));
}

// "small: 38 of 40, 86% likely to meet it, costs 2.4x as much": an alternative against the winner.
QString alternativeText(const CellStats& other, const CellStats& winner)
{
    QString figures = Text::tr("%1: %2 of %3, %4")
                                .arg(other.modelId, casesText(other.casePasses), QString::number(other.cases),
                                     likelyText(other.probMeetsBar));
    const double winnerCost = winner.modelCostPerRequest();
    if (winnerCost <= 0.0 || other.modelCostPerRequest() <= 0.0)
        return figures;
    const double ratio = other.modelCostPerRequest() / winnerCost;
    if (ratio >= 1.0)
        return Text::tr("%1, costs %2x as much").arg(figures, QString::number(ratio, 'f', 1));
    return Text::tr("%1, costs %2% as much").arg(figures, QString::number(qRound(100.0 * ratio)));
}

QString totalCostSentence(const CellStats& winner, const QString& bar)
{
    const double total = 1000.0 * winner.expectedTotalCostPerRequest();
    const double api = winner.costPer1kRequests();
    if (!winner.errorCostUsd)
        return Text::tr("%1 has the lowest cost that meets the %2 bar, $%3 per 1,000 requests; the category sets no "
                        "price of an error (%4).")
            .arg(winner.modelId, bar, QString::number(api, 'f', 2), passedText(winner));
    return Text::tr("%1 has the lowest expected total cost that meets the %2 bar: $%3 per 1,000 requests, $%4 API "
                    "and $%5 expected errors (%6).")
        .arg(winner.modelId, bar, QString::number(total, 'f', 2), QString::number(api, 'f', 2),
             QString::number(total - api, 'f', 2), passedText(winner));
}

QString choiceSentence(OptimisationTarget target, const CellStats& winner)
{
    const QString bar = percentText(winner.threshold);
    switch (target) {
    case OptimisationTarget::CheapestPassing:
        return Text::tr("%1 is the cheapest model that meets the %2 bar (%3).")
            .arg(winner.modelId, bar, passedText(winner));
    case OptimisationTarget::MostAccurate:
        return Text::tr("%1 is the most accurate model (%2) and meets the %3 bar.")
            .arg(winner.modelId, passedText(winner), bar);
    case OptimisationTarget::FastestPassing:
        if (!winner.latencyP95Ms) {
            return Text::tr("%1 meets the %2 bar (%3), but its latency was not measured (answered through a "
                            "provider's batch API), and neither was any other passing model's, so none can be "
                            "called the fastest.")
                .arg(winner.modelId, bar, passedText(winner));
        }
        return Text::tr("%1 is the fastest model that meets the %2 bar (p95 %3 ms; %4).")
            .arg(winner.modelId, bar)
            .arg(*winner.latencyP95Ms)
            .arg(passedText(winner));
    case OptimisationTarget::LowestTotalCost:
        return totalCostSentence(winner, bar);
    case OptimisationTarget::MostStable:
        break;
    }
    return Text::tr("%1 is the most stable model that meets the %2 bar (%3 of cases stable; %4).")
        .arg(winner.modelId, bar, percentText(winner.stability()), passedText(winner));
}

QString barSentence(const BarVerdict& verdict)
{
    if (verdict.outcome == BarOutcome::Meets)
        return {};
    if (verdict.onBar)
        return Text::tr("Its pass rate is exactly the bar: more cases would not decide it, the probability says how "
                        "likely it meets it.");
    if (verdict.beyondCap)
        return Text::tr(
            "Its interval still reaches below the bar, and more than %n more cases would be needed to decide it.",
            nullptr, int(verdict.moreCases));
    return Text::tr("Its interval still reaches below the bar: about %n more cases would likely decide it.", nullptr,
                    int(verdict.moreCases));
}

QString rivalSentence(OptimisationTarget target, const CellStats& rival)
{
    const QString rate = Text::tr("%1 of %2, %3; %4")
                             .arg(casesText(rival.casePasses), QString::number(rival.cases),
                                  rateWithInterval(rival.passRate(), rival.passInterval), likelyText(rival.probMeetsBar));
    // A rival ranks ahead of the winner; without a measured latency (batch answers) it cannot have
    // been faster, only ahead on the tie-breaks.
    if (target == OptimisationTarget::FastestPassing && !rival.latencyP95Ms)
        return Text::tr("%1 ranks ahead on cost or accuracy (its latency was not measured either) and is undecided "
                        "against the bar (%2): about %n more cases would likely decide it.",
                        nullptr, int(rival.verdict.moreCases))
            .arg(rival.modelId, rate);
    if (target == OptimisationTarget::FastestPassing)
        return Text::tr("%1 is faster and undecided against the bar (%2): about %n more cases would likely decide it.",
                        nullptr, int(rival.verdict.moreCases))
            .arg(rival.modelId, rate);
    return Text::tr("%1 is cheaper and undecided against the bar (%2): about %n more cases would likely decide it.",
                    nullptr, int(rival.verdict.moreCases))
        .arg(rival.modelId, rate);
}

QString separationSentence(const CellStats& runnerUp, const Separation& separation)
{
    const QString rate = Text::tr("%1 of %2, %3; %4")
                             .arg(casesText(runnerUp.casePasses), QString::number(runnerUp.cases),
                                  rateWithInterval(runnerUp.passRate(), runnerUp.passInterval),
                                  likelyText(runnerUp.probMeetsBar));
    if (separation.separated) {
        if (separation.paired)
            return Text::tr("It beats %1 (%2) beyond chance (McNemar p = %3).")
                .arg(runnerUp.modelId, rate, QString::number(separation.pValue, 'f', 3));
        return Text::tr("Its interval lies above that of %1 (%2).").arg(runnerUp.modelId, rate);
    }
    if (separation.tie)
        return Text::tr("%1 does as well (%2); no number of cases would separate them.").arg(runnerUp.modelId, rate);
    const QString why = separation.paired
        ? Text::tr("its lead over %1 (%2) is within chance (McNemar p = %3)")
              .arg(runnerUp.modelId, rate, QString::number(separation.pValue, 'f', 3))
        : Text::tr("its interval overlaps that of %1 (%2)").arg(runnerUp.modelId, rate);
    if (separation.beyondCap)
        return Text::tr("Close: %1; more than %n more cases would be needed to separate them.", nullptr,
                        int(separation.moreCases))
            .arg(why);
    return Text::tr("Close: %1; about %n more cases would likely separate them.", nullptr, int(separation.moreCases))
        .arg(why);
}
} // namespace

QString casesText(double casePasses)
{
    const double whole = std::round(casePasses);
    if (std::abs(casePasses - whole) < 1e-6)
        return QString::number(qint64(whole));
    return QString::number(casePasses, 'f', 1);
}

QString probabilityText(double probability)
{
    if (probability < 0.005)
        return QStringLiteral("<1%");
    if (probability > 0.995)
        return QStringLiteral(">99%");
    return QStringLiteral("%1%").arg(qRound(100.0 * probability));
}

QString likelyText(double probability)
{
    return Text::tr("%1 likely to meet it").arg(probabilityText(probability));
}

QString percentText(double rate)
{
    return QStringLiteral("%1%").arg(100.0 * rate, 0, 'f', 1);
}

QString rateWithInterval(double rate, const Interval& interval)
{
    return QStringLiteral("%1 [%2-%3%]")
        .arg(percentText(rate))
        .arg(100.0 * interval.lower, 0, 'f', 1)
        .arg(100.0 * interval.upper, 0, 'f', 1);
}

QString explainSuggestion(OptimisationTarget target, const SuggestionFacts& facts)
{
    QStringList sentences { choiceSentence(target, *facts.winner), barSentence(facts.winner->verdict) };
    if (facts.rival)
        sentences.append(rivalSentence(target, *facts.rival));
    else if (facts.runnerUp && facts.separation)
        sentences.append(separationSentence(*facts.runnerUp, *facts.separation));
    else if (facts.runnerUp)
        sentences.append(Text::tr("Next: %1.").arg(alternativeText(*facts.runnerUp, *facts.winner)));
    sentences.removeAll(QString());
    return sentences.join(QLatin1Char(' '));
}

QString explainNoData(const QString& category)
{
    return Text::tr("The run has no results for %1: nothing to suggest.").arg(category);
}

QString explainNoneMeetsBar(const CellStats& mostAccurate)
{
    return Text::tr("No model meets the %1 bar; the most accurate, %2, reached %3 of %4 cases, %5; %6. Nothing is "
                    "suggested.")
        .arg(percentText(mostAccurate.threshold), mostAccurate.modelId, casesText(mostAccurate.casePasses),
             QString::number(mostAccurate.cases), rateWithInterval(mostAccurate.passRate(), mostAccurate.passInterval),
             likelyText(mostAccurate.probMeetsBar));
}
