// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What a run or a call cost, in US dollars: cents for dollars, tenths of cents for cents, and two
// significant digits below a cent, since one call often costs a few millionths of a dollar.
// 0 -> "$0", 0.000021 -> "$0.000021", 0.0196 -> "$0.020", 0.2288 -> "$0.229", 12.4 -> "$12.40".
QString costText(double usd);
// A figure nobody paid (a sandbox run's): cents are precision enough from a cent up, "$0.23".
QString simulatedCostText(double usd);
