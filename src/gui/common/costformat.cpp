// SPDX-License-Identifier: GPL-3.0-or-later
#include "costformat.h"

#include <cmath>
#include <QLocale>

QString simulatedCostText(double usd)
{
    return usd >= 0.01 ? u'$' + QLocale().toString(usd, 'f', 2) : costText(usd);
}

QString costText(double usd)
{
    const QLocale locale;
    if (usd <= 0.0)
        return QStringLiteral("$0");
    if (usd >= 1.0)
        return u'$' + locale.toString(usd, 'f', 2);
    if (usd >= 0.01)
        return u'$' + locale.toString(usd, 'f', 3);
    const int decimals = std::min(10, 1 - int(std::floor(std::log10(usd))));
    QString text = locale.toString(usd, 'f', decimals);
    while (text.endsWith(u'0'))
        text.chop(1);
    return u'$' + text;
}
