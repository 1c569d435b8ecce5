// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerbenchexport.h"

#include "reporting/reportformats.h"
#include "runner/promptrenderer.h"

#include <QHash>
#include <QLocale>

namespace {
using CaseKey = std::pair<QString, QString>; // category, case id

// The models of the workspace that answered anything in the run, in the workspace's order.
QStringList answeringModels(const Workspace& workspace, const QList<ResultRecord>& results)
{
    QSet<QString> answered;
    for (const ResultRecord& result : results)
        answered.insert(result.modelId);
    QStringList models;
    for (const ModelSpec& model : workspace.models) {
        if (answered.contains(model.id))
            models.append(model.id);
    }
    return models;
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// The prompt as sent: the system prompt, if any, then the messages, each on its own lines.
QString promptText(const Category& category, const TestCase& testCase)
{
    const RenderedPrompt rendered = renderPrompt(category, testCase);
    QStringList parts;
    if (!rendered.systemPrompt.isEmpty())
        parts.append(rendered.systemPrompt);
    for (const ChatMessage& message : rendered.messages)
        parts.append(message.content);
    return parts.join(QStringLiteral("\n\n"));
}

QString oracle(const QStringList& models, const QHash<QString, const ResultRecord*>& answers)
{
    const ResultRecord* best = nullptr;
    for (const QString& model : models) {
        const ResultRecord* answer = answers.value(model);
        if (answer && answer->pass && !answer->isError() && (!best || answer->costUsd < best->costUsd))
            best = answer;
    }
    return best ? best->modelId : noModelCorrect;
}

QString row(const Category& category, const TestCase& testCase, const QStringList& models,
            const QHash<QString, const ResultRecord*>& answers)
{
    QStringList fields { csvField(category.name + u'.' + testCase.id), csvField(promptText(category, testCase)),
                         csvField(category.name) };
    for (const QString& model : models) {
        const ResultRecord* answer = answers.value(model);
        if (!answer) {
            fields << QString() << QString() << QString();
            continue;
        }
        fields << number(answer->isError() ? 0.0 : answer->score.value_or(0.0)) << csvField(answer->output)
               << number(answer->costUsd);
    }
    fields << oracle(models, answers);
    return fields.join(u',') + QStringLiteral("\r\n");
}
} // namespace

QString routerBenchCsv(const Workspace& workspace, const QList<ResultRecord>& results)
{
    const QStringList models = answeringModels(workspace, results);
    QHash<CaseKey, QHash<QString, const ResultRecord*>> answers;
    for (const ResultRecord& result : results) {
        if (result.repeat == 0)
            answers[{ result.category, result.caseId }].insert(result.modelId, &result);
    }
    QStringList header { QStringLiteral("sample_id"), QStringLiteral("prompt"), QStringLiteral("eval_name") };
    for (const QString& model : models)
        header << csvField(model) << csvField(model + QStringLiteral("|model_response"))
               << csvField(model + QStringLiteral("|total_cost"));
    header << QStringLiteral("oracle_model_to_route_to");
    QString text = header.join(u',') + QStringLiteral("\r\n");
    for (const Category& category : workspace.categories) {
        for (const TestCase& testCase : category.cases) {
            const auto found = answers.constFind({ category.name, testCase.id });
            if (found != answers.cend())
                text += row(category, testCase, models, *found);
        }
    }
    return text;
}
