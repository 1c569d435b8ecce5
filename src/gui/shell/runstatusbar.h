// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/runinfo.h"
#include "runner/runprogress.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class RunController;

// A run's progress in the main window's status bar, whichever area is open: "Run 412 of 1,240",
// a bar, the ETA, spend, and the errors one click away. It is hidden until a run starts; after a
// run it says how it ended and offers the next steps, See results and Review routing, until the next
// run starts.
class RunStatusBar : public QWidget
{
    Q_OBJECT
public:
    explicit RunStatusBar(RunController* runs, QWidget* parent = nullptr);

    QString text() const; // what the labels say, joined: for tests and screen readers

Q_SIGNALS:
    void openRunRequested(); // the user clicked the run's text
    void errorsRequested(); // the user clicked the errors
    void resultsRequested(); // after a run: its charts in the Results area
    void routingRequested(); // after a run: the routes its evidence suggests

private:
    void onStarted(const RunInfo& run);
    void onProgress(const RunProgress& progress);
    void onFinished(const RunInfo& run, const RunProgress& progress);
    void showErrors(const RunProgress& progress);
    static QString timingText(const RunProgress& progress);
    static QString spendText(const RunProgress& progress);

    RunController* m_runs;
    QToolButton* m_runButton;
    QProgressBar* m_bar;
    QLabel* m_details;
    QToolButton* m_errorsButton;
    QLabel* m_simulated;
    QToolButton* m_resultsButton;
    QToolButton* m_routingButton;
};
