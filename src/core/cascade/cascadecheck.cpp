// SPDX-License-Identifier: GPL-3.0-or-later
#include "cascadecheck.h"

#include "scoring/jsonschema.h"
#include "scoring/scoringengine.h"
#include "scoring/scorervalidation.h"
#include "workspacefile/yamlcasereader.h"

#include <QCoreApplication>
#include <yaml-cpp/yaml.h>

namespace {
class CascadeCheck
{
    Q_DECLARE_TR_FUNCTIONS(CascadeCheck)
};
} // namespace

QStringList cascadeCheckTypes()
{
    return { QStringLiteral("is-json"),    QStringLiteral("contains-json"), QStringLiteral("regex"),
             QStringLiteral("word-count"), QStringLiteral("contains-any"),  QStringLiteral("icontains-any") };
}

QString cascadeCheckProblem(const ScorerSpec& spec)
{
    if (!cascadeCheckTypes().contains(spec.baseType()))
        return CascadeCheck::tr("a cascade's check must need no expected output: %1 is not one of %2 (or their not- "
                                "forms)")
            .arg(spec.type, cascadeCheckTypes().join(QStringLiteral(", ")));
    const bool needsValue = spec.baseType() != u"is-json" && spec.baseType() != u"contains-json";
    if (needsValue && !spec.value.isValid())
        return CascadeCheck::tr("%1 needs a value to check the answer against").arg(spec.type);
    return validateScorer(spec);
}

std::optional<ScorerSpec> parseCascadeCheck(const QString& text, QString* error)
{
    YAML::Node node;
    try {
        node = YAML::Load(text.toStdString());
    } catch (const YAML::Exception& exception) {
        *error = CascadeCheck::tr("the check is not JSON or YAML: %1").arg(QString::fromStdString(exception.msg));
        return std::nullopt;
    }
    FileErrors errors;
    YamlErrors yamlErrors(QStringLiteral("--check"), &errors);
    YamlCaseReader reader(yamlErrors);
    const std::optional<ScorerSpec> spec = reader.readScorer(node);
    if (!spec) {
        *error = errors.isEmpty() ? CascadeCheck::tr("the check is not a scorer") : errors.constFirst().message;
        return std::nullopt;
    }
    *error = cascadeCheckProblem(*spec);
    return error->isEmpty() ? spec : std::nullopt;
}

QString cascadeCheckText(const ScorerSpec& spec)
{
    const QVariant& value = spec.value;
    if (!value.isValid())
        return spec.type;
    if (value.typeId() == QMetaType::QStringList)
        return spec.type + QStringLiteral(" [") + value.toStringList().join(QStringLiteral(", ")) + u']';
    if (const auto schema = jsonSchemaOf(value); schema && (spec.baseType() == u"is-json" || spec.baseType() == u"contains-json"))
        return spec.type + u' ' + jsonSchemaText(*schema);
    if (value.typeId() == QMetaType::QVariantMap) {
        QStringList entries;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            entries.append(it.key() + QStringLiteral(": ") + it.value().toString());
        return spec.type + QStringLiteral(" {") + entries.join(QStringLiteral(", ")) + u'}';
    }
    return spec.type + u' ' + value.toString();
}

bool passesCascadeCheck(const ScorerSpec& spec, const QString& answer)
{
    Category category;
    category.scorers = { spec };
    category.passThreshold = 1.0;
    const ScoreResult result = scoreOutput(answer, 0, std::nullopt, TestCase {}, category);
    return result.pass && !result.hasError();
}
