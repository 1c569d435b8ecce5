// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Where a run stands. Only a live run is Running: one found Running when a store opens was cut off
// by a crash and is marked Interrupted.
enum class RunStatus { Running, Paused, Interrupted, Completed, Cancelled, Failed };

QString runStatusKey(RunStatus status); // as stored: "running", "paused", ...
std::optional<RunStatus> runStatusFromKey(const QString& key);
QStringList runStatusKeys();
QString runStatusDisplayName(RunStatus status); // translated

// The knobs a run was started with, kept so that a result can be explained and a run repeated.
struct RunSettings {
    std::optional<double> temperature; // absent: each provider's default
    int maxTokens = 1024;
    bool cacheEnabled = true;
    int concurrency = 4;
    std::optional<double> budgetUsd; // absent: no cap
    QJsonObject shadow; // non-empty: a shadow run on unlabelled inputs (see shadow/shadowrun.h)
    std::optional<int> cacheMaxAgeDays; // cached answers older than this are asked again; absent: the workspace's
    QJsonObject snapshot; // the prices and category digests it ran with (see freshness/runsnapshot.h)
    // Non-empty: only these (category, model) cells of the run's categories and models, e.g. the
    // ones no earlier run has evidence for.
    QList<std::pair<QString, QString>> cells;
    // Jobs of providers with a batch API go through it: half the price, answers within 24 h.
    bool batch = false;

    QJsonObject toJson() const;
    static RunSettings fromJson(const QJsonObject& json); // missing keys keep their defaults
    friend bool operator==(const RunSettings&, const RunSettings&) = default;
};

// One benchmark run: which jobs it covers, how, and how far it got.
struct RunInfo {
    QString id; // unique, e.g. "2026-11-23T09-14-03" (see makeRunId)
    QDateTime startedAt;
    QDateTime finishedAt; // null while running, paused or interrupted
    RunStatus status = RunStatus::Running;
    QStringList categories;
    QStringList modelIds;
    int repeats = 1;
    RunSettings settings;
    QString workspaceHash; // of the workspace as run, to tell when its cases changed since
    bool simulated = false; // the results came from the sandbox, not a real provider
    double spentUsd = 0.0; // model and judge costs so far

    int jobCount(int caseCount) const { return caseCount * int(modelIds.size()) * repeats; }
    friend bool operator==(const RunInfo&, const RunInfo&) = default;
};

// A run id for a start time, in UTC: "2026-11-23T09-14-03"; file-name and URL safe, sorts by time.
QString makeRunId(const QDateTime& startedAt);

Q_DECLARE_METATYPE(RunStatus)
Q_DECLARE_METATYPE(RunSettings)
Q_DECLARE_METATYPE(RunInfo)
