// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QString>

// How the editors write numbers, in the user's locale.
namespace DisplayFormat {
QString percent(double fraction); // 0.925 -> "92.5%"
QString dollars(double amount); // 0.075 -> "$0.075"
QString count(qint64 value); // 128000 -> "128,000"
QString elapsed(qint64 milliseconds); // "42 s", "3 min 5 s", "1 h 20 min"
// In place of a latency that was not measured (an answer collected through a provider's batch
// API): "— (batch)", never "0 ms".
QString unmeasuredLatency();
QString latencyMs(std::optional<qint64> milliseconds); // "1,234 ms", or unmeasuredLatency() when absent
// A latency to sort by: one not measured after every measured one, never as the fastest.
double latencySortKey(std::optional<double> milliseconds);
QString oneLine(const QString& text, int maxLength = 160); // newlines folded, long text elided at a word
// A key that sorts "t2" before "t10": runs of digits padded with zeros.
QString naturalSortKey(const QString& text);
}
