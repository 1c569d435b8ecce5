// SPDX-License-Identifier: GPL-3.0-or-later
#include "daysspinbox.h"

#include <QRegularExpression>

namespace {
// The number in "14 days" (or in what the user typed), in the locale's digits.
QString digitsIn(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    return number.match(text).captured();
}
} // namespace

DaysSpinBox::DaysSpinBox(QWidget* parent)
    : QSpinBox(parent)
{
}

QString DaysSpinBox::textFromValue(int value) const
{
    return tr("%n day(s)", nullptr, value);
}

int DaysSpinBox::valueFromText(const QString& text) const
{
    return locale().toInt(digitsIn(text));
}

QValidator::State DaysSpinBox::validate(QString& input, int&) const
{
    if (!specialValueText().isEmpty() && input == specialValueText())
        return QValidator::Acceptable;
    const QString digits = digitsIn(input);
    if (digits.isEmpty())
        return QValidator::Intermediate;
    bool ok = false;
    const int value = locale().toInt(digits, &ok);
    return ok && value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}
