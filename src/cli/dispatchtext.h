// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatcher/dispatchbenchmark.h"
#include "dispatcher/endtoend.h"

// Everything `signalbox-cli dispatch` prints.
struct DispatchReport {
    QString source; // "the categories' test cases" or the sample file's path
    DispatcherSpec spec;
    DispatchOutcome outcome;
    DispatchFigures figures;
    std::optional<EndToEndFigures> endToEnd; // absent without a run
    bool simulatedClassifier = false;
};

QString dispatchTable(const DispatchReport& report);
QString dispatchJson(const DispatchReport& report);
