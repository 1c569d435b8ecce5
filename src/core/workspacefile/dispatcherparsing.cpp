// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatcher section: rules, classifier, default and sample.
#include "dispatcherparsing.h"

#include "textcheck.h"

#include <QRegularExpression>

namespace {
const QStringList dispatcherKeys = { QStringLiteral("rules"), QStringLiteral("classifier"), QStringLiteral("default"),
                                     QStringLiteral("sample") };
const QStringList ruleKeys = { QStringLiteral("category"), QStringLiteral("any"), QStringLiteral("regex"),
                               QStringLiteral("min_chars"), QStringLiteral("max_chars") };
const QStringList classifierKeys = { QStringLiteral("model"), QStringLiteral("prompt") };

class DispatcherParser
{
    Q_DECLARE_TR_FUNCTIONS(DispatcherParser)
public:
    DispatcherParser(YamlErrors& errors, const QStringList& categories, const QStringList& models)
        : m_errors(errors)
        , m_categories(categories)
        , m_models(models)
    {
    }

    std::optional<DispatcherSpec> read(const YAML::Node& node);

private:
    void readRule(const YAML::Node& node, DispatcherSpec& spec);
    void readKeywords(const YamlMap& map, DispatchRule& rule);
    void readRegex(const YamlMap& map, DispatchRule& rule);
    void readBounds(const YamlMap& map, DispatchRule& rule);
    void readClassifier(const YAML::Node& node, DispatcherSpec& spec);
    void checkName(const QString& name, const QStringList& defined, const YAML::Mark& mark, const QString& what);

    YamlErrors& m_errors;
    QStringList m_categories;
    QStringList m_models;
};

std::optional<DispatcherSpec> DispatcherParser::read(const YAML::Node& node)
{
    const YamlMap map(node, m_errors, dispatcherKeys, tr("the dispatcher"));
    if (!map.isValid())
        return std::nullopt;
    DispatcherSpec spec;
    for (const YAML::Node& item : map.list("rules"))
        readRule(item, spec);
    if (!isAbsent(map.value("classifier")))
        readClassifier(map.value("classifier"), spec);
    if (map.contains("default")) {
        spec.fallback = map.text("default");
        checkName(spec.fallback, QStringList { DispatcherSpec::defaultRoute } + m_categories, map.markOf("default"),
                  tr("default: category"));
    }
    spec.sample = map.text("sample");
    return spec;
}

void DispatcherParser::readRule(const YAML::Node& node, DispatcherSpec& spec)
{
    const YamlMap map(node, m_errors, ruleKeys, tr("a dispatcher rule"));
    if (!map.isValid())
        return;
    DispatchRule rule;
    if (const auto category = map.requiredText("category")) {
        rule.category = *category;
        checkName(rule.category, QStringList { DispatcherSpec::defaultRoute } + m_categories, map.markOf("category"),
                  tr("category"));
    }
    readKeywords(map, rule);
    readRegex(map, rule);
    readBounds(map, rule);
    if (rule.any.isEmpty() && rule.regex.isEmpty() && !rule.minChars && !rule.maxChars)
        m_errors.add(map.mark(),
                     tr("a dispatcher rule needs at least one condition: 'any', 'regex', 'min_chars' or 'max_chars'; "
                        "one without would match every request"));
    spec.rules.append(rule);
}

void DispatcherParser::readKeywords(const YamlMap& map, DispatchRule& rule)
{
    if (!map.contains("any"))
        return;
    rule.any = map.textList("any");
    if (rule.any.isEmpty() && map.value("any").IsSequence())
        map.invalid("any", tr("any: expected at least one keyword"));
    for (const QString& keyword : std::as_const(rule.any)) {
        if (keyword.trimmed().isEmpty())
            map.invalid("any", tr("any: an empty keyword would match every request"));
    }
}

void DispatcherParser::readRegex(const YamlMap& map, DispatchRule& rule)
{
    rule.regex = map.text("regex");
    if (!map.contains("regex"))
        return;
    if (rule.regex.isEmpty()) {
        map.invalid("regex", tr("regex: must not be empty"));
        return;
    }
    const QRegularExpression expression(rule.regex);
    if (!expression.isValid())
        m_errors.add(m_errors.markInScalar(map.value("regex"), int(expression.patternErrorOffset())),
                     tr("regex: not a valid regular expression: %1 at character %2")
                         .arg(expression.errorString())
                         .arg(expression.patternErrorOffset() + 1));
}

void DispatcherParser::readBounds(const YamlMap& map, DispatchRule& rule)
{
    if (const auto low = map.integer("min_chars", 0))
        rule.minChars = int(std::min<qint64>(*low, std::numeric_limits<int>::max()));
    if (const auto high = map.integer("max_chars", 0))
        rule.maxChars = int(std::min<qint64>(*high, std::numeric_limits<int>::max()));
    if (rule.minChars && rule.maxChars && *rule.minChars > *rule.maxChars)
        map.invalid("max_chars",
                    tr("max_chars: %1 is less than min_chars (%2); no input could match")
                        .arg(*rule.maxChars)
                        .arg(*rule.minChars));
}

void DispatcherParser::readClassifier(const YAML::Node& node, DispatcherSpec& spec)
{
    const YamlMap map(node, m_errors, classifierKeys, tr("the dispatcher's classifier"));
    if (!map.isValid())
        return;
    DispatchClassifier classifier;
    if (const auto model = map.requiredText("model")) {
        classifier.model = *model;
        checkName(classifier.model, m_models, map.markOf("model"), tr("classifier model"));
    }
    classifier.prompt = map.text("prompt");
    spec.classifier = classifier;
}

void DispatcherParser::checkName(const QString& name, const QStringList& defined, const YAML::Mark& mark,
                                 const QString& what)
{
    if (defined.contains(name))
        return;
    const QString hint = didYouMean(name, defined);
    m_errors.add(mark, tr("%1 '%2' is not defined in this workspace%3")
                           .arg(what, name, hint.isEmpty() ? tr("; expected one of %1").arg(quotedList(defined)) : hint));
}
} // namespace

std::optional<DispatcherSpec> readDispatcherSection(const YAML::Node& node, YamlErrors& errors,
                                                    const QStringList& categories, const QStringList& models)
{
    return DispatcherParser(errors, categories, models).read(node);
}
