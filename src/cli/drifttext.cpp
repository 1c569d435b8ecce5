// SPDX-License-Identifier: GPL-3.0-or-later
#include "drifttext.h"

#include "consoletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DriftCommand)
};

constexpr DriftKind allKinds[] = { DriftKind::Regression,     DriftKind::NewWinner,    DriftKind::PriceMovesWinner,
                                   DriftKind::StaleEvidence, DriftKind::MostlyCached, DriftKind::MissingModel };

QString categoryText(const QString& category)
{
    return category.isEmpty() ? Text::tr("(default)") : category;
}
} // namespace

QString driftText(const DriftReport& report, int maxAgeDays)
{
    QString text = Text::tr("Drift of run %1 against baseline %2 (evidence older than %3 days counts as stale)")
                       .arg(report.runId, report.baselineRunId)
                       .arg(maxAgeDays)
        + u'\n';
    if (!report.needsDecision())
        return text + Text::tr("Nothing needs a decision.") + u'\n';
    QList<QStringList> rows { { Text::tr("category"), Text::tr("what"), Text::tr("model"), Text::tr("detail") } };
    for (const DriftItem& item : report.items)
        rows.append({ categoryText(item.category), driftKindKey(item.kind), item.modelId, item.detail });
    QStringList counts;
    for (DriftKind kind : allKinds) {
        if (const int count = report.count(kind))
            counts.append(QStringLiteral("%1 %2").arg(driftKindKey(kind)).arg(count));
    }
    return text + alignedTable(rows)
        + Text::tr("Needs a decision: %1").arg(counts.join(QStringLiteral(", "))) + u'\n';
}

QString driftJson(const DriftReport& report, int maxAgeDays)
{
    QJsonObject counts;
    for (DriftKind kind : allKinds)
        counts.insert(driftKindKey(kind), report.count(kind));
    QJsonArray items;
    for (const DriftItem& item : report.items)
        items.append(QJsonObject { { QStringLiteral("kind"), driftKindKey(item.kind) },
                                   { QStringLiteral("category"), item.category },
                                   { QStringLiteral("model"), item.modelId },
                                   { QStringLiteral("detail"), item.detail } });
    const QJsonObject root { { QStringLiteral("run"), report.runId },
                             { QStringLiteral("baseline"), report.baselineRunId },
                             { QStringLiteral("max_age_days"), maxAgeDays },
                             { QStringLiteral("needs_decision"), report.needsDecision() },
                             { QStringLiteral("counts"), counts },
                             { QStringLiteral("items"), items } };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}
