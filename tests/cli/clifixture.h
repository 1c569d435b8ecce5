// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/resultrecord.h"
#include "results/runinfo.h"

#include <optional>
#include <QProcess>
#include <QTemporaryDir>

// The test workspaces of data/ copied to a temporary folder, so that the results databases
// signalbox-cli writes beside them land there, and the built signalbox-cli run on them.
class CliFixture
{
public:
    struct Result {
        int exitCode = -1; // -1: it crashed or did not finish
        QString out;
        QString err;
    };

    CliFixture();
    bool isValid() const { return m_valid; }

    QString workspace(const QString& name = QStringLiteral("helpdesk")) const; // path of data/<name>.signalbox.yaml
    QString database(const QString& name = QStringLiteral("helpdesk")) const;

    // timeScale: how slowly the sandbox answers (SIGNALBOX_SANDBOX_TIME_SCALE); 0 answers at once.
    static Result run(const QStringList& arguments, double timeScale = 0.0);
    static void start(QProcess& process, const QStringList& arguments, double timeScale);
    // The test providers' key variables are never set, so that a run without --sandbox finds no key.
    static QProcessEnvironment environment(double timeScale);
    // Waits for the id in the "starting run <id>: ..." line of a started signalbox-cli run.
    static QString startedRunId(QProcess& process);

    // Replaces from with to in a file (a test's edit of a workspace); false when from is not there.
    static bool rewrite(const QString& path, const QString& from, const QString& to);

    // What the workspace's database holds.
    QList<RunInfo> runs(const QString& name = QStringLiteral("helpdesk")) const;
    QList<ResultRecord> results(const QString& runId, const QString& name = QStringLiteral("helpdesk")) const;

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
};

// The distinct jobs among results.
qsizetype distinctJobs(const QList<ResultRecord>& results);
