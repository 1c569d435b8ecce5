// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerationale.h"

#include "cascade/cascadecheck.h"
#include "cascadeguardrail.h"

#include <QtMath>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int commentWidth = 100;

// Why the primary is the primary, after "Served by <model>, ".
QString targetPhrase(const QString& rule, const QString& bar)
{
    if (rule == u"cheapest-passing")
        return u"chosen as the cheapest model that meets the %1 bar"_s.arg(bar);
    if (rule == u"fastest-passing")
        return u"chosen as the fastest model (p95 latency) that meets the %1 bar"_s.arg(bar);
    if (rule == u"most-accurate")
        return u"chosen as the most accurate model (the bar is %1)"_s.arg(bar);
    if (rule == u"most-stable")
        return u"chosen as the model most stable across repeats (the bar is %1)"_s.arg(bar);
    if (rule == u"lowest-total-cost")
        return u"chosen for the lowest expected API plus error cost (the bar is %1)"_s.arg(bar);
    if (rule == u"manual" || rule.isEmpty())
        return u"chosen by hand (the bar is %1)"_s.arg(bar);
    return u"chosen by the target %1 (the bar is %2)"_s.arg(rule, bar);
}

// "90%", "92.5%": a bar without a needless ".0".
QString barText(double threshold)
{
    QString text = englishPercent(threshold);
    return text.endsWith(u".0%") ? text.chopped(3) + u'%' : text;
}

QString passesText(double accuracy, int cases)
{
    const double passes = accuracy * cases;
    const QString count = qAbs(passes - qRound(passes)) < 1e-6 ? QString::number(qRound(passes))
                                                               : QString::number(passes, 'f', 1);
    return u"%1 of %2 cases passed"_s.arg(count).arg(cases);
}

QString probabilityText(double probability)
{
    if (probability < 0.01)
        return u"under 1% likely to meet the bar"_s;
    if (probability > 0.99)
        return u"over 99% likely to meet the bar"_s;
    return u"%1% likely to meet the bar"_s.arg(qRound(probability * 100));
}

QString intervalText(double low, double high)
{
    return u"95% interval %1-%2"_s.arg(QString::number(low * 100.0, 'f', 1), englishPercent(high));
}

// Answers collected through a provider's batch API have no latency of their own: no figure then.
QString latencyText(std::optional<double> ms)
{
    return ms ? u"p95 latency %1 ms"_s.arg(qRound64(*ms)) : u"latency not measured (batch answers)"_s;
}

QString modelLabel(const ExportFacts& facts, const QString& id)
{
    const ModelSpec* model = facts.workspace().model(id);
    return model ? u"%1 (%2 on %3)"_s.arg(id, model->model, model->provider) : id;
}

QString evidenceSentence(const RouteEvidence& evidence)
{
    QString text = u"Evidence: %1 (%2, %3)"_s.arg(passesText(evidence.accuracy, evidence.cases),
                                                  englishPercent(evidence.accuracy),
                                                  intervalText(evidence.accuracyLow, evidence.accuracyHigh));
    if (evidence.probMeetsBar)
        text += u", "_s + probabilityText(*evidence.probMeetsBar);
    return text
        + u"; %1 per 1,000 requests; %2."_s.arg(englishUsd(evidence.costPer1k), latencyText(evidence.latencyP95Ms));
}

QString runnerUpSentence(const RunnerUpEvidence& runnerUp)
{
    QString text = u"Runner-up: %1, %2 (%3)"_s.arg(runnerUp.model, englishPercent(runnerUp.accuracy),
                                                   intervalText(runnerUp.accuracyLow, runnerUp.accuracyHigh));
    if (runnerUp.probMeetsBar)
        text += u", "_s + probabilityText(*runnerUp.probMeetsBar);
    return text + u", %1 per 1,000 requests, %2."_s.arg(englishUsd(runnerUp.costPer1k), latencyText(runnerUp.latencyP95Ms));
}

QString reviewSentence(const Route& route, const QString& bar)
{
    QStringList priced { route.primary() };
    if (route.rollout)
        priced.append(route.rollout->to);
    if (route.evidence && route.evidence->runnerUp && !priced.contains(route.evidence->runnerUp->model))
        priced.append(route.evidence->runnerUp->model);
    QString text = u"Review when a shadow sample of live traffic scores under the %1 bar, when the price of %2 changes"_s
                       .arg(bar, priced.join(u" or "_s));
    if (!route.evidence || !route.evidence->date.isValid())
        return text + u", or once this category has been benchmarked."_s;
    const QDate due = route.evidence->date.toUTC().date().addDays(reviewAfterDays);
    return text + u", or from %1 (evidence older than %2 days)."_s.arg(due.toString(Qt::ISODate)).arg(reviewAfterDays);
}

QString aboutCategory(const QString& name, const Category* category)
{
    QString description = category ? category->description.simplified() : QString();
    while (description.endsWith(u'.'))
        description.chop(1);
    return description.isEmpty() ? name + u'.' : u"%1: %2."_s.arg(name, description);
}

QString rolloutSentence(const RolloutPlan& plan)
{
    QStringList stages;
    for (int stage : plan.stages)
        stages.append(QString::number(stage));
    return u"Rollout in progress from %1 to %2: %3% of requests go to %2 and %4% stay on %1, each with the "
           "route's fallbacks behind it (stages %5%; advance while the new model's shadow samples meet the bar)."_s
        .arg(plan.from, plan.to)
        .arg(plan.stage)
        .arg(100 - plan.stage)
        .arg(stages.join(u", "_s));
}

QString chainSentence(const ExportFacts& facts, const Route& route, const QString& bar)
{
    if (route.chain.isEmpty())
        return u"No model meets the %1 bar yet, so the route serves nothing."_s.arg(bar);
    QString text = u"Served by %1, %2."_s.arg(modelLabel(facts, route.primary()), targetPhrase(route.rule, bar));
    const QStringList fallbacks = route.fallbacks();
    return text
        + (fallbacks.isEmpty() ? u" No fallbacks."_s : u" Fallbacks in order: %1."_s.arg(fallbacks.join(u", "_s)));
}
} // namespace

QString englishPercent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + u'%';
}

QString englishUsd(double usd)
{
    if (usd <= 0.0)
        return u"$0"_s;
    // Three significant digits for small amounts, cents at least.
    const int decimals = std::max(2, 2 - int(std::floor(std::log10(usd))));
    QString text = QString::number(usd, 'f', decimals);
    while (text.endsWith(u'0') && text.indexOf(u'.') < text.size() - 3)
        text.chop(1);
    return u'$' + text;
}

QString routeRationale(const ExportFacts& facts, const Route& route)
{
    const Category* category = facts.workspace().category(route.category);
    const QString bar = barText(category ? category->threshold : 0.0);
    QStringList sentences;
    sentences.append(aboutCategory(route.category, category));
    sentences.append(chainSentence(facts, route, bar));
    if (route.evidence) {
        sentences.append(evidenceSentence(*route.evidence));
        if (route.evidence->runnerUp)
            sentences.append(runnerUpSentence(*route.evidence->runnerUp));
        const QString date = route.evidence->date.isValid() ? route.evidence->date.toUTC().date().toString(Qt::ISODate)
                                                             : u"an unknown date"_s;
        sentences.append(u"Run %1 of %2."_s.arg(route.evidence->runId.isEmpty() ? u"(unnamed)"_s : route.evidence->runId, date));
    } else if (!route.chain.isEmpty()) {
        sentences.append(u"No benchmark evidence is recorded for this route."_s);
    }
    if (route.rollout)
        sentences.append(rolloutSentence(*route.rollout));
    if (route.cascadeCheck)
        sentences.append(u"A cascade: %1 answer in turn; an answer that fails the check %2 goes on to the next model, "
                         "and the last one's answer stands."_s
                             .arg(route.chain.join(u", "_s), cascadeCheckText(*route.cascadeCheck)));
    sentences.append(reviewSentence(route, bar));
    return sentences.join(u' ');
}

QString defaultRouteRationale(const ExportFacts& facts, const QString& routeName)
{
    const QStringList& chain = facts.workspace().routing.defaultChain;
    QString text = u"%1: requests of any category the map does not name. Served by %2"_s.arg(
        routeName, modelLabel(facts, chain.value(0)));
    const QStringList fallbacks = chain.mid(1);
    text += fallbacks.isEmpty() ? u", no fallbacks."_s : u", then %1."_s.arg(fallbacks.join(u", "_s));
    return text + u" Review when a new category starts taking traffic: give it a route of its own."_s;
}

QString commentBlock(const QString& paragraph, int indent)
{
    const QString prefix = QString(indent, u' ') + u"# "_s;
    const int width = commentWidth - int(prefix.size());
    QString text;
    QString line;
    for (const QString& word : paragraph.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            text += prefix + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        text += prefix + line + u'\n';
    return text;
}

QString portkeyCascadeNote(const ScorerSpec& check)
{
    const std::optional<PortkeyGuardrail> guardrail = portkeyGuardrail(check);
    if (!guardrail)
        return u"Portkey cannot enforce the check %1 with its default guardrails: this route is exported as a plain "
               "fallback chain, which moves on only when a call fails, never on a failing answer."_s
            .arg(cascadeCheckText(check));
    QString text = u"Portkey enforces the check with an output guardrail that denies a failing answer (HTTP 446) and "
                   "a fallback on 446 to the next model."_s;
    return guardrail->caveat.isEmpty() ? text : text + u" Note: "_s + guardrail->caveat + u'.';
}

QString rationaleDocument(const ExportFacts& facts, const QString& title)
{
    const RoutingMap& routing = facts.workspace().routing;
    QString text = facts.headerComment(title);
    for (const Route& route : routing.routes) {
        text += u"\n"_s + commentBlock(routeRationale(facts, route), 0);
        if (route.cascadeCheck)
            text += commentBlock(portkeyCascadeNote(*route.cascadeCheck), 0);
    }
    if (!routing.defaultChain.isEmpty()) {
        const QString name = defaultRouteName(routing);
        text += u"\n"_s + commentBlock(defaultRouteRationale(facts, name), 0);
    }
    return text;
}
