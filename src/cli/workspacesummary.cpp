// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesummary.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace {
class WorkspaceSummary
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSummary)
};

// Rows of cells aligned in columns, indented by two spaces.
QString table(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths.at(i), row.at(i).size());
        }
    }
    QString text;
    for (const QStringList& row : rows) {
        QString line = QStringLiteral("  ");
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        text += line + u'\n';
    }
    return text;
}

QString money(double dollars)
{
    const bool cents = qFuzzyCompare(1.0 + dollars * 100.0, 1.0 + std::round(dollars * 100.0));
    return u'$' + (cents ? QString::number(dollars, 'f', 2) : QString::number(dollars, 'g', 6));
}

QString chainText(const QStringList& chain)
{
    return chain.join(QLatin1String(" -> "));
}

QString providersSection(const Workspace& workspace)
{
    QList<QStringList> rows;
    for (const Provider& provider : workspace.providers) {
        const QString url = provider.baseUrl.isEmpty() ? defaultBaseUrl(provider.kind) : provider.baseUrl;
        rows.append({ provider.name, providerKindKey(provider.kind), url,
                      WorkspaceSummary::tr("key: %1").arg(provider.key.toDisplayString()) });
    }
    return WorkspaceSummary::tr("Providers (%1):").arg(workspace.providers.size()) + u'\n' + table(rows);
}

QString modelsSection(const Workspace& workspace)
{
    QList<QStringList> rows;
    for (const ModelSpec& model : workspace.models) {
        rows.append({ model.id, model.provider, model.model,
                      WorkspaceSummary::tr("%1 in / %2 out per 1M tokens")
                          .arg(money(model.price.input), money(model.price.output)) });
    }
    return WorkspaceSummary::tr("Models (%1):").arg(workspace.models.size()) + u'\n' + table(rows);
}

QString categoriesSection(const Workspace& workspace)
{
    QList<QStringList> rows;
    for (const Category& category : workspace.categories) {
        QStringList row
            = { category.name, WorkspaceSummary::tr("cases: %1").arg(category.cases.size()),
                WorkspaceSummary::tr("%1, bar %2").arg(targetKey(category.target)).arg(category.threshold, 0, 'f', 2),
                WorkspaceSummary::tr("%1% of traffic").arg(category.trafficShare * 100.0, 0, 'g', 4) };
        if (!category.casesSource.isEmpty())
            row.append(WorkspaceSummary::tr("from %1").arg(category.casesSource.path));
        rows.append(row);
    }
    // No plural forms here: signalbox-cli loads no translations, and "cases: 1" reads right.
    return WorkspaceSummary::tr("Categories (%1; cases: %2):")
               .arg(workspace.categories.size())
               .arg(workspace.caseCount())
        + u'\n' + table(rows);
}

QString routesSection(const Workspace& workspace)
{
    const RoutingMap& routing = workspace.routing;
    QList<QStringList> rows;
    for (const Route& route : routing.routes)
        rows.append({ route.category, chainText(route.chain), u'(' + route.rule + u')' });
    if (!routing.defaultChain.isEmpty())
        rows.append({ WorkspaceSummary::tr("(default)"), chainText(routing.defaultChain) });
    return WorkspaceSummary::tr("Routes (%1):").arg(routing.routes.size()) + u'\n' + table(rows);
}
} // namespace

QString workspaceSummary(const Workspace& workspace, const QString& path)
{
    QString text = WorkspaceSummary::tr("%1: valid workspace '%2'").arg(path, workspace.name) + u'\n';
    if (workspace.traffic.monthlyRequests > 0)
        text += WorkspaceSummary::tr("Traffic: %1 requests a month").arg(workspace.traffic.monthlyRequests) + u'\n';
    return text + providersSection(workspace) + modelsSection(workspace) + categoriesSection(workspace)
        + routesSection(workspace);
}
