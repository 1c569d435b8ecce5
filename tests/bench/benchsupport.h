// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the benchmark programs share: the synthetic workspace shape, a median timer, the peak
// memory and the command-line numbers.

#include "domain/workspace.h"

#include <algorithm>
#include <functional>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

namespace bench {
// One category of N cases with one right label each, scored by equals: the run benchmarks' load.
inline Category labelsCategory(int cases)
{
    Category category { QStringLiteral("labels") };
    category.scorers = { ScorerSpec { QStringLiteral("equals") } };
    for (int i = 0; i < cases; ++i)
        category.cases.append(TestCase { QStringLiteral("c%1").arg(i), {},
                                         QStringLiteral("Ticket %1: where is my parcel?").arg(i), {}, {},
                                         QStringLiteral("shipping") });
    return category;
}

struct Shape {
    int models = 50;
    int categories = 20;
    int cases = 200;
    qint64 results() const { return qint64(models) * categories * cases; }
};

// Categories with bars from 0.70 up and traffic growing with their index; models on the sandbox.
inline Workspace workspace(const Shape& shape)
{
    Workspace ws;
    ws.traffic.monthlyRequests = 1000000;
    for (int c = 0; c < shape.categories; ++c) {
        Category category;
        category.name = QStringLiteral("category-%1").arg(c);
        category.threshold = 0.7 + 0.01 * (c % 25);
        category.trafficShare = double(c + 1) / (shape.categories * (shape.categories + 1) / 2);
        ws.categories.append(category);
    }
    for (int m = 0; m < shape.models; ++m)
        ws.models.append(ModelSpec { QStringLiteral("model-%1").arg(m), QStringLiteral("sandbox") });
    return ws;
}

inline double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// The kernel's figure of this process's peak resident memory (VmHWM), in MiB; -1 when unknown.
inline double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1.0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1.0;
}

inline int argument(const QStringList& args, int index, int fallback)
{
    return args.size() > index ? args.at(index).toInt() : fallback;
}
} // namespace bench
