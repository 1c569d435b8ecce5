// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeexplanation.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(RouteSuggestion)
};

QString passedText(const CellStats& cell)
{
    return Text::tr("%1 of %2 passed, %3")
        .arg(cell.passes)
        .arg(cell.trials)
        .arg(rateWithInterval(cell.passRate(), cell.passInterval));
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
        return Text::tr("%1 is the fastest model that meets the %2 bar (p95 %3 ms; %4).")
            .arg(winner.modelId, bar)
            .arg(winner.latencyP95Ms)
            .arg(passedText(winner));
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
    if (verdict.beyondCap)
        return Text::tr(
            "Its interval still reaches below the bar, and more than %n more cases would be needed to decide it.",
            nullptr, int(verdict.moreCases));
    return Text::tr("Its interval still reaches below the bar: about %n more cases would likely decide it.", nullptr,
                    int(verdict.moreCases));
}

QString rivalSentence(OptimisationTarget target, const CellStats& rival)
{
    const QString rate = rateWithInterval(rival.passRate(), rival.passInterval);
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
    const QString rate = rateWithInterval(runnerUp.passRate(), runnerUp.passInterval);
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
    sentences.removeAll(QString());
    return sentences.join(QLatin1Char(' '));
}

QString explainNoData(const QString& category)
{
    return Text::tr("The run has no results for %1: nothing to suggest.").arg(category);
}

QString explainNoneMeetsBar(const CellStats& mostAccurate)
{
    return Text::tr("No model meets the %1 bar; the most accurate, %2, reached %3. Nothing is suggested.")
        .arg(percentText(mostAccurate.threshold), mostAccurate.modelId,
             rateWithInterval(mostAccurate.passRate(), mostAccurate.passInterval));
}
