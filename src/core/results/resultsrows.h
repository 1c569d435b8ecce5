// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resultrecord.h"
#include "runinfo.h"
#include "shadowverdict.h"

#include <QSqlQuery>
#include <QVariantList>

// How the value types map to table rows. Each Columns string lists the columns in the order in
// which *Values() lists values and read*() expects them, from column 0 of the query.
namespace ResultsRows {

extern const QLatin1String runColumns;
QVariantList runValues(const RunInfo& run);
RunInfo readRun(const QSqlQuery& query);

extern const QLatin1String resultColumns;
QVariantList resultValues(const ResultRecord& result);
ResultRecord readResult(const QSqlQuery& query);

extern const QLatin1String verdictColumns;
QVariantList verdictValues(const ShadowVerdict& verdict);
ShadowVerdict readVerdict(const QSqlQuery& query);

// "?, ?, ?" for the columns of a Columns string.
QString placeholdersFor(QLatin1String columns);

// A time as stored: milliseconds since the epoch, NULL for a null QDateTime.
QVariant timeValue(const QDateTime& time);
QDateTime timeFrom(const QVariant& value);
// A text as stored: an empty string, never NULL, for a null QString.
QVariant textValue(const QString& text);

} // namespace ResultsRows
