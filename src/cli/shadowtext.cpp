// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowtext.h"

#include "consoletext.h"
#include "routing/routeexplanation.h"

#include <cmath>
#include <QCoreApplication>
#include <QLocale>

namespace {
class ShadowText
{
    Q_DECLARE_TR_FUNCTIONS(ShadowText)
};

QString tallyText(const ShadowTally& tally, bool verdicts)
{
    QString text = ShadowText::tr("%1 better · %2 same · %3 worse").arg(tally.wins).arg(tally.ties).arg(tally.losses);
    if (tally.undecided > 0)
        text += verdicts ? ShadowText::tr(" · %n without a verdict", nullptr, tally.undecided)
                         : ShadowText::tr(" · %n undecided", nullptr, tally.undecided);
    return text;
}

QString scoreBasis(ShadowScoring scoring)
{
    switch (scoring) {
    case ShadowScoring::Scores:
        return ShadowText::tr("by score");
    case ShadowScoring::Similarity:
        return ShadowText::tr("by similarity");
    case ShadowScoring::PairwiseJudge:
        return ShadowText::tr("by the judge");
    }
    return {};
}

QString fromTo(const QString& before, const QString& after, std::optional<double> change)
{
    QString text = before + QStringLiteral(" → ") + after;
    if (change)
        text += QStringLiteral(" (") + changeText(change) + u')';
    return text;
}

// Answers collected through a provider's batch API have no latency: unknown, never 0 ms.
QString meanLatencyText(std::optional<double> milliseconds)
{
    return milliseconds ? durationText(std::llround(*milliseconds)) : ShadowText::tr("not measured (batch)");
}

QString savingText(const ShadowSummary& summary)
{
    if (!summary.projectedMonthlySavingUsd)
        return ShadowText::tr("unknown (the workspace gives no traffic for this category)");
    const double saving = *summary.projectedMonthlySavingUsd;
    const QString requests = QLocale(QLocale::English).toString(summary.monthlyRequests);
    return saving >= 0 ? ShadowText::tr("%1 a month at %2 requests").arg(usdText(saving), requests)
                       : ShadowText::tr("%1 a month more at %2 requests").arg(usdText(-saving), requests);
}

// Where a shortened answer starts: a little before its first change, so that two answers that
// open alike show where they part.
int excerptStart(const QList<DiffSpan>& spans)
{
    for (const DiffSpan& span : spans) {
        if (span.kind != DiffSpan::Same)
            return span.start > 12 ? span.start - 12 : 0;
    }
    return 0;
}

QString answerText(const ShadowAnswer& answer, const QList<DiffSpan>& spans)
{
    if (!answer.answered)
        return ShadowText::tr("(no answer)");
    if (answer.isError())
        return ShadowText::tr("(error: %1)").arg(answer.errorKind);
    const int start = excerptStart(spans);
    return start > 0 ? u'…' + shortAnswer(answer.output.mid(start), 39) : shortAnswer(answer.output);
}

QString outcomeText(const ShadowCandidateAnswer& candidate)
{
    QString text = shadowOutcomeDisplayName(candidate.byScore).toLower();
    if (candidate.verdict)
        text += QStringLiteral(" / ") + verdictKey(candidate.verdict->verdict);
    return text;
}
} // namespace

QString changeText(std::optional<double> change)
{
    if (!change)
        return QStringLiteral("–");
    const long percent = std::lround(*change * 100);
    return (percent > 0 ? QStringLiteral("+") : QString()) + QString::number(percent) + u'%';
}

QString shortAnswer(const QString& text, int width)
{
    const QString line = text.simplified();
    return line.size() <= width ? line : line.left(width - 1) + u'…';
}

QString shadowSummaryText(const ShadowComparison& comparison, int candidateIndex)
{
    const ShadowSummary& summary = comparison.summaries.at(candidateIndex);
    QList<QStringList> rows {
        { ShadowText::tr("cases"), QString::number(summary.cases) },
        { ShadowText::tr("agreement"),
          ShadowText::tr("%1 (%2 of %3)")
              .arg(percentText(summary.agreementRate()))
              .arg(summary.agreements)
              .arg(summary.cases) },
        { scoreBasis(comparison.scoring), tallyText(summary.byScore, false) },
        { ShadowText::tr("by your verdicts"), tallyText(summary.byVerdict, true) },
    };
    if (summary.baselineAccuracy && summary.candidateAccuracy)
        rows.append({ ShadowText::tr("accuracy"),
                      fromTo(percentText(*summary.baselineAccuracy), percentText(*summary.candidateAccuracy), {}) });
    if (summary.baselineErrors + summary.candidateErrors > 0)
        rows.append({ ShadowText::tr("errors"),
                      fromTo(QString::number(summary.baselineErrors), QString::number(summary.candidateErrors), {}) });
    rows.append({ ShadowText::tr("cost per request"),
                  fromTo(usdText(summary.baselineCostPerRequest()), usdText(summary.candidateCostPerRequest()),
                         summary.costChange()) });
    rows.append({ ShadowText::tr("mean latency"),
                  fromTo(meanLatencyText(summary.baselineMeanLatencyMs),
                         meanLatencyText(summary.candidateMeanLatencyMs), summary.latencyChange()) });
    rows.append({ ShadowText::tr("projected saving"), savingText(summary) });
    return ShadowText::tr("%1 against %2 (baseline):\n").arg(summary.candidateModelId, comparison.baselineModelId)
        + alignedTable(rows);
}

QString shadowCasesText(const ShadowComparison& comparison, int candidateIndex, bool all)
{
    const QList<int> rows = comparison.filtered(candidateIndex, all ? ShadowFilter::All : ShadowFilter::Disagreements);
    const QString candidate = comparison.candidateModelIds.at(candidateIndex);
    if (rows.isEmpty())
        return ShadowText::tr("%1 agrees with %2 on every case.\n").arg(candidate, comparison.baselineModelId);
    QList<QStringList> table { { ShadowText::tr("case"), ShadowText::tr("outcome"), comparison.baselineModelId,
                                 candidate } };
    for (const int row : rows) {
        const ShadowCase& shadowCase = comparison.cases.at(row);
        const ShadowCandidateAnswer& answer = shadowCase.candidates.at(candidateIndex);
        table.append({ shadowCase.caseId, outcomeText(answer), answerText(shadowCase.baseline, answer.diff.baseline),
                       answerText(answer.answer, answer.diff.candidate) });
    }
    const QString heading
        = all ? ShadowText::tr("Cases, %1 against %2:\n") : ShadowText::tr("Disagreements, %1 against %2:\n");
    return heading.arg(candidate, comparison.baselineModelId) + alignedTable(table);
}
