// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlcasereader.h"

#include "appliedscorers.h"
#include "domain/limits.h"
#include "scoring/scorervalidation.h"
#include "textcheck.h"

#include <QVariantMap>

namespace {
const QStringList caseKeys
    = { QStringLiteral("id"),   QStringLiteral("input"),    QStringLiteral("messages"), QStringLiteral("system_prompt"),
        QStringLiteral("vars"), QStringLiteral("expected"), QStringLiteral("scorers"),  QStringLiteral("tags") };
const QStringList scorerKeys = { QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("weight"),
                                 QStringLiteral("threshold"), QStringLiteral("path") };
const QStringList messageKeys = { QStringLiteral("role"), QStringLiteral("content") };
const QStringList roles = { QStringLiteral("system"), QStringLiteral("user"), QStringLiteral("assistant") };

const char* keyName(ScorerIssue::Key key)
{
    switch (key) {
    case ScorerIssue::Key::Type:
        return "type";
    case ScorerIssue::Key::Value:
        return "value";
    case ScorerIssue::Key::Weight:
        return "weight";
    case ScorerIssue::Key::Threshold:
        return "threshold";
    case ScorerIssue::Key::Path:
        return "path";
    }
    return "type";
}

// Where a key of a scorer entry was given; the entry itself when the key is absent.
YAML::Mark scorerKeyMark(const YAML::Node& entry, ScorerIssue::Key key)
{
    const YAML::Node value = entry.IsMap() ? entry[keyName(key)] : YAML::Node();
    return value.IsDefined() && !value.IsNull() ? value.Mark() : entry.Mark();
}

QVariantMap toVariantMap(const QMap<QString, QString>& map)
{
    QVariantMap result;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        result.insert(it.key(), it.value());
    return result;
}
// A YAML node as the JSON it stands for: quoted scalars are strings, plain ones booleans, nulls and
// numbers where they read as such (a JSON schema's "minLength: 3" is a number, "required: [id]" a list).
QVariant jsonVariant(const YAML::Node& node)
{
    if (node.IsMap()) {
        QVariantMap map;
        for (const auto& entry : node)
            map.insert(QString::fromStdString(entry.first.Scalar()), jsonVariant(entry.second));
        return map;
    }
    if (node.IsSequence()) {
        QVariantList list;
        for (const YAML::Node& item : node)
            list.append(jsonVariant(item));
        return list;
    }
    if (!node.IsScalar())
        return QVariant::fromValue(nullptr);
    QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "!")
        return text;
    if (text == u"true" || text == u"false")
        return text == u"true";
    if (text == u"null" || text == u"~")
        return QVariant::fromValue(nullptr);
    bool isInteger = false;
    const qlonglong integer = text.toLongLong(&isInteger);
    if (isInteger)
        return integer;
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    return isNumber ? QVariant(number) : QVariant(text);
}

bool takesSchema(const QString& type)
{
    const QString base = type.startsWith(QLatin1String("not-")) ? type.mid(4) : type;
    return base == u"is-json" || base == u"contains-json";
}
} // namespace

YamlCaseReader::YamlCaseReader(YamlErrors& errors)
    : m_errors(errors)
{
}

QList<TestCase> YamlCaseReader::readCases(const YAML::Node& list, const Category& category)
{
    QList<TestCase> cases;
    m_caseLines.clear();
    for (const YAML::Node& item : list) {
        const auto testCase = readCase(item);
        if (!testCase || !checkUniqueId(*testCase, item.Mark()))
            continue;
        checkAppliedScorers(*testCase, category, item);
        cases.append(*testCase);
    }
    return cases;
}

void YamlCaseReader::checkAppliedScorers(const TestCase& testCase, const Category& category, const YAML::Node& node)
{
    const YAML::Node ownScorers = node.IsMap() ? node["scorers"] : YAML::Node();
    for (const AppliedScorerIssue& found : appliedScorerIssues(testCase, category)) {
        const bool own = found.ownScorer >= 0 && ownScorers.IsSequence() && found.ownScorer < int(ownScorers.size());
        const YAML::Mark mark = own ? scorerKeyMark(ownScorers[found.ownScorer], found.issue.key) : node.Mark();
        if (found.warning)
            m_errors.addWarning(mark, found.issue.message);
        else
            m_errors.add(mark, found.issue.message);
    }
}

bool YamlCaseReader::checkUniqueId(const TestCase& testCase, const YAML::Mark& mark)
{
    const auto it = m_caseLines.constFind(testCase.id);
    if (it == m_caseLines.cend()) {
        m_caseLines.insert(testCase.id, mark.is_null() ? m_errors.fallbackLine() : mark.line + 1);
        return true;
    }
    const QString first = *it > 0 ? tr(" (first used on line %1)").arg(*it) : QString();
    m_errors.add(mark, tr("duplicate case id '%1'%2").arg(testCase.id, first));
    return false;
}

std::optional<TestCase> YamlCaseReader::readCase(const YAML::Node& node)
{
    const qsizetype before = m_errors.count();
    const YamlMap map(node, m_errors, caseKeys, tr("a test case"));
    const auto id = map.requiredName("id");
    TestCase testCase;
    testCase.id = id.value_or(QString());
    testCase.prompt = map.text("input");
    testCase.systemPrompt = map.text("system_prompt");
    testCase.messages = readMessages(map.list("messages"));
    testCase.vars = map.textMap("vars");
    testCase.expected = map.text("expected");
    testCase.scorers = readScorers(map.list("scorers"));
    testCase.tags = map.textList("tags");
    if (map.isValid() && map.contains("input") == map.contains("messages")) {
        m_errors.add(map.mark(),
                     map.contains("input")
                         ? tr("test case '%1' has both 'input' and 'messages'; give one of them").arg(testCase.id)
                         : tr("test case '%1' is missing its prompt: give 'input' or 'messages'").arg(testCase.id));
    }
    if (map.contains("messages") && testCase.messages.isEmpty() && m_errors.count() == before)
        map.invalid("messages", tr("messages: expected at least one message"));
    if (m_errors.count() != before)
        return std::nullopt;
    return testCase;
}

QList<ChatMessage> YamlCaseReader::readMessages(const YAML::Node& list)
{
    QList<ChatMessage> messages;
    for (const YAML::Node& item : list) {
        const YamlMap map(item, m_errors, messageKeys, tr("a chat message"));
        const auto role = map.requiredText("role");
        if (role && !roles.contains(*role))
            map.invalid("role", tr("role: expected %1, found %2").arg(quotedList(roles), quoted(*role)));
        if (map.isValid() && !map.contains("content"))
            map.missing("content");
        messages.append(ChatMessage { role.value_or(QString()), map.text("content") });
    }
    return messages;
}

QList<ScorerSpec> YamlCaseReader::readScorers(const YAML::Node& list)
{
    QList<ScorerSpec> scorers;
    for (const YAML::Node& item : list) {
        if (auto scorer = readScorer(item))
            scorers.append(*scorer);
    }
    return scorers;
}

std::optional<ScorerSpec> YamlCaseReader::readScorer(const YAML::Node& node)
{
    const qsizetype before = m_errors.count();
    const YamlMap map(node, m_errors, scorerKeys, tr("a scorer"));
    const auto type = map.requiredText("type");
    ScorerSpec spec;
    spec.type = type.value_or(QString());
    const YAML::Node value = map.value("value");
    spec.value = takesSchema(spec.type) && value.IsMap() ? jsonVariant(value) : readScorerValue(map);
    spec.weight = map.number("weight", 1.0, NumberRange::upTo(Limits::maxScorerWeight));
    spec.threshold = map.number("threshold");
    spec.path = map.text("path");
    if (m_errors.count() == before)
        reportScorerIssues(spec, map);
    if (m_errors.count() != before)
        return std::nullopt;
    return spec;
}

QVariant YamlCaseReader::readScorerValue(const YamlMap& map)
{
    const YAML::Node node = map.value("value");
    if (!node.IsDefined() || node.IsNull())
        return {};
    if (node.IsScalar())
        return scalarText(node);
    if (node.IsSequence())
        return map.textList("value");
    return toVariantMap(map.textMap("value")); // such as word-count's {min: 20, max: 50}
}

void YamlCaseReader::reportScorerIssues(const ScorerSpec& spec, const YamlMap& map)
{
    for (const ScorerIssue& issue : scorerIssues(spec)) {
        const char* key = keyName(issue.key);
        const YAML::Mark mark = issue.offset >= 0 && map.contains(key)
            ? m_errors.markInScalar(map.value(key), issue.offset)
            : map.markOf(key);
        m_errors.add(mark, issue.message);
    }
}
