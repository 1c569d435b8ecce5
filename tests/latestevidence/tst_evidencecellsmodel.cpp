// SPDX-License-Identifier: GPL-3.0-or-later
// Where each (category, model) cell's evidence comes from, as a table: a full run, a run of a new
// model alone, a category changed since its run (stale) and a cell no run answered (missing).
#include "latestevidencefixture.h"
#include "latestevidence/evidencecellsmodel.h"
#include "latestevidence/evidencechoice.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
using evidencefixture::run;

Workspace workspace()
{
    return evidencefixture::workspace({ u"tickets"_s, u"sentiment"_s });
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

class TestEvidenceCellsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsWithTheirRunsStaleAndMissing()
    {
        EvidenceCellsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Workspace before = workspace();
        Workspace now = before;
        now.categories[1].systemPrompt = u"Two words."_s; // sentiment changed since the full run
        const QList<RunResults> runs { run(u"full"_s, 3, { u"tickets"_s, u"sentiment"_s }, { u"a"_s, u"b"_s }, before),
                                       run(u"new-only"_s, 5, { u"tickets"_s }, { u"new"_s }, before) };
        model.setEvidence(now, latestEvidence(now, runs));
        // tickets: a, b from the full run, new from its own; sentiment: a and b stale, new never run.
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(cell(model, 0, EvidenceCellsModel::RunColumn), u"full"_s);
        QCOMPARE(cell(model, 2, EvidenceCellsModel::ModelColumn), u"new"_s);
        QCOMPARE(cell(model, 2, EvidenceCellsModel::RunColumn), u"new-only"_s);
        QCOMPARE(cell(model, 2, EvidenceCellsModel::StateColumn), u"current"_s);
        QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(u"run new-only of"_s));
        QCOMPARE(model.index(2, EvidenceCellsModel::DateColumn).data(EvidenceCellsModel::SortRole).toDateTime(),
                 QDateTime(QDate(2026, 11, 5), QTime(9, 0), Qt::UTC));
        for (int row : { 3, 4 }) {
            QCOMPARE(cell(model, row, EvidenceCellsModel::CategoryColumn), u"sentiment"_s);
            QVERIFY(model.index(row, 0).data(EvidenceCellsModel::StaleRole).toBool());
            QVERIFY(cell(model, row, EvidenceCellsModel::StateColumn).startsWith(u"stale"_s));
            QVERIFY(!model.index(row, EvidenceCellsModel::StateColumn).data(Qt::DecorationRole).isNull());
            QVERIFY(model.index(row, 0).data(Qt::ToolTipRole).toString().startsWith(u"Stale: sentiment"_s));
        }
        QCOMPARE(cell(model, 5, EvidenceCellsModel::ModelColumn), u"new"_s);
        QCOMPARE(cell(model, 5, EvidenceCellsModel::StateColumn), u"missing"_s);
        QVERIFY(cell(model, 5, EvidenceCellsModel::RunColumn).isEmpty());

        model.setEvidence(now, {});
        QCOMPARE(model.rowCount(), 6); // no evidence at all: every cell of the workspace is missing
        QCOMPARE(cell(model, 0, EvidenceCellsModel::StateColumn), u"missing"_s);
    }

    void staleTextNamesTheCells()
    {
        const Workspace before = workspace();
        Workspace now = before;
        now.categories[0].systemPrompt = u"Two words."_s;
        const LatestEvidence evidence
            = latestEvidence(now, { run(u"full"_s, 3, { u"tickets"_s }, { u"a"_s, u"b"_s }, before) });
        const QString text = EvidenceText::stale(evidence);
        QVERIFY2(text.startsWith(u"2 cell(s) left out as stale (tickets × a, tickets × b)"_s)
                     || text.startsWith(u"2 cells left out as stale (tickets × a, tickets × b)"_s),
                 qPrintable(text));
        QVERIFY(EvidenceText::stale(latestEvidence(before, { run(u"full"_s, 3, { u"tickets"_s }, { u"a"_s }, before) }))
                    .isEmpty());
        QVERIFY(EvidenceText::sources(evidence).startsWith(u"No run has current evidence"_s));
    }
};

QTEST_MAIN(TestEvidenceCellsModel)
#include "tst_evidencecellsmodel.moc"
