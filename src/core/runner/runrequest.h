// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runplan.h"

#include "batch/batchtypes.h"

#include <QMap>

// Everything a run engine needs to start or resume a run, as one value handed to its thread.
struct RunRequest {
    Workspace workspace;
    RunPlan plan;
    QString databasePath;
    QString resumeRunId; // non-empty: continue that run with only its missing jobs
    bool retryFailed = false; // with resumeRunId: the jobs whose result is an error run again too
    QMap<ProviderKind, QString> sandboxBaseUrls; // where the sandbox serves each wire format
    QMap<QString, QString> apiKeys; // by provider name, already resolved; others are looked up
    BatchPolicy batchPolicy; // how batches are split and polled, when plan.settings.batch
};

Q_DECLARE_METATYPE(RunRequest)
