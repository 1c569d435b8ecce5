// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// How far a run has got, as its progress bar and status line show it.
struct RunProgress {
    QString runId;
    int total = 0; // jobs of the run, including those done before a resume
    int done = 0;
    int errors = 0; // done, but with an error result
    int passed = 0;
    int cached = 0; // answered from the response cache
    int inFlight = 0;
    double spentUsd = 0.0; // model and judge calls actually paid for, this session and before
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; // -1: not known yet
    bool paused = false;
    QString stopReason; // why it stopped early ("budget reached"), translated
    QString batchText; // "batch 3 of 5: 41,200 of 60,000 done, submitted 2 h ago"; empty without batches

    double fraction() const { return total > 0 ? double(done) / total : 0.0; }
};

Q_DECLARE_METATYPE(RunProgress)
