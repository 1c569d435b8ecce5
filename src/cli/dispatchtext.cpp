// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatchtext.h"

#include "consoletext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DispatchCommand)
};

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString percent(const std::optional<double>& value)
{
    return value ? QString::number(*value * 100.0, 'f', 1) + u'%' : Text::tr("n/a");
}

QString usd(const std::optional<double>& value)
{
    return value ? usdText(*value) : Text::tr("n/a");
}

QString howDispatched(const Dispatch& dispatch)
{
    if (dispatch.source == Dispatch::Source::Rule)
        return Text::tr("rule %1").arg(dispatch.rule + 1);
    return Text::tr("classifier: %1").arg(dispatch.classifierAnswer.simplified().left(40));
}

QJsonObject servedJson(const ServedFigures& served)
{
    QJsonObject json { { QStringLiteral("pass_rate"), optionalNumber(served.passRate()) },
                       { QStringLiteral("cost_per_1k_usd"), optionalNumber(served.costPer1k()) },
                       { QStringLiteral("cases"), served.cases },
                       { QStringLiteral("not_evaluated"), served.notEvaluated } };
    if (!served.model.isEmpty())
        json.insert(QStringLiteral("model"), served.model);
    return json;
}

QJsonObject ratesJson(const QMap<QString, std::optional<double>>& rates)
{
    QJsonObject json;
    for (auto it = rates.cbegin(); it != rates.cend(); ++it)
        json.insert(it.key(), optionalNumber(*it));
    return json;
}

QJsonObject confusionJson(const DispatchFigures& figures)
{
    QJsonObject json;
    for (auto row = figures.confusion.cbegin(); row != figures.confusion.cend(); ++row) {
        QJsonObject predicted;
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell)
            predicted.insert(cell.key(), *cell);
        json.insert(row.key(), predicted);
    }
    return json;
}

QJsonObject misrouteJson(const MisroutedRequest& misroute, const DispatchReport& report)
{
    const Dispatch& dispatch = misroute.dispatch;
    QJsonObject json { { QStringLiteral("id"), misroute.request.id },
                       { QStringLiteral("true"), misroute.request.category },
                       { QStringLiteral("predicted"), dispatch.category },
                       { QStringLiteral("by"), dispatch.source == Dispatch::Source::Rule ? QStringLiteral("rule")
                                                                                          : QStringLiteral("classifier") },
                       { QStringLiteral("rule"),
                         dispatch.rule >= 0 ? QJsonValue(dispatch.rule + 1) : QJsonValue(QJsonValue::Null) } };
    if (dispatch.source == Dispatch::Source::Classifier)
        json.insert(QStringLiteral("classifier_answer"), dispatch.classifierAnswer);
    if (report.endToEnd && misroute.index < report.endToEnd->outcomes.size()) {
        const DispatchedCaseOutcome& outcome = report.endToEnd->outcomes.at(misroute.index);
        json.insert(QStringLiteral("model"), outcome.deployedModel);
        json.insert(QStringLiteral("pass"), optionalNumber(outcome.deployedPass));
        if (outcome.deployedPass)
            json.insert(QStringLiteral("answer"), outcome.deployedAnswer);
    }
    return json;
}

QJsonObject priceJson(const EndToEndFigures& e2e)
{
    return { { QStringLiteral("compared_cases"), e2e.comparedCases },
             { QStringLiteral("pass_rate_loss"), e2e.passRateLoss },
             { QStringLiteral("cost_change_per_1k_usd"), e2e.costChangePer1k },
             { QStringLiteral("monthly_cost_change_usd"), optionalNumber(e2e.monthlyCostChangeUsd) },
             { QStringLiteral("monthly_lost_passes"), optionalNumber(e2e.monthlyLostPasses) } };
}
} // namespace

QString dispatchJson(const DispatchReport& report)
{
    const DispatchFigures& figures = report.figures;
    QJsonObject json { { QStringLiteral("source"), report.source },
                       { QStringLiteral("requests"), figures.requests },
                       { QStringLiteral("confusion"), confusionJson(figures) },
                       { QStringLiteral("precision"), ratesJson(figures.precision) },
                       { QStringLiteral("recall"), ratesJson(figures.recall) },
                       { QStringLiteral("accuracy"), figures.accuracy() },
                       { QStringLiteral("misroute_rate"), figures.misrouteRate() },
                       { QStringLiteral("unmatched_rate"), figures.unmatchedRate() },
                       { QStringLiteral("by_rule"), figures.byRule },
                       { QStringLiteral("by_classifier"), figures.byClassifier } };
    if (report.spec.classifier) {
        const auto p50 = figures.classifierLatencyP50Ms();
        json.insert(QStringLiteral("classifier"),
                    QJsonObject { { QStringLiteral("model"), report.spec.classifier->model },
                                  { QStringLiteral("calls"), figures.classifierCalls },
                                  { QStringLiteral("errors"), figures.classifierErrors },
                                  { QStringLiteral("unreadable"), figures.classifierUnreadable },
                                  { QStringLiteral("cost_per_1k_usd"), figures.classifierCostPer1k() },
                                  { QStringLiteral("latency_p50_ms"),
                                    p50 ? QJsonValue(double(*p50)) : QJsonValue(QJsonValue::Null) },
                                  { QStringLiteral("simulated"), report.simulatedClassifier } });
    }
    if (report.endToEnd) {
        json.insert(QStringLiteral("run"), report.endToEnd->runId);
        json.insert(QStringLiteral("end_to_end"), servedJson(report.endToEnd->deployed));
        json.insert(QStringLiteral("perfect_dispatch"), servedJson(report.endToEnd->perfect));
        json.insert(QStringLiteral("best_single_model"), servedJson(report.endToEnd->bestSingle));
        json.insert(QStringLiteral("misroute_price"), priceJson(*report.endToEnd));
    }
    QJsonArray misrouted;
    for (const MisroutedRequest& misroute : figures.misroutes)
        misrouted.append(misrouteJson(misroute, report));
    json.insert(QStringLiteral("misrouted"), misrouted);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

namespace {
QString confusionTable(const DispatchFigures& figures)
{
    QList<QStringList> rows;
    rows.append(QStringList { Text::tr("true \\ predicted") } + figures.labels + QStringList { Text::tr("recall") });
    QList<int> numbers;
    for (int i = 1; i <= figures.labels.size() + 1; ++i)
        numbers.append(i);
    for (const QString& label : figures.labels) {
        if (!figures.confusion.contains(label))
            continue;
        QStringList row { label };
        for (const QString& predicted : figures.labels)
            row.append(QString::number(figures.count(label, predicted)));
        row.append(percent(figures.recall.value(label)));
        rows.append(row);
    }
    QStringList precision { Text::tr("precision") };
    for (const QString& label : figures.labels)
        precision.append(label == DispatcherSpec::defaultRoute ? QString() : percent(figures.precision.value(label)));
    rows.append(precision << QString());
    return alignedTable(rows, numbers);
}

QString endToEndTable(const EndToEndFigures& e2e)
{
    QList<QStringList> rows { { Text::tr("system"), Text::tr("pass rate"), Text::tr("cost / 1k"), Text::tr("cases"),
                                Text::tr("not evaluated") } };
    const auto row = [](const QString& name, const ServedFigures& served) {
        return QStringList { name, percent(served.passRate()), usd(served.costPer1k()), QString::number(served.cases),
                             QString::number(served.notEvaluated) };
    };
    rows << row(Text::tr("deployed (dispatcher + map)"), e2e.deployed) << row(Text::tr("perfect dispatcher"), e2e.perfect)
         << row(Text::tr("best single model (%1)").arg(e2e.bestSingle.model), e2e.bestSingle);
    QString text = alignedTable(rows, { 1, 2, 3, 4 });
    text += Text::tr("Price of misroutes on %n case(s) scored both ways: %1 points of pass rate, %2 per 1,000 requests",
                     nullptr, e2e.comparedCases)
                .arg(QString::number(e2e.passRateLoss * 100.0, 'f', 1),
                     (e2e.costChangePer1k < 0 ? QStringLiteral("-") : QStringLiteral("+")) + usdText(std::abs(e2e.costChangePer1k)))
        + u'\n';
    if (e2e.monthlyCostChangeUsd)
        text += Text::tr("At the traffic profile: %1 a month, %2 right answers lost a month")
                    .arg((*e2e.monthlyCostChangeUsd < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                             + usdText(std::abs(*e2e.monthlyCostChangeUsd)),
                         QString::number(qRound64(*e2e.monthlyLostPasses)))
            + u'\n';
    return text;
}
} // namespace

QString dispatchTable(const DispatchReport& report)
{
    const DispatchFigures& figures = report.figures;
    QString text = Text::tr("Dispatcher benchmark on %n request(s) from %1", nullptr, figures.requests).arg(report.source)
        + u'\n';
    text += Text::tr("Assigned by rules: %1 · by the classifier: %2 · right: %3 · misroute rate: %4 · unmatched rate: %5")
                .arg(figures.byRule)
                .arg(figures.byClassifier)
                .arg(percent(figures.accuracy()), percent(figures.misrouteRate()), percent(figures.unmatchedRate()))
        + u"\n\n" + confusionTable(figures);
    if (report.spec.classifier) {
        const auto p50 = figures.classifierLatencyP50Ms();
        text += u'\n'
            + Text::tr("Classifier %1%2: calls %3, errors %4, unreadable %5; %6 per 1,000 requests, latency p50 %7")
                  .arg(report.spec.classifier->model, report.simulatedClassifier ? Text::tr(" [sandbox]") : QString())
                  .arg(figures.classifierCalls)
                  .arg(figures.classifierErrors)
                  .arg(figures.classifierUnreadable)
                  .arg(usdText(figures.classifierCostPer1k()), p50 ? durationText(*p50) : Text::tr("n/a"))
            + u'\n';
    }
    if (report.endToEnd)
        text += u'\n' + Text::tr("End to end on run %1:").arg(report.endToEnd->runId) + u'\n' + endToEndTable(*report.endToEnd);
    if (!figures.misroutes.isEmpty()) {
        QList<QStringList> rows { { Text::tr("id"), Text::tr("true"), Text::tr("predicted"), Text::tr("by") } };
        for (const MisroutedRequest& misroute : figures.misroutes)
            rows.append({ misroute.request.id, misroute.request.category, misroute.dispatch.category,
                          howDispatched(misroute.dispatch) });
        text += u'\n' + Text::tr("Misrouted:") + u'\n' + alignedTable(rows);
    }
    return text;
}
