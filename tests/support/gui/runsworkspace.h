// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "results/resultrecord.h"

// A small workspace for the Runs area's tests: two providers of different wire formats, two
// simulated models, three categories of three cases each, scored by "equals".
inline Workspace runsWorkspace(int latencyMs = 40)
{
    Workspace ws;
    ws.name = QStringLiteral("Runs test");
    ws.providers = {
        { QStringLiteral("alpha"),
          ProviderKind::OpenAiCompatible,
          QStringLiteral("https://alpha.invalid/v1"),
          { KeyReference::Store::Environment, QStringLiteral("SIGNALBOX_TEST_ALPHA_KEY") },
          4 },
        { QStringLiteral("beta"),
          ProviderKind::Anthropic,
          QStringLiteral("https://beta.invalid"),
          { KeyReference::Store::Environment, QStringLiteral("SIGNALBOX_TEST_BETA_KEY") },
          4 },
    };
    ws.models = {
        { QStringLiteral("fast"),
          QStringLiteral("alpha"),
          QStringLiteral("fast-1"),
          QStringLiteral("Fast One"),
          { 0.10, 0.40 },
          0,
          SimulationProfile { 0.7, latencyMs } },
        { QStringLiteral("good"),
          QStringLiteral("beta"),
          QStringLiteral("good-1"),
          QStringLiteral("Good One"),
          { 3.00, 15.00 },
          0,
          SimulationProfile { 0.95, latencyMs } },
    };
    const QStringList names = { QStringLiteral("triage"), QStringLiteral("sentiment"), QStringLiteral("language") };
    for (const QString& name : names) {
        Category category { name, QStringLiteral("Cases about %1").arg(name) };
        category.systemPrompt = QStringLiteral("Answer with one word.");
        category.scorers = { ScorerSpec { QStringLiteral("equals") } };
        for (int i = 1; i <= 3; ++i) {
            TestCase testCase { QStringLiteral("c%1").arg(i) };
            testCase.prompt = QStringLiteral("%1 question number %2").arg(name).arg(i);
            testCase.expected = QStringLiteral("answer%1").arg(i);
            category.cases.append(testCase);
        }
        ws.categories.append(category);
    }
    return ws;
}

inline ResultRecord resultRecord(const QString& caseId, const QString& modelId, int repeat = 0)
{
    ResultRecord record;
    record.runId = QStringLiteral("run-1");
    record.category = QStringLiteral("triage");
    record.caseId = caseId;
    record.modelId = modelId;
    record.repeat = repeat;
    record.output = QStringLiteral("answer");
    record.inputTokens = 100;
    record.outputTokens = 10;
    record.costUsd = 0.001;
    record.latencyMs = 500;
    record.score = 1.0;
    record.pass = true;
    return record;
}
