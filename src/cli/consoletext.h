// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Text for a terminal: amounts, durations and tables as signalbox-cli prints them.

// "$0.42", "$0.0042", "$0.000012": two significant digits below a cent, cents above.
QString usdText(double dollars);
// "850 ms", "42 s", "3 min 05 s", "1 h 02 min".
QString durationText(qint64 milliseconds);
// Rows of cells in columns, indented by two spaces; the columns listed in rightAligned are numbers.
QString alignedTable(const QList<QStringList>& rows, const QList<int>& rightAligned = {});
// The argument as a POSIX shell reads it back: unchanged when safe, else in single quotes.
QString shellQuoted(const QString& argument);
