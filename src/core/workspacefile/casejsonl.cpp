// SPDX-License-Identifier: GPL-3.0-or-later
// Test cases in JSONL files: one JSON object per line, with the keys of an inline case.
#include "caseimport.h"
#include "jsonlinescan.h"
#include "textcheck.h"
#include "yamlcasereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
class JsonlCases
{
    Q_DECLARE_TR_FUNCTIONS(JsonlCases)
};

// JSON is read as YAML nodes so that a line is checked exactly as an inline case is.
YAML::Node toYaml(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return YAML::Node(std::string(value.toBool() ? "true" : "false"));
    case QJsonValue::Double:
        return YAML::Node(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest).toStdString());
    case QJsonValue::String: {
        YAML::Node text(value.toString().toStdString());
        text.SetTag("!"); // as yaml-cpp tags a quoted scalar: "12" is text, not a number
        return text;
    }
    case QJsonValue::Array: {
        YAML::Node list(YAML::NodeType::Sequence);
        const QJsonArray items = value.toArray(); // const: iterating the temporary would detach it
        for (const auto& item : items) // a QJsonValueConstRef, converted by the call
            list.push_back(toYaml(item));
        return list;
    }
    case QJsonValue::Object: {
        YAML::Node map(YAML::NodeType::Map);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            map[it.key().toStdString()] = toYaml(it.value());
        return map;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return YAML::Node(YAML::NodeType::Null);
}

int columnOfByte(const QByteArray& line, int offset)
{
    return int(QString::fromUtf8(line.left(offset)).size()) + 1;
}

// The line's object, or nothing after reporting why it is not one.
std::optional<QJsonObject> jsonObjectOfLine(const QByteArray& line, const QString& fileName, int lineNumber,
                                            FileErrors& errors)
{
    if (const auto problem = scanJsonLine(line)) {
        errors.append(FileError { fileName, lineNumber, columnOfByte(line, int(problem->offset)), problem->message });
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append(FileError { fileName, lineNumber, columnOfByte(line, parseError.offset),
                                  JsonlCases::tr("invalid JSON: %1").arg(parseError.errorString()) });
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.append(FileError {
            fileName, lineNumber, 1,
            JsonlCases::tr("expected one JSON object per line, such as {\"id\": \"c1\", \"input\": \"...\"}") });
        return std::nullopt;
    }
    return document.object();
}

QByteArray json(const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// Objects with their keys in the order given, which QJsonObject would sort.
class OrderedObject
{
public:
    void add(const char* key, const QJsonValue& value)
    {
        m_members.append(json(QString::fromUtf8(key)) + ':' + json(value));
    }
    void add(const char* key, const QByteArray& rawJson)
    {
        m_members.append(json(QString::fromUtf8(key)) + ':' + rawJson);
    }
    QByteArray toJson() const { return '{' + m_members.join(',') + '}'; }

private:
    QByteArrayList m_members;
};

QByteArray scorerJson(const ScorerSpec& scorer)
{
    OrderedObject object;
    object.add("type", scorer.type);
    if (scorer.value.isValid())
        object.add("value", QJsonValue::fromVariant(scorer.value));
    if (scorer.weight != 1.0)
        object.add("weight", scorer.weight);
    if (scorer.threshold)
        object.add("threshold", *scorer.threshold);
    if (!scorer.path.isEmpty())
        object.add("path", scorer.path);
    return object.toJson();
}

QByteArray listJson(const QByteArrayList& items)
{
    return '[' + items.join(',') + ']';
}

QByteArray caseJson(const TestCase& testCase)
{
    OrderedObject object;
    object.add("id", testCase.id);
    if (testCase.isChat()) {
        QByteArrayList messages;
        for (const ChatMessage& message : testCase.messages) {
            OrderedObject item;
            item.add("role", message.role);
            item.add("content", message.content);
            messages.append(item.toJson());
        }
        object.add("messages", listJson(messages));
    } else {
        object.add("input", testCase.prompt);
    }
    if (!testCase.systemPrompt.isEmpty())
        object.add("system_prompt", testCase.systemPrompt);
    if (!testCase.vars.isEmpty()) {
        QJsonObject vars;
        for (auto it = testCase.vars.cbegin(); it != testCase.vars.cend(); ++it)
            vars.insert(it.key(), it.value());
        object.add("vars", vars);
    }
    if (!testCase.expected.isEmpty())
        object.add("expected", testCase.expected);
    if (!testCase.scorers.isEmpty()) {
        QByteArrayList scorers;
        for (const ScorerSpec& scorer : testCase.scorers)
            scorers.append(scorerJson(scorer));
        object.add("scorers", listJson(scorers));
    }
    if (!testCase.tags.isEmpty())
        object.add("tags", QJsonArray::fromStringList(testCase.tags));
    return object.toJson();
}
} // namespace

CaseImport parseJsonlCases(const QByteArray& bytes, const QString& fileName, const Category& category)
{
    CaseImport result;
    if (const auto error = utf8Error(bytes, fileName)) {
        result.errors.append(*error);
        return result;
    }
    if (const auto error = controlByteError(bytes, fileName, true)) {
        result.errors.append(*error);
        return result;
    }
    YamlErrors errors(fileName, &result.errors);
    errors.setWarnings(&result.warnings);
    YamlCaseReader reader(errors);
    const QByteArrayList lines = normalisedLineBreaks(bytes).split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (i == 0 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            continue;
        const auto object = jsonObjectOfLine(line, fileName, i + 1, result.errors);
        if (!object)
            continue;
        errors.setFallbackLine(i + 1);
        const YAML::Node node = toYaml(*object);
        const auto testCase = reader.readCase(node);
        if (!testCase || !reader.checkUniqueId(*testCase, YAML::Mark::null_mark()))
            continue;
        reader.checkAppliedScorers(*testCase, category, node);
        result.cases.append(*testCase);
    }
    if (result.cases.isEmpty() && result.errors.isEmpty())
        result.errors.append(FileError {
            fileName, 1, 1,
            JsonlCases::tr("the file holds no test cases; expected one JSON object per line, such as "
                           "{\"id\": \"c1\", \"input\": \"...\"}") });
    result.errors = withoutRepeats(result.errors);
    return result;
}

QByteArray casesToJsonl(const QList<TestCase>& cases)
{
    QByteArray text;
    for (const TestCase& testCase : cases)
        text += caseJson(testCase) + '\n';
    return text;
}
