// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelledtraffic.h"

#include "runner/promptrenderer.h"
#include "workspacefile/textcheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
class LabelledSample
{
    Q_DECLARE_TR_FUNCTIONS(LabelledSample)
};

QStringList knownLabels(const Workspace& workspace)
{
    QStringList labels;
    for (const Category& category : workspace.categories)
        labels.append(category.name);
    return labels << DispatcherSpec::defaultRoute;
}

// category + '\n' + input -> case id, to link sample lines to the cases they repeat.
QHash<QString, QString> caseIndex(const Workspace& workspace)
{
    QHash<QString, QString> index;
    for (const Category& category : workspace.categories) {
        for (const TestCase& testCase : category.cases)
            index.insert(category.name + u'\n' + dispatchedText(testCase), testCase.id);
    }
    return index;
}

std::optional<QString> lineError(const QJsonDocument& document, const QJsonParseError& parsed,
                                 const QStringList& labels)
{
    if (parsed.error != QJsonParseError::NoError)
        return LabelledSample::tr("not valid JSON: %1").arg(parsed.errorString());
    if (!document.isObject())
        return LabelledSample::tr("expected an object such as {\"input\": \"...\", \"category\": \"...\"}");
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("input")).isString())
        return LabelledSample::tr("expected the request's text as \"input\": \"...\"");
    if (!object.value(QStringLiteral("category")).isString())
        return LabelledSample::tr("expected its true category as \"category\": \"...\"");
    const QString category = object.value(QStringLiteral("category")).toString();
    if (!labels.contains(category))
        return LabelledSample::tr("category '%1' is not defined in this workspace%2")
            .arg(category, didYouMean(category, labels).isEmpty()
                               ? LabelledSample::tr("; expected one of %1").arg(quotedList(labels))
                               : didYouMean(category, labels));
    return std::nullopt;
}
} // namespace

QString dispatchedText(const TestCase& testCase)
{
    if (!testCase.isChat())
        return fillPlaceholders(testCase.prompt, testCase.vars);
    for (auto it = testCase.messages.crbegin(); it != testCase.messages.crend(); ++it) {
        if (it->role == QLatin1String("user"))
            return fillPlaceholders(it->content, testCase.vars);
    }
    return {};
}

LabelledTraffic trafficFromCases(const Workspace& workspace)
{
    LabelledTraffic traffic;
    for (const Category& category : workspace.categories) {
        for (const TestCase& testCase : category.cases)
            traffic.requests.append({ testCase.id, dispatchedText(testCase), category.name, testCase.id });
    }
    return traffic;
}

LabelledTraffic parseLabelledSample(const QByteArray& text, const QString& fileName, const Workspace& workspace)
{
    LabelledTraffic traffic;
    const QStringList labels = knownLabels(workspace);
    const QHash<QString, QString> cases = caseIndex(workspace);
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parsed;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parsed);
        if (const auto error = lineError(document, parsed, labels)) {
            const int column = parsed.error != QJsonParseError::NoError ? parsed.offset + 1 : 1;
            traffic.errors.append(FileError { fileName, int(i) + 1, column, *error });
            continue;
        }
        const QJsonObject object = document.object();
        LabelledRequest request;
        request.id = object.value(QStringLiteral("id")).toString(QStringLiteral("line-%1").arg(i + 1));
        request.input = object.value(QStringLiteral("input")).toString();
        request.category = object.value(QStringLiteral("category")).toString();
        request.caseId = cases.value(request.category + u'\n' + request.input);
        traffic.requests.append(request);
    }
    if (traffic.requests.isEmpty() && traffic.errors.isEmpty())
        traffic.errors.append(FileError { fileName, 0, 0, LabelledSample::tr("the sample holds no labelled prompts") });
    return traffic;
}

LabelledTraffic readLabelledSample(const QString& path, const Workspace& workspace)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LabelledTraffic failed;
        failed.errors.append(FileError { path, 0, 0, LabelledSample::tr("cannot read this file: %1").arg(file.errorString()) });
        return failed;
    }
    return parseLabelledSample(file.readAll(), path, workspace);
}
