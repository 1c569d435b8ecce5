// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Whether a candidate's answer says the same as the baseline's: the one rule Shadow compare, its
// scoring and the command line share. A changed value is never agreement:
// - answers that both parse as JSON (an object or array, optionally in a ``` fence) agree when they
//   hold the same keys and values, whitespace and key order aside, as jsonEquivalent() compares them:
//   numbers, and strings that read as numbers, as numbers ("106.540" is 106.54), other strings exactly;
// - otherwise texts equal up to case and spacing agree; texts whose numbers differ (as a multiset)
//   do not; the rest agree when their word similarity, punctuation left out, reaches the threshold.
bool answersAgree(const QString& baseline, const QString& candidate, double similarityThreshold);
