// SPDX-License-Identifier: GPL-3.0-or-later
#include "cascadeguardrail.h"

#include "cascade/cascadecheck.h"
#include "scoring/jsonschema.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject denying(const QString& plugin, const QJsonObject& parameters)
{
    return QJsonObject { { u"deny"_s, true }, { QString(u"default."_s + plugin), parameters } };
}

// Words matched whatever their case, as a JavaScript pattern: each letter as [xX], since the
// gateway's regexMatch takes no flags.
QString anyCaseAlternation(const QStringList& words)
{
    QStringList alternatives;
    for (const QString& word : words) {
        QString pattern;
        for (const QChar c : word) {
            if (c.toLower() != c.toUpper())
                pattern += u'[' + QString(c.toLower()) + QString(c.toUpper()) + u']';
            else
                pattern += QRegularExpression::escape(QString(c));
        }
        alternatives.append(pattern);
    }
    return alternatives.join(u'|');
}

std::optional<std::pair<int, int>> wordRange(const QVariant& value)
{
    bool okMin = true;
    bool okMax = true;
    int min = 0;
    int max = 1'000'000; // no upper bound: the gateway wants one
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        if (map.contains(u"min"_s))
            min = map.value(u"min"_s).toString().toInt(&okMin);
        if (map.contains(u"max"_s))
            max = map.value(u"max"_s).toString().toInt(&okMax);
    } else if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        const QStringList items = value.toStringList();
        if (items.size() != 2)
            return std::nullopt;
        min = items.at(0).toInt(&okMin);
        max = items.at(1).toInt(&okMax);
    } else {
        min = max = value.toString().toInt(&okMin);
    }
    if (!okMin || !okMax)
        return std::nullopt; // a fractional bound: no whole-word count matches it exactly
    return std::pair { min, max };
}
} // namespace

std::optional<PortkeyGuardrail> portkeyGuardrail(const ScorerSpec& check)
{
    if (!cascadeCheckProblem(check).isEmpty())
        return std::nullopt;
    const bool negated = check.negated();
    const QString base = check.baseType();
    if (base == u"regex")
        return PortkeyGuardrail { denying(u"regexMatch"_s, { { u"rule"_s, check.value.toString() }, { u"not"_s, negated } }),
                                  u"the gateway runs the pattern as a JavaScript regular expression"_s };
    if (base == u"contains-any")
        return PortkeyGuardrail { denying(u"contains"_s,
                                          { { u"words"_s, QJsonArray::fromStringList(check.value.toStringList()) },
                                            { u"operator"_s, negated ? u"none"_s : u"any"_s } }),
                                  QString() };
    if (base == u"icontains-any")
        return PortkeyGuardrail { denying(u"regexMatch"_s,
                                          { { u"rule"_s, anyCaseAlternation(check.value.toStringList()) },
                                            { u"not"_s, negated } }),
                                  QString() };
    if (base == u"word-count") {
        const auto range = wordRange(check.value);
        if (!range)
            return std::nullopt;
        return PortkeyGuardrail { denying(u"wordCount"_s, { { u"minWords"_s, range->first },
                                                            { u"maxWords"_s, range->second },
                                                            { u"not"_s, negated } }),
                                  QString() };
    }
    // is-json, contains-json: the gateway's jsonSchema plugin, with the check's schema or an empty
    // one, which accepts any JSON object it finds.
    const std::optional<QJsonObject> schema = jsonSchemaOf(check.value);
    QString caveat = u"the gateway's jsonSchema guardrail looks for a JSON object in the answer (the whole "
                     "answer, a fenced block, or the shortest {...}), so it accepts text around the JSON that "
                     "is-json refuses, and a nested object outside a fenced block can fail it and escalate"_s;
    if (schema)
        caveat += u"; it validates with Ajv, Signalbox with valijson (draft 7): the common keywords agree, "
                  "formats and remote $refs may not"_s;
    return PortkeyGuardrail {
        denying(u"jsonSchema"_s, { { u"schema"_s, schema.value_or(QJsonObject {}) }, { u"not"_s, negated } }), caveat
    };
}

QString liteLlmCascadeCaveat(const ScorerSpec& check)
{
    return u"NOT A CASCADE IN THIS FILE. This route is a cascade in Signalbox (escalate when an answer fails %1), but LiteLLM's proxy cannot run "
           "that check from config.yaml alone: post-call rules are Python functions in a module of their own "
           "(litellm_settings.post_call_rules). It is exported as a plain fallback chain, which moves on only when a "
           "call fails, never on a failing answer. Use the Portkey export to enforce the cascade."_s
        .arg(cascadeCheckText(check));
}
