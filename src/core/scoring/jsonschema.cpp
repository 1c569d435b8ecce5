// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <stdexcept>

namespace {
class JsonSchema
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchema)
};

// Parses the schema; the exception's text when valijson refuses it.
QString parse(const QJsonObject& schema, valijson::Schema& parsed)
{
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue document(schema);
        parser.populateSchema(valijson::adapters::QtJsonAdapter(document), parsed);
    } catch (const std::exception& exception) {
        return QString::fromStdString(exception.what());
    }
    return {};
}

QString quotedJson(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString flowText(const QJsonValue& value)
{
    if (value.isObject()) {
        QStringList entries;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            entries.append(quotedJson(it.key()) + QStringLiteral(": ") + flowText(it.value()));
        return u'{' + entries.join(QStringLiteral(", ")) + u'}';
    }
    if (value.isArray()) {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const auto& item : array)
            items.append(flowText(item));
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    if (value.isString())
        return quotedJson(value.toString());
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}
} // namespace

std::optional<QJsonObject> jsonSchemaOf(const QVariant& value)
{
    if (value.typeId() != QMetaType::QVariantMap)
        return std::nullopt;
    return QJsonObject::fromVariantMap(value.toMap());
}

QString jsonSchemaProblem(const QJsonObject& schema)
{
    valijson::Schema parsed;
    const QString problem = parse(schema, parsed);
    return problem.isEmpty() ? QString() : JsonSchema::tr("not a JSON schema Signalbox can use: %1").arg(problem);
}

QString jsonSchemaViolation(const QJsonObject& schema, const QJsonValue& value)
{
    valijson::Schema parsed;
    if (const QString problem = parse(schema, parsed); !problem.isEmpty())
        return JsonSchema::tr("not a JSON schema Signalbox can use: %1").arg(problem);
    valijson::Validator validator;
    valijson::ValidationResults results;
    if (validator.validate(parsed, valijson::adapters::QtJsonAdapter(value), &results))
        return {};
    valijson::ValidationResults::Error error;
    QString where;
    QString what;
    // The innermost error says the most: "/order_id: ... does not match the pattern".
    while (results.popError(error)) {
        QStringList path;
        for (const std::string& step : error.context)
            path.append(QString::fromStdString(step));
        where = path.join(QString());
        what = QString::fromStdString(error.description);
    }
    return JsonSchema::tr("%1: %2").arg(where.isEmpty() ? QStringLiteral("<root>") : where, what);
}

QString jsonSchemaText(const QJsonObject& schema)
{
    return flowText(schema);
}
