// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

// A logarithmic axis of US dollars: ticks at 1, 2 and 5 of each decade when the range spans few
// decades (decades only when it spans many), labelled "$0.01", "$0.5", "$20".
class DollarLogTicker : public QCPAxisTickerLog
{
public:
    DollarLogTicker() = default;

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
};

// The dollar text of a tick: as few decimals as the value needs, at most six.
QString dollarTickText(double value, const QLocale& locale = QLocale());
