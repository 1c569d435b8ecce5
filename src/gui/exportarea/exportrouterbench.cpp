// SPDX-License-Identifier: GPL-3.0-or-later
// The Export area's training data for learned routers: the newest run as RouterBench's wide table.
#include "common/background.h"
#include "common/runsloader.h"
#include "common/whenfinished.h"
#include "document/resultsdatabase.h"
#include "document/workspacedocument.h"
#include "exportarea.h"
#include "highlighting/highlightedtextedit.h"
#include "routerbench/routerbenchexport.h"

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>

namespace {
const QString routerBenchKey = QStringLiteral("routerbench");
} // namespace

bool ExportArea::routerBenchShown() const
{
    return m_formatCombo->currentData().toString() == routerBenchKey;
}

void ExportArea::showRouterBench()
{
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(routerBenchKey));
}

bool ExportArea::isLoadingRouterBench() const
{
    return m_routerBenchLoading;
}

QString ExportArea::shownFormatKey() const
{
    return routerBenchShown() ? routerBenchKey : exportFormatKey(format());
}

QString ExportArea::shownFormatName() const
{
    return routerBenchShown() ? tr("RouterBench training data (CSV)") : exportFormatDisplayName(format());
}

QString ExportArea::routerBenchDescription() const
{
    if (m_routerBenchLoading)
        return tr("Reading the newest run's results…");
    if (!m_routerBenchProblem.isEmpty())
        return m_routerBenchProblem;
    return tr("Run %1 as training data for learned routers: a row per case, each model's score, answer and cost, "
              "and the cheapest model that passed (RouterBench's wide table; Not Diamond's custom router and "
              "RouteLLM take it, see the README). Not a routing map.")
        .arg(m_routerBenchRun);
}

// Reads the runs, then the newest one's results; a newer load drops an older one's answer.
void ExportArea::loadRouterBench()
{
    if (!m_loader) {
        m_loader = new RunsLoader(this);
        connect(m_loader, &RunsLoader::runsLoaded, this, &ExportArea::onRouterBenchRuns);
        connect(m_loader, &RunsLoader::resultsLoaded, this, &ExportArea::onRouterBenchResults);
        connect(m_loader, &RunsLoader::failed, this, [this](const QString& message) {
            m_routerBenchLoading = false;
            m_routerBenchProblem = tr("The results database could not be read: %1").arg(message);
            refresh();
            Q_EMIT routerBenchReady();
        });
    }
    ++m_routerBenchGeneration;
    m_routerBenchLoading = true;
    m_loader->loadRuns(resultsDatabasePath(m_document));
}

void ExportArea::onRouterBenchRuns(const QList<RunSummary>& runs)
{
    const auto newest = std::max_element(runs.cbegin(), runs.cend(), [](const RunSummary& a, const RunSummary& b) {
        return a.run.startedAt < b.run.startedAt;
    });
    if (newest == runs.cend()) {
        m_routerBenchLoading = false;
        m_routerBenchRun.clear();
        m_routerBenchCsv.clear();
        m_routerBenchProblem = tr("No runs yet: run the benchmark, then its results can be exported here as "
                                  "training data for learned routers.");
        refresh();
        Q_EMIT routerBenchReady();
        return;
    }
    m_loader->loadResults(resultsDatabasePath(m_document), newest->run.id);
}

void ExportArea::onRouterBenchResults(const QString& runId, const QList<ResultRecord>& results)
{
    const quint64 generation = m_routerBenchGeneration;
    QFuture<QString> writing = Background::run(routerBenchCsv, m_document->workspace(), results);
    whenFinished(this, writing, [this, generation, runId](const QString& csv) {
        if (generation != m_routerBenchGeneration)
            return;
        m_routerBenchLoading = false;
        m_routerBenchRun = runId;
        m_routerBenchCsv = csv;
        m_routerBenchProblem.clear();
        refresh();
        Q_EMIT routerBenchReady();
    });
}

// The CSV shown is the newest run's as read last; the area reads the runs again each time the format
// is chosen or the area shown, since a run may have finished since.
void ExportArea::refreshRouterBench()
{
    m_description->setText(routerBenchDescription());
    m_text = m_routerBenchCsv;
    m_rationale.clear();
    m_tabs->setTabVisible(RationaleTab, false);
    m_preview->setSyntax(QString());
    m_preview->setText(m_text);
    m_routingNotice->hide();
    refreshDiff();
}
