// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runcontroller.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QCoreApplication;

namespace bench {
// What the run benchmarks measure around a run they start: the wall clock, and how long the main
// thread's event loop (standing in for the GUI's) ever stalls, seen by a 5 ms timer that any much
// longer gap shows busy or kept waiting. A failed run is reported and ends the program with exit code 1.
class RunMeasure : public QObject
{
    Q_OBJECT
public:
    RunMeasure(QCoreApplication& app, RunController& controller, QObject* parent = nullptr);

    void start(const RunRequest& request); // on the event loop's first turn
    qint64 elapsedMs() const { return m_wall.elapsed(); }
    qint64 longestStallMs() const { return m_longestStall; } // since the start
    // From now on stalls are also counted apart: the sandbox's start (on the main thread) aside.
    void markPhase();
    qint64 longestStallInPhaseMs() const { return m_longestInPhase; }
    // The most processor time the main thread spent between two ticks of the probe in the phase: a
    // stall it was busy for, as against one it waited for a processor on a loaded machine.
    double longestBusyInPhaseMs() const { return m_longestBusyInPhase; }

private:
    void tick();

    RunController& m_controller;
    QTimer m_probe;
    QElapsedTimer m_probeClock;
    QElapsedTimer m_wall;
    qint64 m_lastTick = 0;
    qint64 m_longestStall = 0;
    qint64 m_longestInPhase = -1; // -1: no phase marked
    double m_lastCpuMs = 0.0;
    double m_longestBusyInPhase = 0.0;
};
} // namespace bench
