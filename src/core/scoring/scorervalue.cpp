// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorervalue.h"

#include <cmath>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace {
class ScorerValue
{
    Q_DECLARE_TR_FUNCTIONS(ScorerValue)
};

QRegularExpression placeholderPattern()
{
    return QRegularExpression(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\}\\}"));
}

QString inputText(const TestCase& testCase)
{
    if (!testCase.isChat())
        return testCase.prompt;
    for (auto it = testCase.messages.crbegin(); it != testCase.messages.crend(); ++it) {
        if (it->role == QLatin1String("user"))
            return it->content;
    }
    return {};
}

std::optional<QString> placeholderValue(const QString& name, const TestCase& testCase)
{
    if (name == QLatin1String("expected"))
        return testCase.expected;
    if (name == QLatin1String("input"))
        return inputText(testCase);
    const auto var = testCase.vars.constFind(name);
    if (var != testCase.vars.constEnd())
        return *var;
    return std::nullopt;
}

QVariant filled(const QVariant& value, const TestCase& testCase)
{
    if (value.typeId() == QMetaType::QString)
        return fillPlaceholders(value.toString(), testCase);
    if (value.typeId() == QMetaType::QStringList) {
        QStringList items = value.toStringList();
        for (QString& item : items)
            item = fillPlaceholders(item, testCase);
        return items;
    }
    if (value.typeId() == QMetaType::QVariantList) {
        QVariantList items = value.toList();
        for (QVariant& item : items)
            item = filled(item, testCase);
        return items;
    }
    return value;
}
} // namespace

QString fillPlaceholders(const QString& text, const TestCase& testCase)
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    QString result;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const auto value = placeholderValue(match.captured(1), testCase);
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += value ? *value : match.captured();
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

bool hasPlaceholder(const QString& text)
{
    return text.contains(placeholderPattern());
}

QVariant resolvedValue(const ScorerSpec& spec, const TestCase& testCase, bool defaultsToExpected)
{
    if (hasValue(spec.value))
        return filled(spec.value, testCase);
    if (defaultsToExpected)
        return testCase.expected;
    return {};
}

bool hasValue(const QVariant& value)
{
    return value.isValid();
}

bool isListValue(const QVariant& value)
{
    return value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList;
}

bool isMapValue(const QVariant& value)
{
    return value.typeId() == QMetaType::QVariantMap || value.typeId() == QMetaType::QVariantHash;
}

QString describeValue(const QVariant& value)
{
    if (!hasValue(value))
        return ScorerValue::tr("nothing");
    if (isListValue(value))
        return ScorerValue::tr("a list");
    if (isMapValue(value))
        return ScorerValue::tr("a mapping");
    return quoted(value.toString());
}

QStringList valueItems(const QVariant& value)
{
    if (isListValue(value)) {
        QStringList items;
        const QVariantList list = value.toList();
        for (const QVariant& item : list)
            items.append(item.toString());
        return items;
    }
    return splitCommaSeparated(value.toString());
}

QStringList splitCommaSeparated(const QString& text)
{
    QStringList items;
    QString current;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (c == u',' && !inQuotes)
            items.append(std::exchange(current, QString()).trimmed());
        else
            current += c;
    }
    items.append(current.trimmed());
    items.removeAll(QString());
    return items;
}

std::optional<double> valueNumber(const QVariant& value)
{
    if (!hasValue(value) || isListValue(value) || isMapValue(value) || value.typeId() == QMetaType::Bool)
        return std::nullopt;
    bool ok = false;
    const double number = QLocale::c().toDouble(value.toString().trimmed(), &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

QString elided(const QString& text, int maxLength)
{
    QString shown = text;
    shown.replace(u'\n', QLatin1String("\\n"));
    if (shown.size() > maxLength)
        shown = shown.left(maxLength - 1) + QChar(0x2026);
    return shown;
}

QString quoted(const QString& text, int maxLength)
{
    return u'\'' + elided(text, maxLength) + u'\'';
}
