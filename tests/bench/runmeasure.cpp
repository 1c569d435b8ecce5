// SPDX-License-Identifier: GPL-3.0-or-later
#include "runmeasure.h"

#include <cstdio>
#include <ctime>
#include <QCoreApplication>

namespace bench {
namespace {
constexpr int probeMs = 5;

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}
} // namespace

RunMeasure::RunMeasure(QCoreApplication& app, RunController& controller, QObject* parent)
    : QObject(parent)
    , m_controller(controller)
{
    m_probe.setTimerType(Qt::PreciseTimer);
    connect(&m_probe, &QTimer::timeout, this, &RunMeasure::tick);
    connect(&controller, &RunController::failed, this, [&app](const QString& message) {
        std::fprintf(stderr, "run failed: %s\n", qPrintable(message));
        app.exit(1);
    });
}

void RunMeasure::start(const RunRequest& request)
{
    QTimer::singleShot(0, this, [this, request] {
        m_probeClock.start();
        m_probe.start(probeMs);
        m_wall.start();
        m_controller.start(request);
    });
}

void RunMeasure::markPhase()
{
    m_longestInPhase = 0;
}

void RunMeasure::tick()
{
    const qint64 now = m_probeClock.elapsed();
    const double cpuMs = threadCpuMs();
    const qint64 stall = now - m_lastTick - probeMs;
    m_longestStall = std::max(m_longestStall, stall);
    if (m_longestInPhase >= 0) {
        m_longestInPhase = std::max(m_longestInPhase, stall);
        m_longestBusyInPhase = std::max(m_longestBusyInPhase, cpuMs - m_lastCpuMs);
    }
    m_lastTick = now;
    m_lastCpuMs = cpuMs;
}
} // namespace bench
