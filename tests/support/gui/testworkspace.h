// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"

// A small workspace the editor tests share: two providers, three models, two categories, routes.
inline Workspace testWorkspace()
{
    Workspace ws;
    ws.name = QStringLiteral("Support desk");
    Provider openai { QStringLiteral("openai"), ProviderKind::OpenAiCompatible, QStringLiteral("https://api.openai.com/v1"),
        { KeyReference::Store::Environment, QStringLiteral("OPENAI_API_KEY") }, 8, 500, 60 };
    Provider anthropic { QStringLiteral("anthropic"), ProviderKind::Anthropic, QString(),
        { KeyReference::Store::Keyring, QStringLiteral("anthropic") } };
    ws.providers = { openai, anthropic };
    ws.models = {
        { QStringLiteral("gpt-4o-mini"), QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"),
            QStringLiteral("GPT-4o mini"), { 0.15, 0.60 }, 128000 },
        { QStringLiteral("gpt-4o"), QStringLiteral("openai"), QString(), QString(), { 2.5, 10.0 }, 128000 },
        { QStringLiteral("claude-haiku"), QStringLiteral("anthropic"), QStringLiteral("claude-3-5-haiku-latest"),
            QStringLiteral("Claude Haiku"), { 0.8, 4.0 }, 200000 },
    };
    Category tickets { QStringLiteral("ticket-classification"), QStringLiteral("Route a ticket to a queue") };
    tickets.threshold = 0.9;
    tickets.trafficShare = 0.45;
    tickets.scorers = { ScorerSpec { QStringLiteral("equals") } };
    for (int i = 1; i <= 10; ++i) {
        TestCase testCase { QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')) };
        testCase.prompt = QStringLiteral("Ticket number %1 about billing").arg(i);
        testCase.expected = i % 2 ? QStringLiteral("billing") : QStringLiteral("account");
        testCase.tags = { QStringLiteral("tag%1").arg(i % 3) };
        tickets.cases.append(testCase);
    }
    Category summaries { QStringLiteral("summaries") };
    summaries.target = OptimisationTarget::MostAccurate;
    summaries.threshold = 0.8;
    summaries.trafficShare = 0.3;
    TestCase chat { QStringLiteral("s1") };
    chat.messages = { { QStringLiteral("user"), QStringLiteral("Hi, I can't log in.") },
        { QStringLiteral("assistant"), QStringLiteral("Which device?") },
        { QStringLiteral("user"), QStringLiteral("My phone.") } };
    chat.expected = QStringLiteral("login problem on mobile");
    summaries.cases.append(chat);
    ws.categories = { tickets, summaries };
    ws.routing.routes = {
        { QStringLiteral("ticket-classification"), { QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-haiku") },
            QStringLiteral("cheapest-passing") },
        { QStringLiteral("summaries"), { QStringLiteral("gpt-4o") }, QStringLiteral("manual") },
    };
    ws.routing.defaultChain = { QStringLiteral("gpt-4o-mini") };
    return ws;
}
