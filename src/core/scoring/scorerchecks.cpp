// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorerchecks.h"

#include "scorervalue.h"

#include <cmath>

ScorerChecks::Issue ScorerChecks::noValue(const ScorerSpec& spec)
{
    if (!hasValue(spec.value))
        return std::nullopt;
    return valueIssue(tr("value: %1 takes no value, found %2").arg(spec.type, describeValue(spec.value)));
}

ScorerChecks::Issue ScorerChecks::textValue(const ScorerSpec& spec, bool allowEmpty)
{
    if (!hasValue(spec.value))
        return std::nullopt;
    if (isListValue(spec.value) || isMapValue(spec.value))
        return valueIssue(tr("value: %1 expects one text, found %2").arg(spec.type, describeValue(spec.value)));
    if (!allowEmpty && spec.value.toString().isEmpty())
        return valueIssue(tr("value: %1 needs a non-empty text; an empty one matches every output").arg(spec.type));
    return std::nullopt;
}

ScorerChecks::Issue ScorerChecks::textListValue(const ScorerSpec& spec)
{
    if (!hasValue(spec.value))
        return std::nullopt;
    if (isMapValue(spec.value))
        return valueIssue(tr("value: %1 expects a list of texts, found a mapping").arg(spec.type));
    const QVariantList list = isListValue(spec.value) ? spec.value.toList() : QVariantList();
    for (const QVariant& item : list) {
        if (isListValue(item) || isMapValue(item) || item.toString().isEmpty())
            return valueIssue(
                tr("value: every item of %1 must be a non-empty text, found %2").arg(spec.type, describeValue(item)));
    }
    if (valueItems(spec.value).isEmpty())
        return valueIssue(tr("value: %1 needs at least one text to look for").arg(spec.type));
    return std::nullopt;
}

ScorerChecks::Issue ScorerChecks::numberValue(const ScorerSpec& spec)
{
    if (!hasValue(spec.value) || valueNumber(spec.value))
        return std::nullopt;
    if (!isListValue(spec.value) && !isMapValue(spec.value) && hasPlaceholder(spec.value.toString()))
        return std::nullopt; // checked again once the case fills it
    return valueIssue(tr("value: %1 expects a number, found %2").arg(spec.type, describeValue(spec.value)));
}

ScorerChecks::Issue ScorerChecks::requiredValue(const ScorerSpec& spec, const QString& what)
{
    if (hasValue(spec.value))
        return std::nullopt;
    return valueIssue(tr("value: %1 needs %2").arg(spec.type, what));
}

ScorerChecks::Issue ScorerChecks::noThreshold(const ScorerSpec& spec)
{
    if (!spec.threshold)
        return std::nullopt;
    return ScorerIssue { ScorerIssue::Key::Threshold, tr("threshold: %1 takes no threshold").arg(spec.type) };
}

ScorerChecks::Issue ScorerChecks::threshold(const ScorerSpec& spec, double minimum, double maximum,
                                            const QString& meaning)
{
    if (!spec.threshold) {
        if (meaning.isEmpty())
            return std::nullopt;
        return ScorerIssue { ScorerIssue::Key::Threshold,
                             tr("threshold: %1 needs a threshold: %2").arg(spec.type, meaning) };
    }
    const double value = *spec.threshold;
    if (std::isfinite(value) && value >= minimum && value <= maximum)
        return std::nullopt;
    const QString found = QString::number(value);
    const QString message = std::isinf(maximum)
        ? tr("threshold: expected a number of %1 or more, found %2").arg(QString::number(minimum), found)
        : tr("threshold: expected a number from %1 to %2, found %3")
              .arg(QString::number(minimum), QString::number(maximum), found);
    return ScorerIssue { ScorerIssue::Key::Threshold, message };
}

ScorerChecks::Issue ScorerChecks::noPath(const ScorerSpec& spec)
{
    if (spec.path.isEmpty())
        return std::nullopt;
    return ScorerIssue { ScorerIssue::Key::Path,
                         tr("path: only json-field-equals takes a path, not %1").arg(spec.type) };
}

ScorerIssue ScorerChecks::valueIssue(const QString& message, int offset)
{
    return ScorerIssue { ScorerIssue::Key::Value, message, offset };
}
