// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runprogress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

// A run's progress on stderr: on a terminal one line that keeps being rewritten; in a log (a file,
// a pipe, CI) a new line every few seconds or every tenth of the run, whichever comes first.
class ProgressPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ProgressPrinter)
public:
    ProgressPrinter(QTextStream& err, bool terminal);

    void update(const RunProgress& progress);
    void finish(const RunProgress& progress); // the last line, whatever the time
    // Ends the line being rewritten, so that a message can be printed below it.
    void breakLine();

    static QString line(const RunProgress& progress); // "12/21 jobs (57%) · errors: 1 · $0.0031 spent · ETA 4 s"

private:
    bool due(const RunProgress& progress) const;
    void print(const RunProgress& progress);

    QTextStream& m_err;
    bool m_terminal = false;
    bool m_lineOpen = false;
    QElapsedTimer m_sinceLastLine;
    int m_lastTenth = -1;
    int m_lastDone = -1;
};
