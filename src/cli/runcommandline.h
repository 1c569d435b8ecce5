// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

// What "signalbox-cli run" was asked to do.
struct RunOptions {
    QString workspacePath;
    RunPlan plan;
    bool resume = false;
    QString resumeRunId; // empty with resume: the latest interrupted or cancelled run
    QStringList planOptions; // the options given that shape a new run, which a resumed run keeps its own of
    bool retryFailed = false; // with resume: run the jobs whose result is an error again too
    bool onlyMissing = false; // only the cells no earlier run has current evidence for
    bool assumeYes = false;
    double sandboxTimeScale = 1.0;
    int batchFirstPollMs = 0; // above 0: when a batch is first polled (SIGNALBOX_BATCH_FIRST_POLL_MS)
};

// The command line of "signalbox-cli run": its options, their checks and its help.
class RunCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(RunCommandLine)
public:
    enum class Outcome { Run, Help, UsageError };

    RunCommandLine();

    Outcome parse(const QStringList& arguments, const QProcessEnvironment& environment);
    QString errorText() const { return m_error; }
    QString helpText() const;
    const RunOptions& options() const { return m_options; }

    static QString timeScaleVariable(); // SIGNALBOX_SANDBOX_TIME_SCALE
    static QString batchPollVariable(); // SIGNALBOX_BATCH_FIRST_POLL_MS

private:
    bool readPositionals();
    bool readPlan();
    bool readSettings();
    bool readBudget();
    bool readTimeScale(const QProcessEnvironment& environment);
    bool readBatchPoll(const QProcessEnvironment& environment);
    bool readInt(const QCommandLineOption& option, int min, int max, int* value);
    bool readDouble(const QCommandLineOption& option, double min, double max, double* value);
    QStringList listValue(const QCommandLineOption& option);
    bool usageError(const QString& message);

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_categories;
    QCommandLineOption m_models;
    QCommandLineOption m_repeats;
    QCommandLineOption m_budget;
    QCommandLineOption m_concurrency;
    QCommandLineOption m_noCache;
    QCommandLineOption m_cacheMaxAge;
    QCommandLineOption m_temperature;
    QCommandLineOption m_maxTokens;
    QCommandLineOption m_judge;
    QCommandLineOption m_sandbox;
    QCommandLineOption m_batch;
    QCommandLineOption m_resume;
    QCommandLineOption m_missing;
    QCommandLineOption m_retryFailed;
    QCommandLineOption m_yes;
    RunOptions m_options;
    QString m_error;
};
