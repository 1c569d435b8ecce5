// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small shadow comparison for the area's tests: 12 ticket cases answered by the routed model and
// two candidates. Against "cand-a": cases 0-3 and 11 the same text, 4-7 differ where the candidate
// passes and the baseline fails (better), 8-9 differ the other way (worse), 10 the candidate errs.

#include "results/resultsstore.h"
#include "shadowanswers.h"

#include <QTest>

namespace shadowfixtures {

inline const QString category = QStringLiteral("tickets");
inline const QString runId = QStringLiteral("run-shadow");
inline constexpr int caseCount = 12;
// The routed model and the two candidates.
inline const QString baseline = QStringLiteral("base"), candidateA = QStringLiteral("cand-a"),
                     candidateB = QStringLiteral("cand-b");

inline QString caseId(int caseIndex)
{
    return QStringLiteral("t%1").arg(caseIndex + 1, 2, 10, QLatin1Char('0'));
}

inline Workspace workspace()
{
    Category tickets;
    tickets.name = category;
    tickets.threshold = 0.8;
    tickets.trafficShare = 0.5;
    for (int i = 0; i < caseCount; ++i) {
        TestCase testCase;
        testCase.id = caseId(i);
        testCase.prompt = QStringLiteral("Ticket %1: my invoice shows the wrong amount").arg(i + 1);
        testCase.expected = QStringLiteral("billing");
        tickets.cases.append(testCase);
    }
    const Route route { category, { baseline, candidateB }, QStringLiteral("cheapest-passing"), {} };
    Workspace ws = shadowanswers::oneCategory(QStringLiteral("Shadow fixture"), tickets,
                                              { baseline, candidateA, candidateB }, route);
    ws.providers.append(Provider { QStringLiteral("sandbox") });
    return ws;
}

inline ResultRecord answer(int caseIndex, const QString& modelId, const QString& output, bool pass, double cost)
{
    ResultRecord record = shadowanswers::answer(runId, category, caseId(caseIndex), modelId, output, pass);
    record.costUsd = cost;
    record.latencyMs = modelId == baseline ? 800 : 400;
    return record;
}

inline QList<ResultRecord> results()
{
    QList<ResultRecord> all;
    for (int i = 0; i < caseCount; ++i) {
        const bool baselinePasses = i < 4 || i >= 8;
        const QString base = baselinePasses ? QStringLiteral("The ticket is about billing.")
                                            : QStringLiteral("The ticket is about shipping delays.");
        all.append(answer(i, baseline, base, baselinePasses, 0.002));
        ResultRecord a;
        if (i < 4 || i == 11)
            a = answer(i, candidateA, base, baselinePasses, 0.0005);
        else if (i < 8)
            a = answer(i, candidateA, QStringLiteral("Billing: the invoice amount is wrong."), true, 0.0005);
        else if (i < 10)
            a = answer(i, candidateA, QStringLiteral("Account access and passwords."), false, 0.0005);
        else {
            a = answer(i, candidateA, QString(), false, 0.0);
            a.score.reset();
            a.errorKind = QStringLiteral("retryable");
            a.errorMessage = QStringLiteral("HTTP 503: overloaded");
        }
        all.append(a);
        all.append(answer(i, candidateB, base, baselinePasses, 0.001));
    }
    return all;
}

inline void writeRun(const QString& databasePath, const QStringList& models = { baseline, candidateA, candidateB })
{
    ResultsStore store;
    QVERIFY(store.open(databasePath));
    RunInfo run;
    run.id = runId;
    run.startedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    run.finishedAt = run.startedAt.addSecs(60);
    run.status = RunStatus::Completed;
    run.categories = { category };
    run.modelIds = models;
    run.simulated = true;
    QVERIFY(store.createRun(run));
    QList<ResultRecord> kept;
    for (const ResultRecord& record : results()) {
        if (models.contains(record.modelId))
            kept.append(record);
    }
    QVERIFY(store.insertResults(kept));
}
} // namespace shadowfixtures
