// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runreport.h"

// A report for people: a title, a table with a row per category and model whose columns line up,
// and with a baseline a line counting the regressions and improvements. Ends with a newline.
QString reportText(const RunReport& report);

// RFC 4180: a header row of reportKeys(), a record per row, CRLF line ends; a field that holds a
// comma, a quote or a line break is quoted, its quotes doubled. Absent values are empty fields.
QString reportCsv(const RunReport& report);
// One RFC 4180 field: quoted when it holds a comma, a quote or a line break, its quotes doubled.
QString csvField(const QString& text);

// An indented JSON object: "run", "rows" (objects under reportKeys()) and, compared with a
// baseline, "baseline", "regressions", "improvements" and "only_in_baseline" (category and model
// of the cells the run lacks).
QString reportJson(const RunReport& report);
