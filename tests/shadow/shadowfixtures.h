// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadowanswers.h"

// A small triage category answered by a routed model ("big") and two candidates, by hand, so that
// every figure of a shadow comparison can be worked out on paper:
//   c1  big "billing" (right)   small "billing" (right)   agree, tie
//   c2  big "refund" (right)    small "shipping" (wrong)  differ, loss
//   c3  big "account" (wrong)   small "login" (right)     differ, win
//   c4  big "billing" (right)   small: error              differ, loss, error
//   c5  nobody answered
// big costs $0.01 and takes 1,000 ms per answer, small $0.001 and 400 ms; "mid" answered c1 only.
namespace shadowfixtures {

inline const QString category = QStringLiteral("triage");
inline const QString big = QStringLiteral("big"), small = QStringLiteral("small"), mid = QStringLiteral("mid");

inline Workspace workspace()
{
    Category triage;
    triage.name = category;
    triage.trafficShare = 0.5;
    const QList<std::pair<const char*, const char*>> cases {
        { "Charged twice", "billing" }, { "Money back please", "refund" },    { "Cannot log in", "login" },
        { "Invoice wrong", "billing" }, { "Where is my parcel", "shipping" },
    };
    for (qsizetype i = 0; i < cases.size(); ++i) {
        TestCase testCase;
        testCase.id = u'c' + QString::number(i + 1);
        testCase.prompt = QString::fromUtf8(cases.at(i).first);
        testCase.expected = QString::fromUtf8(cases.at(i).second);
        triage.cases.append(testCase);
    }
    Route route;
    route.category = category;
    route.chain = { big, QStringLiteral("fallback") };
    route.rule = QStringLiteral("most-accurate");
    return shadowanswers::oneCategory(QStringLiteral("Shadow"), triage, { big, small, mid }, route);
}

inline ResultRecord answer(const QString& caseId, const QString& model, const QString& output, bool right)
{
    ResultRecord result = shadowanswers::answer(QStringLiteral("run-1"), category, caseId, model, output, right);
    result.costUsd = model == big ? 0.01 : 0.001;
    result.latencyMs = model == big ? 1000 : 400;
    return result;
}

inline QList<ResultRecord> results()
{
    ResultRecord failed = answer(QStringLiteral("c4"), small, {}, false);
    failed.score.reset();
    failed.costUsd = 0.0;
    failed.errorKind = QStringLiteral("retryable");
    failed.errorMessage = QStringLiteral("HTTP 503");
    ResultRecord laterRepeat = answer(QStringLiteral("c1"), small, QStringLiteral("refund"), false);
    laterRepeat.repeat = 1;
    ResultRecord otherCategory = answer(QStringLiteral("c1"), small, QStringLiteral("other"), false);
    otherCategory.category = QStringLiteral("summaries");
    return {
        answer(QStringLiteral("c1"), big, QStringLiteral("billing"), true),
        answer(QStringLiteral("c1"), small, QStringLiteral("Billing"), true),
        answer(QStringLiteral("c2"), big, QStringLiteral("refund"), true),
        answer(QStringLiteral("c2"), small, QStringLiteral("shipping"), false),
        answer(QStringLiteral("c3"), big, QStringLiteral("account"), false),
        answer(QStringLiteral("c3"), small, QStringLiteral("login"), true),
        answer(QStringLiteral("c4"), big, QStringLiteral("billing"), true),
        failed,
        laterRepeat,
        otherCategory,
        answer(QStringLiteral("c1"), mid, QStringLiteral("billing"), true),
    };
}

} // namespace shadowfixtures
