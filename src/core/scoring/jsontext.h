// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QJsonValue>
#include <QList>
#include <QVariant>

// JSON found in model output, paths into it, and comparison with the values written in a
// workspace file (where every scalar arrives as text).

// The whole text as one JSON value of any kind (object, array, string, number, true, false, null);
// white space around it is allowed, anything else is not. error: what is wrong and where.
std::optional<QJsonValue> parseJson(const QString& text, QString* error = nullptr);

// JSON objects and arrays inside a text: first the bodies of ``` code fences that parse, then
// {...} objects found in the prose. Models like to wrap JSON in either.
QList<QJsonValue> findJsonInText(const QString& text);

// The whole text if it is JSON, else the first JSON found in it.
std::optional<QJsonValue> extractJson(const QString& text);

// "customer.emails[0]", "$.items[2].sku", "[0].name", "items[-1]" (the last), "meta[\"a.b\"]"
// (a key with dots); "$" alone is the whole document.
class JsonPath
{
public:
    struct Step {
        QString key;
        std::optional<int> index; // a list index instead of a key; negative counts from the end
    };

    struct Problem {
        int offset = 0;
        QString message; // translated
    };

    // A path, or the problem at the character where parsing stopped.
    static JsonPath parse(const QString& text, Problem* problem = nullptr);

    bool isValid() const { return m_valid; }
    const QList<Step>& steps() const { return m_steps; }
    std::optional<QJsonValue> find(const QJsonValue& root) const;

private:
    QList<Step> m_steps;
    bool m_valid = false;
};

// The JSON an expected value stands for: text that parses as JSON is that JSON ("42", "true",
// "[1, 2]", "{\"a\": 1}", "\"quoted\""), other text is a string; a list is an array.
QJsonValue jsonFromValue(const QVariant& value);

// Equality with the tolerance people expect when they write expected values by hand:
// - numbers are equal when they differ by at most 1e-9 relative (0.1 + 0.2 equals 0.3);
// - a number equals a string holding that number: 42 equals "42" and "42.0";
// - true and false equal the strings "true" and "false" in any case;
// - strings otherwise compare exactly, case and white space included;
// - null equals only null; arrays compare item by item in order, objects key by key with the
//   same set of keys.
bool jsonEquivalent(const QJsonValue& actual, const QJsonValue& expected);

// Compact JSON text of a value, for reasons.
QString jsonToText(const QJsonValue& value);
