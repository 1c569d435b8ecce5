// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeltester.h"
#include "shadowarea/shadowanswerview.h"
#include "shadowarea/shadowcasemodel.h"
#include "shadowarea/shadowdetailpane.h"
#include "shadowarea/shadowsummarypanel.h"
#include "shadowarea/shadowview.h"
#include "shadowfixtures.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace shadowfixtures;

namespace {
std::shared_ptr<ShadowComparison> comparison(const QStringList& candidates = { candidateA })
{
    return std::make_shared<ShadowComparison>(
        compareShadow(workspace(), results(), category, baseline, candidates, {}, ShadowOptions { .runId = runId }));
}

QList<int> caseIndexes(const ShadowCaseModel& model)
{
    QList<int> indexes;
    for (int row = 0; row < model.rowCount(); ++row)
        indexes.append(model.data(model.index(row, 0), ShadowCaseModel::CaseIndexRole).toInt());
    return indexes;
}
} // namespace

class TestShadowCaseModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEveryCaseAgainstTheFocusCandidate()
    {
        ShadowCaseModel model;
        const auto tester = modelTester(&model);
        const auto shadow = comparison({ candidateA, candidateB });
        model.setComparison(shadow, 0, ShadowFilter::All);
        QCOMPARE(model.rowCount(), caseCount);
        QCOMPARE(model.columnCount(), int(ShadowCaseModel::ColumnCount));
        QCOMPARE(model.index(0, ShadowCaseModel::CaseColumn).data().toString(), QStringLiteral("t01"));
        QVERIFY(model.index(0, ShadowCaseModel::InputColumn).data().toString().startsWith(QStringLiteral("Ticket 1")));
        QCOMPARE(model.index(4, ShadowCaseModel::BaselineColumn).data().toString(), QStringLiteral("0.00"));
        QCOMPARE(model.index(4, ShadowCaseModel::CandidateColumn).data().toString(), QStringLiteral("1.00"));
        QCOMPARE(model.index(10, ShadowCaseModel::CandidateColumn).data().toString(), QStringLiteral("error"));
        QCOMPARE(model.index(10, ShadowCaseModel::CandidateColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("HTTP 503: overloaded"));
        QCOMPARE(model.index(0, ShadowCaseModel::AgreementColumn).data().toString(), QStringLiteral("same text"));
        QCOMPARE(model.index(4, ShadowCaseModel::OutcomeColumn).data().toString(),
                 shadowOutcomeDisplayName(ShadowOutcome::Better));
        QVERIFY(!model.differs(0));
        QVERIFY(model.differs(4));

        // The other candidate answered like the baseline everywhere.
        model.setCandidate(1);
        QCOMPARE(model.candidateIndex(), 1);
        QCOMPARE(model.rowCount(), caseCount);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.differs(row));
    }

    void filters_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QList<int>>("cases");
        QTest::newRow("all") << int(ShadowFilter::All) << QList<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
        QTest::newRow("better") << int(ShadowFilter::CandidateBetter) << QList<int> { 4, 5, 6, 7 };
        QTest::newRow("worse") << int(ShadowFilter::CandidateWorse) << QList<int> { 8, 9, 10 }; // an error loses
        QTest::newRow("errors") << int(ShadowFilter::Errors) << QList<int> { 10 };
    }

    void filters()
    {
        QFETCH(int, filter);
        QFETCH(QList<int>, cases);
        ShadowCaseModel model;
        const auto tester = modelTester(&model);
        const auto shadow = comparison();
        model.setComparison(shadow, 0, ShadowFilter::All);
        model.setFilter(ShadowFilter(filter));
        QCOMPARE(caseIndexes(model), cases);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOfCase(cases.at(row)), row);
    }

    void disagreementsAreTheCasesThatDiffer()
    {
        ShadowCaseModel model;
        const auto tester = modelTester(&model);
        const auto shadow = comparison();
        model.setComparison(shadow, 0, ShadowFilter::Disagreements);
        const QList<int> shown = caseIndexes(model);
        QVERIFY(!shown.isEmpty());
        for (int index = 0; index < caseCount; ++index)
            QCOMPARE(shown.contains(index), !shadow->cases.at(index).candidates.at(0).agrees);
        QVERIFY(shown.contains(4));
        QVERIFY(!shown.contains(0));
        QCOMPARE(model.rowOfCase(0), -1);
    }

    void viewJumpsBetweenDifferences()
    {
        ShadowView view;
        view.resize(1200, 700);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view)); // shortcuts need an active window
        view.setComparison(workspace(), comparison({ candidateA, candidateB }));
        QCOMPARE(view.currentCase(), 0);
        QVERIFY(view.nextDifference());
        QCOMPARE(view.currentCase(), 4);
        QVERIFY(view.detail()->baselineView()->markedSpans() > 0);
        QVERIFY(view.detail()->candidateViews().at(0)->markedSpans() > 0);
        QCOMPARE(view.detail()->candidateViews().at(1)->markedSpans(), 0);
        QVERIFY(view.nextDifference());
        QCOMPARE(view.currentCase(), 5);
        QVERIFY(view.previousDifference());
        QCOMPARE(view.currentCase(), 4);
        QVERIFY(!view.previousDifference());
        QCOMPARE(view.currentCase(), 4);

        // N and F8 from the table, and Shift+F8 back.
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_N);
        QCOMPARE(view.currentCase(), 5);
        QTest::keyClick(view.table(), Qt::Key_F8);
        QCOMPARE(view.currentCase(), 6);
        QTest::keyClick(view.table(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(view.currentCase(), 5);

        // The filter keeps the case shown when it passes, and the focus candidate switches the verdict target.
        view.setFilter(ShadowFilter::CandidateBetter);
        QCOMPARE(view.currentCase(), 5);
        QCOMPARE(view.model()->rowCount(), 4);
        view.setFocusCandidate(1);
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.currentCase(), -1);
    }

    void verdictsAreCountedInTheSummary()
    {
        ShadowView view;
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        ShadowSummaryPanel summary;
        const auto shadow = comparison();
        view.setComparison(workspace(), shadow);
        summary.setComparison(workspace(), *shadow);
        QCOMPARE(summary.cardCount(), 1);
        QVERIFY(summary.cardText(0).contains(QStringLiteral("0 better · 0 same · 0 worse · 12 to judge")));
        QSignalSpy changed(&view, &ShadowView::verdictChanged);
        view.selectCase(4);
        QTest::keyClick(view.table(), Qt::Key_B);
        QCOMPARE(changed.size(), 1);
        QVERIFY(view.detail()->verdictButton(Verdict::Better)->isChecked());
        QCOMPARE(view.model()->index(4, ShadowCaseModel::VerdictColumn).data().toString(),
                 verdictDisplayName(Verdict::Better));
        QCOMPARE(shadow->summaries.at(0).byVerdict.wins, 1);
        summary.refresh(workspace(), *shadow, 0);
        QVERIFY(summary.cardText(0).contains(QStringLiteral("1 better · 0 same · 0 worse · 11 to judge")));

        // A second click on the chosen verdict clears it.
        view.detail()->verdictButton(Verdict::Better)->click();
        QVERIFY(!shadow->cases.at(4).candidates.at(0).verdict);
        QCOMPARE(shadow->summaries.at(0).byVerdict.wins, 0);

        // A note goes with the verdict.
        view.setVerdict(Verdict::Worse, QStringLiteral("too terse"));
        QCOMPARE(shadow->cases.at(4).candidates.at(0).verdict->note, QStringLiteral("too terse"));
        QCOMPARE(view.detail()->noteEdit()->text(), QStringLiteral("too terse"));
        QCOMPARE(shadow->summaries.at(0).byVerdict.losses, 1);
    }

    void summaryText()
    {
        const auto shadow = comparison();
        const QString text = shadowSummaryText(shadow->summaries.at(0), shadow->scoring);
        QVERIFY2(text.contains(QStringLiteral("4 better")), qPrintable(text));
        // Counts worded so that no "(s)" shows, whatever the number and whether a translation is loaded.
        const ShadowSummary& figures = shadow->summaries.at(0);
        QVERIFY2(text.contains(QStringLiteral("(%1 agree, %2 differ)").arg(figures.agreements).arg(figures.disagreements)),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("(s)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("3 worse")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Cost per request")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("If routed: saves")), qPrintable(text));
    }
};

QTEST_MAIN(TestShadowCaseModel)
#include "tst_shadowcasemodel.moc"
