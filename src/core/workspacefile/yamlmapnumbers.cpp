// SPDX-License-Identifier: GPL-3.0-or-later
// YamlMap, its numbers: parsed in the C locale, finite, within their key's range, never in quotes.
#include "yamlmap.h"

#include "textcheck.h"

#include <cmath>
#include <QLocale>

const NumberRange NumberRange::Any {};
const NumberRange NumberRange::NonNegative { 0.0 };
const NumberRange NumberRange::Positive { 0.0, std::numeric_limits<double>::infinity(), true };
const NumberRange NumberRange::Unit { 0.0, 1.0 };

namespace {
QString numberText(double value)
{
    return QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
}
} // namespace

std::optional<double> YamlMap::number(const char* key, NumberRange range) const
{
    const YAML::Node node = value(key);
    if (!node.IsDefined())
        return std::nullopt;
    const std::optional<double> result = node.IsScalar() ? parseNumber(scalarText(node)) : std::nullopt;
    if (result && isQuoted(key)) {
        invalid(key,
                tr("%1: expected a number, found the text %2 in quotes; write the number without quotes")
                    .arg(QString::fromUtf8(key), quoted(scalarText(node))));
        return std::nullopt;
    }
    if (!result || !inRange(*result, range)) {
        invalid(key, rangeMessage(QString::fromUtf8(key), range, describeNode(node)));
        return std::nullopt;
    }
    return result;
}

double YamlMap::number(const char* key, double fallback, NumberRange range) const
{
    return number(key, range).value_or(fallback);
}

std::optional<qint64> YamlMap::integer(const char* key, qint64 minimum, qint64 maximum) const
{
    const YAML::Node node = value(key);
    if (!node.IsDefined())
        return std::nullopt;
    bool ok = false;
    const qint64 result = node.IsScalar() ? scalarText(node).trimmed().toLongLong(&ok) : 0;
    if (ok && isQuoted(key)) {
        invalid(key,
                tr("%1: expected a whole number, found the text %2 in quotes; write the number without quotes")
                    .arg(QString::fromUtf8(key), quoted(scalarText(node))));
        return std::nullopt;
    }
    if (!ok || result < minimum || result > maximum) {
        const QString expected = maximum == std::numeric_limits<qint64>::max()
            ? tr("a whole number of at least %1").arg(minimum)
            : tr("a whole number from %1 to %2").arg(minimum).arg(maximum);
        invalid(key, tr("%1: expected %2, found %3").arg(QString::fromUtf8(key), expected, describeNode(node)));
        return std::nullopt;
    }
    return result;
}

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool inRange(double value, NumberRange range)
{
    const bool aboveMinimum = range.minimumExcluded ? value > range.minimum : value >= range.minimum;
    return aboveMinimum && value <= range.maximum;
}

QString rangeMessage(const QString& key, NumberRange range, const QString& found)
{
    const bool bounded = std::isfinite(range.maximum);
    if (std::isfinite(range.minimum) && bounded)
        return QCoreApplication::translate("YamlMap", "%1: expected a number from %2 to %3, found %4")
            .arg(key, numberText(range.minimum), numberText(range.maximum), found);
    if (std::isfinite(range.minimum) && range.minimumExcluded)
        return QCoreApplication::translate("YamlMap", "%1: expected a number greater than %2, found %3")
            .arg(key, numberText(range.minimum), found);
    if (std::isfinite(range.minimum))
        return QCoreApplication::translate("YamlMap", "%1: expected a number of %2 or more, found %3")
            .arg(key, numberText(range.minimum), found);
    if (bounded)
        return QCoreApplication::translate("YamlMap", "%1: expected a number of at most %2, found %3")
            .arg(key, numberText(range.maximum), found);
    return QCoreApplication::translate("YamlMap", "%1: expected a number, found %2").arg(key, found);
}
