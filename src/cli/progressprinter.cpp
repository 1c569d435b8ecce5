// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressprinter.h"

#include "consoletext.h"

namespace {
constexpr qint64 logIntervalMs = 5000;
constexpr qint64 terminalIntervalMs = 100;
const QLatin1String clearToEnd("\x1b[K");

int tenthOf(const RunProgress& progress)
{
    return progress.total > 0 ? progress.done * 10 / progress.total : 0;
}
} // namespace

ProgressPrinter::ProgressPrinter(QTextStream& err, bool terminal)
    : m_err(err)
    , m_terminal(terminal)
{
}

QString ProgressPrinter::line(const RunProgress& progress)
{
    const int percent = progress.total > 0 ? progress.done * 100 / progress.total : 0;
    QString text = tr("%1/%2 jobs (%3%)").arg(progress.done).arg(progress.total).arg(percent);
    text += QStringLiteral(" · ") + tr("errors: %1").arg(progress.errors);
    text += QStringLiteral(" · ") + tr("%1 spent").arg(usdText(progress.spentUsd));
    if (progress.etaMs >= 0 && progress.done < progress.total)
        text += QStringLiteral(" · ") + tr("ETA %1").arg(durationText(progress.etaMs));
    if (!progress.batchText.isEmpty())
        text += QStringLiteral(" · ") + progress.batchText;
    if (progress.paused)
        text += QStringLiteral(" · ") + tr("paused");
    return text;
}

void ProgressPrinter::update(const RunProgress& progress)
{
    if (due(progress))
        print(progress);
}

void ProgressPrinter::finish(const RunProgress& progress)
{
    if (m_lastDone != progress.done || m_terminal)
        print(progress);
    breakLine();
}

void ProgressPrinter::breakLine()
{
    if (!m_lineOpen)
        return;
    m_err << Qt::endl;
    m_lineOpen = false;
}

bool ProgressPrinter::due(const RunProgress& progress) const
{
    if (!m_sinceLastLine.isValid())
        return true;
    if (m_terminal)
        return m_sinceLastLine.elapsed() >= terminalIntervalMs;
    if (progress.done == m_lastDone)
        return false;
    return m_sinceLastLine.elapsed() >= logIntervalMs || tenthOf(progress) != m_lastTenth;
}

void ProgressPrinter::print(const RunProgress& progress)
{
    if (m_terminal) {
        m_err << u'\r' << line(progress) << clearToEnd;
        m_err.flush();
        m_lineOpen = true;
    } else {
        m_err << line(progress) << Qt::endl;
    }
    m_sinceLastLine.start();
    m_lastTenth = tenthOf(progress);
    m_lastDone = progress.done;
}
