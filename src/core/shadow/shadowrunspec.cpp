// SPDX-License-Identifier: GPL-3.0-or-later
// ShadowRunSpec and the readers of unlabelled inputs; ShadowRunner is in shadowrunner.cpp.
#include "shadowrun.h"
#include "workspacefile/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ShadowRun", text);
}

QJsonObject inputToJson(const TestCase& input)
{
    QJsonObject json { { QStringLiteral("id"), input.id }, { QStringLiteral("prompt"), input.prompt } };
    if (!input.systemPrompt.isEmpty())
        json.insert(QStringLiteral("system_prompt"), input.systemPrompt);
    return json;
}

TestCase inputFromJson(const QJsonObject& json)
{
    TestCase input;
    input.id = json.value(QStringLiteral("id")).toString();
    input.prompt = json.value(QStringLiteral("prompt")).toString();
    input.systemPrompt = json.value(QStringLiteral("system_prompt")).toString();
    return input;
}

QString inputId(const QString& given, qsizetype index)
{
    return given.trimmed().isEmpty() ? u"input-" + QString::number(index + 1) : given.trimmed();
}

// Adds one input; a repeated id is an error of its line.
void addInput(ShadowInputs& inputs, const QString& id, const QString& prompt, const QString& file, int line)
{
    TestCase input;
    input.id = inputId(id, inputs.cases.size());
    input.prompt = prompt;
    for (const TestCase& other : std::as_const(inputs.cases)) {
        if (other.id == input.id) {
            inputs.errors.append({ file, line, 0, tr("the id '%1' is used twice").arg(input.id) });
            return;
        }
    }
    inputs.cases.append(input);
}

// A CSV file with an input (or prompt) column; id is optional and other columns are ignored, so
// that an export of real traffic can be read as it is.
ShadowInputs parseCsvInputs(const QString& text, const QString& fileName)
{
    ShadowInputs inputs;
    const CsvReader reader(text, fileName);
    inputs.errors = reader.errors();
    const QList<CsvRecord> records = reader.records();
    if (records.isEmpty())
        return inputs;
    const QStringList header = records.constFirst().fields;
    qsizetype inputColumn = header.indexOf(QStringLiteral("input"));
    if (inputColumn < 0)
        inputColumn = header.indexOf(QStringLiteral("prompt"));
    const qsizetype idColumn = header.indexOf(QStringLiteral("id"));
    if (inputColumn < 0) {
        inputs.errors.append(
            { fileName, records.constFirst().line, 1, tr("the header row has no 'input' (or 'prompt') column") });
        return inputs;
    }
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord& record = records.at(i);
        const QString prompt = record.fields.value(inputColumn);
        if (!prompt.trimmed().isEmpty())
            addInput(inputs, record.fields.value(idColumn), prompt, fileName, record.line);
    }
    return inputs;
}

// JSONL: an object per line with input (or prompt) and an optional id, or a bare JSON string.
ShadowInputs parseJsonlInputs(const QString& text, const QString& fileName)
{
    ShadowInputs inputs;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson((u"[" + line + u"]").toUtf8());
        const QJsonValue value = document.array().at(0);
        const QJsonObject object = value.toObject();
        const QJsonValue prompt = value.isString()
            ? value
            : object.value(object.contains(QLatin1String("input")) ? QStringLiteral("input")
                                                                   : QStringLiteral("prompt"));
        if (!prompt.isString() || prompt.toString().trimmed().isEmpty()) {
            inputs.errors.append({ fileName, int(i + 1), 0,
                                   tr("expected a JSON object with an 'input' (or 'prompt') text, or a JSON "
                                      "string") });
            continue;
        }
        addInput(inputs, object.value(QStringLiteral("id")).toVariant().toString(), prompt.toString(), fileName,
                 int(i + 1));
    }
    return inputs;
}

} // namespace

QJsonObject ShadowRunSpec::toJson() const
{
    QJsonArray inputList;
    for (const TestCase& input : inputs)
        inputList.append(inputToJson(input));
    QJsonObject json { { QStringLiteral("category"), category },
                       { QStringLiteral("baseline"), baselineModelId },
                       { QStringLiteral("candidates"), QJsonArray::fromStringList(candidateModelIds) },
                       { QStringLiteral("inputs"), inputList } };
    if (!judgeModelId.isEmpty())
        json.insert(QStringLiteral("judge"), judgeModelId);
    return json;
}

std::optional<ShadowRunSpec> ShadowRunSpec::fromJson(const QJsonObject& json)
{
    if (json.isEmpty() || !json.value(QStringLiteral("baseline")).isString())
        return std::nullopt;
    ShadowRunSpec spec;
    spec.category = json.value(QStringLiteral("category")).toString();
    spec.baselineModelId = json.value(QStringLiteral("baseline")).toString();
    const QJsonArray candidates = json.value(QStringLiteral("candidates")).toArray();
    for (const auto& candidate : candidates)
        spec.candidateModelIds.append(candidate.toString());
    spec.judgeModelId = json.value(QStringLiteral("judge")).toString();
    const QJsonArray inputs = json.value(QStringLiteral("inputs")).toArray();
    for (const auto& input : inputs)
        spec.inputs.append(inputFromJson(input.toObject()));
    return spec;
}

QString ShadowRunSpec::validate(const Workspace& workspace) const
{
    if (!workspace.category(category))
        return tr("There is no category named '%1'.").arg(category);
    if (candidateModelIds.isEmpty() || candidateModelIds.size() > 3)
        return tr("Choose one to three candidates to compare with the routed model.");
    for (const QString& model : models()) {
        if (!workspace.model(model))
            return tr("There is no model with id '%1'.").arg(model);
    }
    QStringList distinct = candidateModelIds;
    if (candidateModelIds.contains(baselineModelId) || distinct.removeDuplicates() > 0)
        return tr("Each candidate must differ from the baseline and from the other candidates.");
    if (!judgeModelId.isEmpty() && !workspace.model(judgeModelId))
        return tr("There is no judge model with id '%1'.").arg(judgeModelId);
    if (inputs.isEmpty())
        return tr("There are no inputs to answer: give one prompt per line.");
    return {};
}

std::optional<ShadowRunSpec> shadowRunSpec(const RunInfo& run)
{
    return ShadowRunSpec::fromJson(run.settings.shadow);
}

ShadowOptions shadowOptionsFor(const RunInfo& run)
{
    ShadowOptions options;
    options.runId = run.id;
    if (const auto spec = shadowRunSpec(run)) {
        options.scoring = spec->scoring();
        options.cases = spec->inputs;
    }
    return options;
}

ShadowInputs parseShadowInputs(const QString& text, const QString& fileName)
{
    ShadowInputs inputs;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            addInput(inputs, {}, line, fileName, int(i + 1));
    }
    return inputs;
}

ShadowInputs readShadowInputs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { {}, { { path, 0, 0, tr("cannot read the file: %1").arg(file.errorString()) } } };
    const QString text = QString::fromUtf8(file.readAll());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return parseCsvInputs(text, path);
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return parseJsonlInputs(text, path);
    return parseShadowInputs(text, path);
}
