// SPDX-License-Identifier: GPL-3.0-or-later
// The report as a terminal shows it.
#include "reportformats.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace {
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

const QString dash = QStringLiteral("-");

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 1) + u'%';
}

QString range(const Interval& interval)
{
    return QString::number(100.0 * interval.lower, 'f', 1) + u'-' + QString::number(100.0 * interval.upper, 'f', 1)
        + u'%';
}

// Cents above a cent, two significant digits below it: one request often costs millionths.
QString usd(double dollars)
{
    const double size = std::abs(dollars);
    const QString sign = dollars < 0.0 ? QStringLiteral("-") : QString();
    if (size < 1e-12 || size >= 0.01)
        return sign + u'$' + QString::number(size, 'f', 2);
    const int decimals = std::min(8, 1 - int(std::floor(std::log10(size))));
    return sign + u'$' + QString::number(size, 'f', decimals);
}

QString signedUsd(double dollars)
{
    const QString text = usd(dollars);
    return text.startsWith(u'-') || text == QLatin1String("$0.00") ? text : u'+' + text;
}

QString points(double change)
{
    const QString text = QString::number(100.0 * change, 'f', 1);
    if (text == QLatin1String("0.0") || text == QLatin1String("-0.0"))
        return ReportText::tr("%1 pp").arg(QStringLiteral("0.0"));
    return ReportText::tr("%1 pp").arg(change > 0.0 ? u'+' + text : text);
}

QString pValue(double p)
{
    return p < 0.001 ? QStringLiteral("<0.001") : QString::number(p, 'f', 3);
}

QString barText(BarOutcome outcome)
{
    switch (outcome) {
    case BarOutcome::Meets:
        return ReportText::tr("meets");
    case BarOutcome::Fails:
        return ReportText::tr("fails");
    case BarOutcome::Undecided:
        break;
    }
    return ReportText::tr("undecided");
}

QString flag(const std::optional<ReportChange>& change)
{
    if (!change)
        return ReportText::tr("new");
    if (change->regression)
        return ReportText::tr("REGRESSION");
    return change->improvement ? ReportText::tr("improvement") : QString();
}

QStringList header(bool compared)
{
    QStringList cells { ReportText::tr("category"),  ReportText::tr("model"),  ReportText::tr("cases"),
                        ReportText::tr("pass rate"), ReportText::tr("95% CI"), ReportText::tr("bar"),
                        ReportText::tr("P(meets)"),
                        ReportText::tr("$/1k req"),  ReportText::tr("$/case"), ReportText::tr("p50 ms"),
                        ReportText::tr("p95 ms"),    ReportText::tr("errors"), ReportText::tr("refused"),
                        ReportText::tr("stable"),    ReportText::tr("pass^k") };
    if (compared)
        cells << ReportText::tr("baseline") << ReportText::tr("change") << ReportText::tr("$/1k change")
              << ReportText::tr("p") << QString();
    return cells;
}

QStringList changeCells(const std::optional<ReportChange>& change)
{
    if (!change)
        return { dash, dash, dash, dash, flag(change) };
    return { percent(change->baselineAccuracy), points(change->accuracyChange), signedUsd(change->costChangePer1kUsd),
             pValue(change->pValue), flag(change) };
}

QStringList rowCells(const ReportRow& row, bool compared)
{
    QStringList cells { row.category,
                        row.model,
                        QString::number(row.cases),
                        percent(row.accuracy),
                        range(row.interval),
                        barText(row.bar),
                        QStringLiteral("%1%").arg(qRound(100.0 * row.probMeetsBar)),
                        usd(row.costPer1kUsd),
                        usd(row.costPerCaseUsd),
                        row.latencyP50Ms ? QString::number(*row.latencyP50Ms) : dash,
                        row.latencyP95Ms ? QString::number(*row.latencyP95Ms) : dash,
                        QString::number(row.errors),
                        QString::number(row.refusals),
                        percent(row.stability),
                        percent(row.passK) };
    if (compared)
        cells += changeCells(row.change);
    return cells;
}

// Columns padded to their widest cell, two spaces apart; the numbers (all but the first two, the
// bar and the flag) to the right.
constexpr qsizetype barColumn = 5;
constexpr qsizetype flagColumn = 19;
QString aligned(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool left = i < 2 || i == barColumn || i == flagColumn;
            line += QStringLiteral("  ")
                + (left ? row.at(i).leftJustified(widths.at(i)) : row.at(i).rightJustified(widths.at(i)));
        }
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}

QString title(const RunReport& report)
{
    if (!report.compared)
        return ReportText::tr("Run %1").arg(report.runId) + u'\n';
    return ReportText::tr("Run %1 against baseline %2").arg(report.runId, report.baselineRunId) + u'\n';
}

// Why a latency reads "-" or covers fewer answers than the cases: batch answers have none.
QString latencyNote(const RunReport& report)
{
    int unmeasured = 0;
    for (const ReportRow& row : report.rows)
        unmeasured += row.unmeasuredLatencies;
    if (unmeasured == 0)
        return {};
    return ReportText::tr("p50/p95: %n answer(s) collected through a provider's batch API have no latency of "
                          "their own and are left out (\"-\": none measured)",
                          nullptr, unmeasured)
        + u'\n';
}

QString footer(const RunReport& report)
{
    if (!report.compared)
        return latencyNote(report);
    QString text = latencyNote(report) + ReportText::tr("%n regression(s)", nullptr, report.regressions) + QStringLiteral(", ")
        + ReportText::tr("%n improvement(s)", nullptr, report.improvements) + u'\n';
    if (!report.onlyInBaseline.isEmpty()) {
        QStringList cells;
        for (const CellKey& cell : report.onlyInBaseline)
            cells.append(cell.category + u'/' + cell.modelId);
        text += ReportText::tr("Only in the baseline: %1").arg(cells.join(QStringLiteral(", "))) + u'\n';
    }
    return text;
}
} // namespace

QString reportText(const RunReport& report)
{
    if (report.rows.isEmpty())
        return title(report) + ReportText::tr("  No results.") + u'\n' + footer(report);
    QList<QStringList> rows { header(report.compared) };
    for (const ReportRow& row : report.rows)
        rows.append(rowCells(row, report.compared));
    return title(report) + aligned(rows) + footer(report);
}
