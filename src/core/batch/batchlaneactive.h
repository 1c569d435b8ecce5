// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchlane.h"

// One open batch of a lane: its record, the jobs waiting for its answers, when to poll it next.
struct BatchLane::Active {
    BatchRecord record;
    QHash<QString, BatchJob> jobs; // by custom id: the jobs this session still wants answered
    BatchStatus last;
    int intervalMs = 0;
    qint64 nextPollMs = 0;
    bool busy = false; // a request about it is in flight
    bool cancelRequested = false;
};
