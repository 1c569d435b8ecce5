// SPDX-License-Identifier: GPL-3.0-or-later
#include "cascadesimulation.h"

#include "cascadecheck.h"
#include "statistics/percentile.h"

#include <QCoreApplication>
#include <QMap>

namespace {
class Simulation
{
    Q_DECLARE_TR_FUNCTIONS(CascadeSimulation)
};

using Request = std::pair<QString, int>; // case id, repeat
using Answers = QMap<Request, const ResultRecord*>;

CascadeSimulation failed(const QString& error)
{
    return { std::nullopt, {}, error };
}

// Each model's answers to the category's requests.
QList<Answers> answersOf(const QList<ResultRecord>& results, const QString& category, const QStringList& chain)
{
    QList<Answers> answers(chain.size());
    for (const ResultRecord& result : results) {
        const qsizetype step = chain.indexOf(result.modelId);
        if (result.category == category && step >= 0)
            answers[step].insert({ result.caseId, result.repeat }, &result);
    }
    return answers;
}

// The first request of the first model that another model of the chain did not answer.
QString missingAnswer(const QList<Answers>& answers, const QStringList& chain)
{
    for (qsizetype step = 0; step < chain.size(); ++step) {
        for (qsizetype other = 0; other < chain.size(); ++other) {
            for (auto it = answers.at(other).cbegin(); it != answers.at(other).cend(); ++it) {
                if (!answers.at(step).contains(it.key()))
                    return Simulation::tr("%1 did not answer case %2 (repeat %3) in this run; a cascade is simulated only "
                                          "on a run in which every model of it answered every case")
                        .arg(chain.at(step), it.key().first)
                        .arg(it.key().second);
            }
        }
    }
    return {};
}
} // namespace

CascadeSimulation simulateCascade(const QList<ResultRecord>& results, const QString& category,
                                  const QStringList& chain, const ScorerSpec& check)
{
    if (chain.size() < 2)
        return failed(Simulation::tr("a cascade needs at least two models"));
    if (QStringList(chain).removeDuplicates() > 0)
        return failed(Simulation::tr("a model appears twice in the cascade"));
    if (const QString problem = cascadeCheckProblem(check); !problem.isEmpty())
        return failed(problem);
    const QList<Answers> answers = answersOf(results, category, chain);
    if (answers.constFirst().isEmpty())
        return failed(Simulation::tr("%1 has no answers for %2 in this run").arg(chain.constFirst(), category));
    if (const QString missing = missingAnswer(answers, chain); !missing.isEmpty())
        return failed(missing);

    CascadeFigures figures { category, chain, check };
    figures.reached = QList<int>(chain.size(), 0);
    QList<ResultRecord> requests;
    double cost = 0.0;
    QList<qint64> latencies;
    for (auto it = answers.constFirst().cbegin(); it != answers.constFirst().cend(); ++it) {
        ResultRecord stood;
        double requestCost = 0.0;
        qint64 latency = 0;
        for (qsizetype step = 0; step < chain.size(); ++step) {
            const ResultRecord& answer = *answers.at(step).value(it.key());
            ++figures.reached[step];
            requestCost += answer.costUsd;
            // One call of unknown latency leaves the request's latency unknown, not shorter.
            latency = latency >= 0 && answer.hasLatency() ? latency + answer.latencyMs : ResultRecord::unmeasuredLatency;
            const bool last = step + 1 == chain.size();
            if (last || (!answer.isError() && passesCascadeCheck(check, answer.output))) {
                figures.passes += answer.pass && !answer.isError() ? 1 : 0;
                stood = answer;
                break;
            }
        }
        stood.modelId = cascadeId(chain);
        stood.costUsd = requestCost;
        stood.latencyMs = latency;
        requests.append(stood);
        cost += requestCost;
        if (stood.hasLatency())
            latencies.append(latency);
        ++figures.requests;
    }
    figures.costPer1kUsd = 1000.0 * cost / figures.requests;
    if (!latencies.isEmpty()) {
        figures.latencyP50Ms = nearestRankPercentile(latencies, 50);
        figures.latencyP95Ms = nearestRankPercentile(latencies, 95);
    }
    return { figures, requests, QString() };
}

QString cascadeId(const QStringList& chain)
{
    return QStringLiteral("cascade:") + chain.join(u'>');
}

QString cascadeLabel(const QStringList& chain)
{
    return Simulation::tr("cascade %1").arg(chain.join(QStringLiteral("\u2192")));
}
