// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {
class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)
};

// Bounds the work on long prose full of braces that are not JSON.
constexpr int maxCandidates = 100;

qsizetype matchingBracket(const QString& text, qsizetype start)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            ++depth;
        } else if ((c == u'}' || c == u']') && --depth <= 0) {
            return depth == 0 ? i : -1;
        }
    }
    return -1;
}

struct Range {
    qsizetype start;
    qsizetype end;
    bool contains(qsizetype i) const { return i >= start && i < end; }
};

QList<Range> fencedJson(const QString& text, QList<QJsonValue>* found)
{
    static const QRegularExpression fence(QStringLiteral("```[A-Za-z0-9_+-]*[ \\t]*\\r?\\n?(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QList<Range> fences;
    auto it = fence.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        fences.append({ match.capturedStart(), match.capturedEnd() });
        const auto value = parseJson(match.captured(1));
        if (value && (value->isObject() || value->isArray()))
            found->append(*value);
    }
    return fences;
}

void proseObjects(const QString& text, const QList<Range>& fences, QList<QJsonValue>* found)
{
    int candidates = 0;
    qsizetype start = text.indexOf(u'{');
    while (start >= 0 && candidates++ < maxCandidates) {
        const bool fenced
            = std::any_of(fences.begin(), fences.end(), [start](const Range& r) { return r.contains(start); });
        const qsizetype end = fenced ? -1 : matchingBracket(text, start);
        const auto value = end > start ? parseJson(text.mid(start, end - start + 1)) : std::nullopt;
        if (value && value->isObject())
            found->append(*value);
        start = text.indexOf(u'{', value ? end + 1 : start + 1);
    }
}

std::optional<double> numberOf(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (!value.isString())
        return std::nullopt;
    bool ok = false;
    const double number = QLocale::c().toDouble(value.toString().trimmed(), &ok);
    return ok && std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

std::optional<bool> boolOf(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    const QString text = value.toString().trimmed();
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

bool arraysEquivalent(const QJsonArray& actual, const QJsonArray& expected)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (!jsonEquivalent(actual.at(i), expected.at(i)))
            return false;
    }
    return true;
}

bool objectsEquivalent(const QJsonObject& actual, const QJsonObject& expected)
{
    if (actual.keys() != expected.keys())
        return false;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (!jsonEquivalent(actual.value(it.key()), it.value()))
            return false;
    }
    return true;
}
} // namespace

std::optional<QJsonValue> parseJson(const QString& text, QString* error)
{
    // Wrapped in an array so that scalars parse too; "1, 2" gives two items and is refused.
    const QByteArray utf8 = QString(u'[' + text + u']').toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().at(0);
    if (error) {
        const int offset = std::clamp(int(parseError.offset) - 1, 0, int(utf8.size()) - 2);
        const int character = int(QString::fromUtf8(utf8.mid(1, offset)).size()) + 1;
        *error = parseError.error == QJsonParseError::NoError
            ? JsonText::tr("more than one value")
            : JsonText::tr("%1 at character %2").arg(parseError.errorString(), QString::number(character));
    }
    return std::nullopt;
}

QList<QJsonValue> findJsonInText(const QString& text)
{
    QList<QJsonValue> found;
    const QList<Range> fences = fencedJson(text, &found);
    proseObjects(text, fences, &found);
    return found;
}

std::optional<QJsonValue> extractJson(const QString& text)
{
    if (auto whole = parseJson(text))
        return whole;
    const QList<QJsonValue> found = findJsonInText(text);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QJsonValue jsonFromValue(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString: {
        const auto parsed = parseJson(value.toString());
        return parsed ? *parsed : QJsonValue(value.toString());
    }
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QJsonArray array;
        const QVariantList items = value.toList();
        for (const QVariant& item : items)
            array.append(jsonFromValue(item));
        return array;
    }
    default:
        return QJsonValue::fromVariant(value);
    }
}

bool jsonEquivalent(const QJsonValue& actual, const QJsonValue& expected)
{
    if (actual.isDouble() || expected.isDouble()) {
        const auto a = numberOf(actual);
        const auto b = numberOf(expected);
        return a && b && std::abs(*a - *b) <= 1e-9 * std::max({ 1.0, std::abs(*a), std::abs(*b) });
    }
    if (actual.isBool() || expected.isBool()) {
        const auto a = boolOf(actual);
        return a && a == boolOf(expected);
    }
    if (actual.isArray() && expected.isArray())
        return arraysEquivalent(actual.toArray(), expected.toArray());
    if (actual.isObject() && expected.isObject())
        return objectsEquivalent(actual.toObject(), expected.toObject());
    return actual == expected;
}

QString jsonToText(const QJsonValue& value)
{
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}
