// SPDX-License-Identifier: GPL-3.0-or-later
#include "dollarlogticker.h"

#include <cmath>

QString dollarTickText(double value, const QLocale& locale)
{
    int decimals = 0;
    while (decimals < 6
           && std::abs(value * std::pow(10.0, decimals) - std::round(value * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return QLatin1Char('$') + locale.toString(value, 'f', decimals);
}

QString DollarLogTicker::getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision)
{
    Q_UNUSED(formatChar)
    Q_UNUSED(precision)
    return dollarTickText(tick, locale);
}

QVector<double> DollarLogTicker::createTickVector(double tickStep, const QCPRange& range)
{
    Q_UNUSED(tickStep)
    QVector<double> ticks;
    if (range.lower <= 0 || range.upper <= range.lower)
        return ticks;
    const double decades = std::log10(range.upper / range.lower);
    // 1-2-5 steps read best; beyond three decades they would crowd the axis.
    const QList<double> mantissas = decades <= 3.0 ? QList<double> { 1, 2, 5 } : QList<double> { 1 };
    const int first = int(std::floor(std::log10(range.lower)));
    const int last = int(std::ceil(std::log10(range.upper)));
    for (int exponent = first; exponent <= last; ++exponent) {
        for (double mantissa : mantissas) {
            const double tick = mantissa * std::pow(10.0, exponent);
            if (tick >= range.lower * (1 - 1e-9) && tick <= range.upper * (1 + 1e-9))
                ticks.append(tick);
        }
    }
    return ticks;
}
