// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yamlerrors.h"

#include <limits>
#include <optional>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

// The range a number is checked against; the message names it.
struct NumberRange {
    double minimum = -std::numeric_limits<double>::infinity();
    double maximum = std::numeric_limits<double>::infinity();
    bool minimumExcluded = false;

    static const NumberRange Any;
    static const NumberRange NonNegative;
    static const NumberRange Positive;
    static const NumberRange Unit;
    static NumberRange upTo(double maximum) { return { 0.0, maximum }; } // 0..maximum
};

// One mapping of a YAML file, read key by key with typed getters. Unknown and duplicate keys are
// reported when it is built; type and range errors when a value is read. Getters return the
// fallback after an error, so reading goes on and finds further errors.
class YamlMap
{
    Q_DECLARE_TR_FUNCTIONS(YamlMap)
public:
    YamlMap(const YAML::Node& node, YamlErrors& errors, const QStringList& keys, const QString& what);

    bool isValid() const { return m_valid; }
    YAML::Mark mark() const { return m_node.Mark(); }
    YamlErrors& errors() const { return m_errors; }

    bool contains(const char* key) const;
    YAML::Node value(const char* key) const; // an undefined node when absent
    YAML::Mark markOf(const char* key) const; // of the value; of the key when the value is empty

    bool isQuoted(const char* key) const; // a quoted or block scalar, not a plain one
    QString text(const char* key) const;
    std::optional<QString> requiredText(const char* key) const;
    // Text that names something (an id, a name): no control characters.
    QString name(const char* key) const;
    std::optional<QString> requiredName(const char* key) const;
    std::optional<double> number(const char* key, NumberRange range = NumberRange::Any) const;
    double number(const char* key, double fallback, NumberRange range) const;
    std::optional<qint64> integer(const char* key, qint64 minimum,
                                  qint64 maximum = std::numeric_limits<qint64>::max()) const;
    std::optional<bool> flag(const char* key) const; // true or false; absent: nullopt
    QStringList textList(const char* key) const; // a list of scalars; a lone scalar is an error
    QMap<QString, QString> textMap(const char* key) const;
    YAML::Node list(const char* key) const; // a sequence, or undefined after reporting what was found

    void missing(const char* key) const;
    void invalid(const char* key, const QString& message) const;

private:
    // YAML::Node has only a copying assignment, which may throw: so may Entry's implicit move.
    struct Entry { // NOLINT(bugprone-exception-escape)
        QString key;
        YAML::Node keyNode;
        YAML::Node value;
    };
    const Entry* find(const char* key) const;
    bool checkName(const char* key, const QString& text) const;
    const Entry* findEntry(const QString& key) const;
    void checkKeys(const QStringList& keys);

    YAML::Node m_node;
    YamlErrors& m_errors;
    QString m_what;
    QList<Entry> m_entries;
    bool m_valid = false;
};

// Helpers for single nodes.
inline bool isAbsent(const YAML::Node& node)
{
    return !node.IsDefined() || node.IsNull();
}
QString describeNode(const YAML::Node& node); // "'high'", "a list", "a mapping", "nothing"
QString scalarText(const YAML::Node& node); // a scalar's text; empty for null
std::optional<double> parseNumber(const QString& text);
QString rangeMessage(const QString& key, NumberRange range, const QString& found);
bool inRange(double value, NumberRange range);
