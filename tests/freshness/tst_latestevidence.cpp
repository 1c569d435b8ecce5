// SPDX-License-Identifier: GPL-3.0-or-later
// The latest evidence per (category, model) across runs: the newest run wins, a run of a changed
// category is stale and an older matching run stands in, shadow runs and runs of the other kind
// never count.
#include "latestevidencefixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Workspace workspace()
{
    return evidencefixture::workspace();
}

RunResults run(const QString& id, int day, const QStringList& models, const Workspace& as, bool simulated = true)
{
    return evidencefixture::run(id, day, { u"tickets"_s }, models, as, simulated);
}

QStringList sources(const LatestEvidence& evidence)
{
    QStringList lines;
    for (const EvidenceCell& cell : evidence.cells)
        lines.append(cell.modelId + u'@' + cell.runId + (cell.stale ? u" stale"_s : QString()));
    return lines;
}
} // namespace

class TestLatestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestRunPerCell()
    {
        const Workspace ws = workspace();
        const LatestEvidence evidence
            = latestEvidence(ws, { run(u"full"_s, 1, { u"a"_s, u"b"_s }, ws), run(u"new-only"_s, 5, { u"new"_s }, ws) });
        QCOMPARE(sources(evidence), (QStringList { u"a@full"_s, u"b@full"_s, u"new@new-only"_s }));
        QCOMPARE(evidence.results.size(), 3);
        QCOMPARE(evidence.runIds, (QStringList { u"new-only"_s, u"full"_s }));
        QVERIFY(evidence.missingCells(ws).isEmpty());
        const QList<RouteSuggestion> suggestions = suggestFromLatest(ws, evidence);
        QCOMPARE(suggestions.size(), 1);
    }

    void changedCategoryIsStaleUntilAMatchingRun()
    {
        const Workspace before = workspace();
        Workspace after = before;
        after.categories[0].systemPrompt = u"Two words."_s;
        // Run 1 on today's category; run 2, newer, on the old one.
        const QList<RunResults> runs { run(u"r1"_s, 1, { u"a"_s }, after), run(u"r2"_s, 2, { u"a"_s, u"b"_s }, before) };
        const LatestEvidence evidence = latestEvidence(after, runs);
        QCOMPARE(sources(evidence), (QStringList { u"a@r1"_s, u"b@r2 stale"_s }));
        QCOMPARE(evidence.results.size(), 1); // b's stale result is not mixed in
        QCOMPARE(evidence.staleCount(), 1);
        using Cell = std::pair<QString, QString>;
        QCOMPARE(evidence.missingCells(after), (QList<Cell> { { u"tickets"_s, u"b"_s }, { u"tickets"_s, u"new"_s } }));
    }

    void runsWithoutDigestsCountAsCurrent()
    {
        const Workspace ws = workspace();
        RunResults old = run(u"old"_s, 1, { u"a"_s }, ws);
        old.run.settings.snapshot = {};
        QCOMPARE(sources(latestEvidence(ws, { old })), QStringList { u"a@old"_s });
    }

    void shadowAndOtherKindRunsNeverCount()
    {
        const Workspace ws = workspace();
        RunResults shadow = run(u"shadow"_s, 9, { u"a"_s }, ws);
        shadow.run.settings.shadow = QJsonObject { { u"inputs"_s, u"x.txt"_s } };
        const RunResults real = run(u"real"_s, 3, { u"b"_s }, ws, false);
        const LatestEvidence evidence = latestEvidence(ws, { run(u"sim"_s, 5, { u"a"_s }, ws), shadow, real });
        QCOMPARE(sources(evidence), QStringList { u"a@sim"_s });
    }
};

QTEST_GUILESS_MAIN(TestLatestEvidence)
#include "tst_latestevidence.moc"
