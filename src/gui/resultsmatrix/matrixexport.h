// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matrixdata.h"

#include <QByteArray>

// The matrix as files, for spreadsheets and scripts: the rows given (the cases shown, in the order
// shown), every model. Values are machine-readable and untranslated: "pass", "fail", "error", or
// "2/3" passes over repeats; numbers with a dot; the output of the first repeat.
namespace MatrixExport {
QString verdictKey(const MatrixCell& cell); // "" when the model has no result for the case

// RFC 4180: a header line, then a line per case; fields with a comma, quote or line break quoted,
// quotes doubled; lines end in CRLF. Per model: verdict, score, cost_usd, latency_ms (empty when
// not measured: batch answers), output.
QByteArray toCsv(const MatrixData& matrix, const QList<int>& rows);
QString csvField(const QString& text);

// An array with an object per case: case, input, expected, and results keyed by model id (null
// when the model has no result), each with verdict, passes, runs, score, cost_usd, latency_ms (null
// when not measured: batch answers), outputs (one per repeat), errors and refusals ("kind: reason").
QByteArray toJson(const MatrixData& matrix, const QList<int>& rows);
} // namespace MatrixExport
