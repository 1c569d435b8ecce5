// SPDX-License-Identifier: GPL-3.0-or-later
// What the Dispatcher area shows of a benchmark.
#include "common/displayformat.h"
#include "confusionheatmap.h"
#include "dispatcherarea.h"
#include "document/workspacedocument.h"
#include "misroutesmodel.h"

#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace {
// One decimal: "91.5%"; the figures rest on tens of cases, more digits would claim too much.
QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + u'%';
}

QString rateText(const std::optional<double>& value)
{
    return value ? percent(*value) : DispatcherArea::tr("n/a");
}

QString monthlyDollars(double amount)
{
    return (amount < 0 ? QStringLiteral("−") : QStringLiteral("+")) + u'$' + QLocale().toString(std::abs(amount), 'f', 2);
}

QString dollarsText(const std::optional<double>& value)
{
    return value ? DisplayFormat::dollars(*value) : DispatcherArea::tr("n/a");
}

QString signedDollars(double amount)
{
    return (amount < 0 ? QStringLiteral("−") : QStringLiteral("+")) + DisplayFormat::dollars(std::abs(amount));
}
} // namespace

QString DispatcherArea::summaryText() const
{
    return m_summary->text();
}

void DispatcherArea::showFigures()
{
    const bool shown = m_outcome.has_value() && m_figures.requests > 0;
    m_heatmap->setVisible(shown);
    m_endToEnd->setVisible(shown && m_endToEndFigures);
    m_price->setVisible(shown && m_endToEndFigures);
    if (!shown) {
        m_summary->setText(tr("Press “Benchmark the dispatcher” to send every category's test cases through the "
                              "rules and the classifier, and see which reach the wrong route and what that costs."));
        m_misroutes->setFigures({}, std::nullopt, {});
        return;
    }
    const DispatchFigures& figures = m_figures;
    QString text = tr("<b>%1 right</b> of %n request(s) · misroute rate <b>%2</b> · unmatched %3 · "
                      "%4 by rules, %5 by the classifier",
                      nullptr, figures.requests)
                       .arg(percent(figures.accuracy()), percent(figures.misrouteRate()),
                            percent(figures.unmatchedRate()))
                       .arg(figures.byRule)
                       .arg(figures.byClassifier);
    if (figures.classifierCalls > 0) {
        const auto p50 = figures.classifierLatencyP50Ms();
        text += QStringLiteral("<br>")
            + tr("Classifier: %1 per 1,000 requests, latency p50 %2 ms, errors: %3, unreadable answers: %4")
                  .arg(DisplayFormat::dollars(figures.classifierCostPer1k()), p50 ? QString::number(*p50) : tr("n/a"))
                  .arg(figures.classifierErrors)
                  .arg(figures.classifierUnreadable);
    }
    if (!m_endToEndFigures)
        text += QStringLiteral("<br>") + tr("End-to-end figures need a completed run: run the benchmark of the categories first.");
    m_summary->setText(text);
    m_heatmap->setFigures(figures);
    const auto rules = m_document->workspace().dispatcher ? m_document->workspace().dispatcher->rules
                                                          : QList<DispatchRule>();
    m_misroutes->setFigures(figures, m_endToEndFigures, rules);
    showEndToEnd();
}

void DispatcherArea::showEndToEnd()
{
    if (!m_endToEndFigures)
        return;
    const EndToEndFigures& e2e = *m_endToEndFigures;
    const QList<const ServedFigures*> rows { &e2e.deployed, &e2e.perfect, &e2e.bestSingle };
    for (int row = 0; row < rows.size(); ++row) {
        const ServedFigures& served = *rows.at(row);
        const QStringList cells { rateText(served.passRate()), dollarsText(served.costPer1k()),
                                  QString::number(served.cases), QString::number(served.notEvaluated) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_endToEnd->setItem(row, column, item);
        }
    }
    m_endToEnd->verticalHeaderItem(2)->setText(tr("Best single model: %1").arg(e2e.bestSingle.model));
    QString price = tr("On run %1. The price of misroutes, on %n case(s) scored both ways: %2 points of pass rate, "
                       "%3 per 1,000 requests",
                       nullptr, e2e.comparedCases)
                        .arg(e2e.runId, QLocale().toString(e2e.passRateLoss * 100.0, 'f', 1),
                             signedDollars(e2e.costChangePer1k));
    if (e2e.monthlyCostChangeUsd)
        price += tr("; at the traffic profile %1 a month and %2 right answers lost a month.")
                     .arg(monthlyDollars(*e2e.monthlyCostChangeUsd),
                          DisplayFormat::count(qRound64(*e2e.monthlyLostPasses)));
    m_price->setText(price);
}
