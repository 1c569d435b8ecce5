// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/runcomparison.h"

#include <QFuture>
#include <QObject>

// Compares two runs of a results database off the GUI thread: a pool thread opens a ResultsStore
// of its own, loads both runs and calls compareRuns. A newer comparison supersedes an older one,
// whose answer is then dropped (a generation counter).
class RunComparer : public QObject
{
    Q_OBJECT
public:
    explicit RunComparer(QObject* parent = nullptr);
    ~RunComparer() override; // waits for the comparisons still reading

    void compare(const Workspace& workspace, const QString& databasePath, const QString& baselineRunId,
                 const QString& currentRunId);
    void cancel(); // forget the comparison under way, if any
    bool isComparing() const { return m_pending; }

Q_SIGNALS:
    void compared(const RunComparison& comparison);
    void failed(const QString& message);

private:
    quint64 m_generation = 0;
    bool m_pending = false;
    QList<QFuture<void>> m_working;
};
