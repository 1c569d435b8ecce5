// SPDX-License-Identifier: GPL-3.0-or-later
// The savings simulator's table: a row per category of the traffic mix.
#include "common/costformat.h"
#include "common/displayformat.h"
#include "document/workspacedocument.h"
#include "savingspanel.h"
#include "savingstext.h"

#include <QLocale>
#include <QTableWidget>

// Whole dollars once a figure passes $100: "$1,240", "$56.20", "$0.42".
QString monthlyText(double usd)
{
    if (usd >= 100.0)
        return QStringLiteral("$") + QLocale().toString(qRound64(usd));
    return costText(usd);
}

QString pointsText(double change)
{
    const double points = change * 100.0;
    if (qAbs(points) < 0.05)
        return SavingsPanel::tr("±0 pts");
    return SavingsPanel::tr("%1%2 pts")
        .arg(points > 0 ? QStringLiteral("+") : QString(), QLocale().toString(points, 'f', 1));
}

QTableWidgetItem* readOnlyItem(const QString& text, Qt::Alignment alignment)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(alignment);
    return item;
}

void SavingsPanel::fillTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->setColumnHidden(ErrorsColumn, !m_projection.errorsPriced);
    m_table->setColumnHidden(TotalColumn, !m_projection.errorsPriced);
    m_table->setRowCount(int(m_projection.categories.size()));
    for (int row = 0; row < m_projection.categories.size(); ++row) {
        const CategoryProjection& category = m_projection.categories.at(row);
        const bool named = m_document->workspace().indexOfCategory(category.category) >= 0;
        auto* name = readOnlyItem(category.isOtherTraffic() ? tr("Other traffic") : category.category,
                                  Qt::AlignLeft | Qt::AlignVCenter);
        name->setToolTip(category.modelId.isEmpty() ? QString() : tr("Routed to %1").arg(category.modelId));
        m_table->setItem(row, CategoryColumn, name);
        auto* share = readOnlyItem(DisplayFormat::percent(category.trafficShare));
        if (named)
            share->setFlags(share->flags() | Qt::ItemIsEditable);
        m_table->setItem(row, ShareColumn, share);
        fillRow(row, category);
        // The change against the baseline in the cell; the figures themselves in its tool tip.
        QString accuracy = tr("no evidence");
        QString tip;
        if (category.accuracy && category.baselineAccuracy) {
            accuracy = pointsText(*category.accuracy - *category.baselineAccuracy);
            tip = tr("%1 with the map, %2 with the baseline")
                      .arg(DisplayFormat::percent(*category.accuracy),
                           DisplayFormat::percent(*category.baselineAccuracy));
        } else if (category.accuracy) {
            accuracy = DisplayFormat::percent(*category.accuracy);
        }
        if (const std::optional<double> change = category.accuracyChange())
            tip += QLatin1Char('\n') + tr("Against the saved map: %1").arg(pointsText(*change));
        auto* accuracyItem = readOnlyItem(accuracy);
        accuracyItem->setToolTip(tip.trimmed());
        m_table->setItem(row, AccuracyColumn, accuracyItem);
    }
}

// The money of one row: API cost, errors and their sum for the map, and the baseline's (total when
// priced); a figure the run lacks is "unknown", never $0.
void SavingsPanel::fillRow(int row, const CategoryProjection& category)
{
    const QString unknown = tr("unknown");
    m_table->setItem(row, MapColumn,
                     readOnlyItem(category.costKnown ? monthlyText(category.monthlyCostUsd) : unknown));
    const bool priced = category.errorCostUsd.has_value();
    const QString dash = QStringLiteral("–");
    auto* errors = readOnlyItem(!priced ? dash : (category.errorCostKnown ? monthlyText(category.monthlyErrorCostUsd)
                                                                          : unknown));
    if (priced)
        errors->setToolTip(tr("%1 per wrong answer").arg(costText(*category.errorCostUsd)));
    else
        errors->setToolTip(tr("The category sets no price of an error"));
    m_table->setItem(row, ErrorsColumn, errors);
    const bool totalKnown = category.costKnown && (!priced || category.errorCostKnown);
    m_table->setItem(row, TotalColumn,
                     readOnlyItem(totalKnown ? monthlyText(category.monthlyCostUsd + category.monthlyErrorCostUsd)
                                             : unknown));
    const double baseline = category.baselineMonthlyCostUsd + category.baselineMonthlyErrorCostUsd;
    const bool baselineKnown = category.baselineCostKnown && (!priced || category.baselineErrorCostKnown);
    auto* baselineItem = readOnlyItem(baselineKnown ? monthlyText(baseline) : unknown);
    if (priced && baselineKnown)
        baselineItem->setToolTip(tr("API %1 + errors %2")
                                     .arg(monthlyText(category.baselineMonthlyCostUsd),
                                          monthlyText(category.baselineMonthlyErrorCostUsd)));
    m_table->setItem(row, BaselineColumn, baselineItem);
}
