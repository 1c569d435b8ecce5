// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartfixtures.h"
#include "document/workspacedocument.h"
#include "runevidence/evidenceservice.h"

#include <optional>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>

// What a test of an evidence service (the Results and Routing areas' analysers) sets up: a document
// whose workspace file lies in a temporary folder, so that its results database is beside it, and
// runs of the chart fixtures written there.
class EvidenceFixture
{
protected:
    void setUpEvidence(const Workspace& workspace = chartfixtures::workspace())
    {
        // A folder of its own for each test function: no database is left over from another.
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QString::number(++m_setUps));
        QVERIFY(QDir().mkpath(folder));
        m_path = folder + QStringLiteral("/desk.signalbox.yaml");
        m_document.reset(workspace, m_path);
    }

    QString database() const { return ResultsStore::databasePathFor(m_path); }

    // "run-old" with 10 cases a cell and "run-new", two days later, with 20.
    void writeOldAndNewRuns() const
    {
        chartfixtures::writeRun(database(), QStringLiteral("run-old"), olderStart(), 10);
        chartfixtures::writeRun(database(), QStringLiteral("run-new"), olderStart().addDays(2), 20);
    }

    static QDateTime olderStart() { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC); }

    // Lists the runs, as an area does before it chooses one: the run's date and models come from the list.
    static void listRuns(EvidenceService& service)
    {
        QSignalSpy listed(&service, &EvidenceService::runsLoaded);
        service.loadRuns();
        QVERIFY(listed.wait(10000));
    }

    // Lists the runs, chooses one and waits for the analysis the service's signal hands out.
    template <typename Service, typename Analysis>
    static std::optional<Analysis> analysedChoice(Service& service, void (Service::*analysed)(const Analysis&),
                                                  const QString& runId)
    {
        QSignalSpy delivered(&service, analysed);
        listRuns(service);
        service.choose(runId);
        if (!delivered.wait(10000))
            return std::nullopt;
        return delivered.last().at(0).template value<Analysis>();
    }

    // Chooses a run and returns once its evidence is read and its analysis runs on a pool thread.
    static bool analysisStarted(EvidenceService& service, const QString& runId)
    {
        QSignalSpy analysing(&service, &EvidenceService::analysingChanged);
        service.choose(runId);
        return analysing.wait(10000) && service.isAnalysing();
    }

    // Every analysis and read still running finishes and hands its answer to the event loop, so
    // that a test can tell an answer that was dropped from one that is late.
    static void settle()
    {
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    QTemporaryDir m_dir;
    int m_setUps = 0;
    QString m_path;
    WorkspaceDocument m_document;
};
