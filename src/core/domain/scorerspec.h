// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

// One assertion on a model's output, named as promptfoo names them ("equals", "icontains",
// "contains-all", "regex", "is-json", "json-field-equals", "levenshtein", "llm-rubric", "cost",
// "latency", ...); a "not-" prefix negates. The value's shape depends on the type: a string, a
// number or a list of strings.
struct ScorerSpec {
    QString type;
    QVariant value;
    double weight = 1.0;
    std::optional<double> threshold; // levenshtein similarity, llm-rubric score, ...
    QString path; // json-field-equals: a dotted path such as "customer.id" or "items[0].sku"

    bool negated() const { return type.startsWith(QLatin1String("not-")); }
    QString baseType() const { return negated() ? type.mid(4) : type; }

    friend bool operator==(const ScorerSpec&, const ScorerSpec&) = default;
};

// The scorer types Signalbox understands, without the "not-" prefix.
QStringList knownScorerTypes();
bool isKnownScorerType(const QString& type);

Q_DECLARE_METATYPE(ScorerSpec)
