// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonscorers.h"

#include "jsonschema.h"
#include "jsontext.h"
#include "scorerchecks.h"
#include "scorervalue.h"

namespace {
QString kindOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return Scorer::tr("an object");
    case QJsonValue::Array:
        return Scorer::tr("an array");
    case QJsonValue::String:
        return Scorer::tr("a string");
    case QJsonValue::Double:
        return Scorer::tr("a number");
    case QJsonValue::Bool:
        return Scorer::tr("a boolean");
    default:
        return Scorer::tr("null");
    }
}

// is-json and contains-json take no value, or a JSON schema the answer's JSON must satisfy.
ScorerChecks::Issue schemaIssue(const ScorerSpec& spec)
{
    if (!hasValue(spec.value))
        return std::nullopt;
    const std::optional<QJsonObject> schema = jsonSchemaOf(spec.value);
    if (!schema)
        return ScorerChecks::valueIssue(
            Scorer::tr("value: %1 takes a JSON schema as its value, a mapping such as {type: object, required: "
                       "[id]}; use json-field-equals to compare one field with a value")
                .arg(spec.type));
    const QString problem = jsonSchemaProblem(*schema);
    return problem.isEmpty() ? ScorerChecks::Issue() : ScorerChecks::valueIssue(Scorer::tr("value: %1").arg(problem));
}

// The JSON found, checked against the spec's schema when it has one.
ScorerVerdict schemaVerdict(const ScorerSpec& spec, const QJsonValue& json, const QString& found)
{
    const std::optional<QJsonObject> schema = jsonSchemaOf(spec.value);
    if (!schema)
        return ScorerVerdict::of(true, found);
    const QString violation = jsonSchemaViolation(*schema, json);
    if (violation.isEmpty())
        return ScorerVerdict::of(true, Scorer::tr("%1, which matches the schema").arg(found));
    return ScorerVerdict::of(false, Scorer::tr("%1, which does not match the schema: %2").arg(found, violation));
}

ScorerChecks::Issue pathIssue(const ScorerSpec& spec)
{
    if (spec.path.isEmpty())
        return ScorerIssue { ScorerIssue::Key::Path,
                             Scorer::tr("path: json-field-equals needs a path such as customer.id or items[0].sku") };
    JsonPath::Problem problem;
    if (JsonPath::parse(spec.path, &problem).isValid())
        return std::nullopt;
    return ScorerIssue { ScorerIssue::Key::Path,
                         Scorer::tr("path: invalid JSON path %1: %2 at character %3")
                             .arg(quoted(spec.path), problem.message, QString::number(problem.offset + 1)),
                         problem.offset };
}
// A spec without a value compares with the case's expected output. When that is a JSON object
// or array, it holds the whole expected answer: compare like with like, the field at the path.
std::optional<QJsonValue> expectedDocument(const ScorerSpec& spec, const TestCase& testCase)
{
    if (hasValue(spec.value))
        return std::nullopt;
    auto expected = parseJson(testCase.expected);
    if (!expected || !(expected->isObject() || expected->isArray()))
        return std::nullopt;
    return expected;
}

std::optional<QJsonValue> expectedField(const ScorerSpec& spec, const TestCase& testCase)
{
    const auto document = expectedDocument(spec, testCase);
    return document ? JsonPath::parse(spec.path).find(*document) : std::nullopt;
}
} // namespace

std::optional<ScorerIssue> jsonFieldWarning(const ScorerSpec& spec, const TestCase& testCase)
{
    if (spec.negated() || spec.baseType() != QLatin1String("json-field-equals") || !JsonPath::parse(spec.path).isValid()
        || !expectedDocument(spec, testCase) || expectedField(spec, testCase))
        return std::nullopt;
    return ScorerIssue { ScorerIssue::Key::Path,
                         Scorer::tr("path: the expected output of case '%1' is JSON with nothing at %2, so the "
                                    "output's field is compared with the whole expected JSON and can never pass; "
                                    "add %2 to the expected output, or give the scorer a value")
                             .arg(testCase.id, spec.path) };
}

QList<ScorerIssue> IsJsonScorer::check(const ScorerSpec& spec) const
{
    return issues({ schemaIssue(spec), ScorerChecks::noThreshold(spec), ScorerChecks::noPath(spec) });
}

ScorerVerdict IsJsonScorer::evaluate(const ScoringContext& context) const
{
    QString error;
    const auto value = parseJson(context.output.text, &error);
    if (!value)
        return ScorerVerdict::of(false, tr("the output is not JSON: %1").arg(error));
    return schemaVerdict(context.spec, *value, tr("the output is JSON: %1").arg(kindOf(*value)));
}

QList<ScorerIssue> ContainsJsonScorer::check(const ScorerSpec& spec) const
{
    return issues({ schemaIssue(spec), ScorerChecks::noThreshold(spec), ScorerChecks::noPath(spec) });
}

ScorerVerdict ContainsJsonScorer::evaluate(const ScoringContext& context) const
{
    const auto value = extractJson(context.output.text);
    if (!value)
        return ScorerVerdict::of(false, tr("found no JSON in the output"));
    return schemaVerdict(context.spec, *value, tr("found JSON: %1").arg(elided(jsonToText(*value), 60)));
}

QList<ScorerIssue> JsonFieldEqualsScorer::check(const ScorerSpec& spec) const
{
    return issues({ pathIssue(spec), ScorerChecks::noThreshold(spec) });
}

ScorerVerdict JsonFieldEqualsScorer::evaluate(const ScoringContext& context) const
{
    const auto json = extractJson(context.output.text);
    if (!json)
        return ScorerVerdict::of(false, tr("found no JSON in the output"));
    const auto field = JsonPath::parse(context.spec.path).find(*json);
    if (!field)
        return ScorerVerdict::of(false, tr("the output's JSON has nothing at %1").arg(context.spec.path));
    const QJsonValue expected = expectedField(context.spec, context.testCase).value_or(jsonFromValue(context.value));
    const QString actualText = elided(jsonToText(*field), 60);
    if (jsonEquivalent(*field, expected))
        return ScorerVerdict::of(true, tr("%1 is %2").arg(context.spec.path, actualText));
    return ScorerVerdict::of(
        false, tr("%1 is %2, not %3").arg(context.spec.path, actualText, elided(jsonToText(expected), 60)));
}
