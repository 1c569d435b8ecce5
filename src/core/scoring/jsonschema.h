// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <optional>

// JSON Schema (draft 7, by valijson), the value promptfoo's is-json and contains-json take:
// {type: is-json, value: {type: object, required: [order_id]}}. Only schemas of their own: a $ref
// to another document is refused rather than fetched.

// The schema a scorer's value holds, when it is a mapping.
std::optional<QJsonObject> jsonSchemaOf(const QVariant& value);
// Why the schema cannot be used (translated); empty when it can.
QString jsonSchemaProblem(const QJsonObject& schema);
// Why the value does not satisfy the schema, naming where ("/order_id: ..."); empty when it does.
QString jsonSchemaViolation(const QJsonObject& schema, const QJsonValue& value);
// The schema as a YAML flow mapping on one line, which is JSON too: {"type": "object", "required": ["a"]}.
QString jsonSchemaText(const QJsonObject& schema);
