// SPDX-License-Identifier: GPL-3.0-or-later
// The user's verdicts of a shadow comparison as the results database keeps them: set, replaced,
// with a note and the run judged, still there after the database is reopened, and counted in the
// comparison's summary.
#include "results/resultsstore.h"
#include "shadow/shadowcomparison.h"
#include "shadowfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace shadowfixtures;

namespace {

ShadowComparison compareWith(ResultsStore& store)
{
    const auto verdicts = store.verdicts(big);
    return compareShadow(workspace(), results(), category, big, { small, mid },
                         verdicts.value_or(QList<ShadowVerdict>()));
}

} // namespace

class TestShadowVerdicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdictsSurviveReopeningAndAreCounted();
    void aSecondVerdictReplacesTheFirst();
    void removingAVerdictUncountsIt();

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    QString newDatabase() { return m_dir.filePath(u"verdicts-%1.signalbox.db"_s.arg(++m_databases)); }
};

void TestShadowVerdicts::verdictsSurviveReopeningAndAreCounted()
{
    const QString path = newDatabase();
    {
        ResultsStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.setVerdict(
            { category, u"c2"_s, big, small, Verdict::Better, u"shipping is right: the parcel"_s, u"run-1"_s }));
        QVERIFY(store.setVerdict({ category, u"c3"_s, big, small, Verdict::Same, {}, u"run-1"_s }));
        QVERIFY(store.setVerdict({ category, u"c1"_s, big, mid, Verdict::Worse, u"too terse"_s, u"run-1"_s }));
        QCOMPARE(compareWith(store).summaries.at(0).byVerdict, (ShadowTally { 1, 1, 0, 2 }));
    }
    ResultsStore store;
    QVERIFY(store.open(path));
    const ShadowComparison comparison = compareWith(store);
    QCOMPARE(comparison.summaries.at(0).byVerdict, (ShadowTally { 1, 1, 0, 2 }));
    QCOMPARE(comparison.summaries.at(1).byVerdict, (ShadowTally { 0, 0, 1, 0 }));

    const ShadowCandidateAnswer& c2 = comparison.cases.at(1).candidates.at(0);
    QVERIFY(c2.verdict.has_value());
    QCOMPARE(c2.verdict->verdict, Verdict::Better);
    QCOMPARE(c2.verdict->note, u"shipping is right: the parcel"_s);
    QCOMPARE(c2.verdict->runId, u"run-1"_s);
    QVERIFY(c2.verdict->updatedAt.isValid());
    QCOMPARE(c2.outcome(), ShadowOutcome::Better); // the user's verdict over the score's "worse"
    QCOMPARE(c2.byScore, ShadowOutcome::Worse);
}

void TestShadowVerdicts::aSecondVerdictReplacesTheFirst()
{
    const QString path = newDatabase();
    {
        ResultsStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.setVerdict({ category, u"c4"_s, big, small, Verdict::Same, u"first look"_s, u"run-1"_s }));
        QVERIFY(store.setVerdict({ category, u"c4"_s, big, small, Verdict::Worse, u"it failed"_s, u"run-2"_s }));
    }
    ResultsStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.verdicts(big, small)->size(), 1);
    const ShadowComparison comparison = compareWith(store);
    const auto& verdict = comparison.cases.at(3).candidates.at(0).verdict;
    QVERIFY(verdict.has_value());
    QCOMPARE(verdict->verdict, Verdict::Worse);
    QCOMPARE(verdict->note, u"it failed"_s);
    QCOMPARE(verdict->runId, u"run-2"_s);
    QCOMPARE(comparison.summaries.at(0).byVerdict, (ShadowTally { 0, 0, 1, 3 }));
}

void TestShadowVerdicts::removingAVerdictUncountsIt()
{
    ResultsStore store;
    QVERIFY(store.open(newDatabase()));
    QVERIFY(store.setVerdict({ category, u"c1"_s, big, small, Verdict::Same }));
    ShadowComparison comparison = compareWith(store);
    QCOMPARE(comparison.summaries.at(0).byVerdict.ties, 1);

    QVERIFY(store.removeVerdict(category, u"c1"_s, big, small));
    applyShadowVerdict(comparison, 0, 0, store.verdict(category, u"c1"_s, big, small));
    QCOMPARE(comparison.summaries.at(0).byVerdict, (ShadowTally { 0, 0, 0, 4 }));
    QCOMPARE(compareWith(store).summaries.at(0).byVerdict, (ShadowTally { 0, 0, 0, 4 }));
}

QTEST_GUILESS_MAIN(TestShadowVerdicts)
#include "tst_shadowverdicts.moc"
