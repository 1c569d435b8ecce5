// SPDX-License-Identifier: GPL-3.0-or-later
// The rules table and the misrouted cases as item models, under QAbstractItemModelTester.
#include "dispatcher/dispatchbenchmark.h"
#include "dispatcherarea/dispatcheredits.h"
#include "dispatcherarea/dispatchrulesmodel.h"
#include "dispatcherarea/misroutesmodel.h"
#include "dispatchfixture.h"
#include "document/documentedits.h"
#include "document/workspacedocument.h"
#include "modeltester.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

class TestDispatchRulesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsAreUndoSteps()
    {
        WorkspaceDocument document;
        DispatchRulesModel model(&document);
        const auto tester = modelTester(&model);
        QCOMPARE(model.rowCount(), 0);
        document.reset(DispatchFixture::workspace());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, DispatchRulesModel::CategoryColumn)).toString(), u"B"_s);
        QCOMPARE(model.data(model.index(1, DispatchRulesModel::KeywordsColumn)).toString(), u"order"_s);
        QVERIFY(model.data(model.index(0, 0), DispatchRulesModel::ProblemRole).toString().isEmpty());

        QVERIFY(model.setData(model.index(0, DispatchRulesModel::KeywordsColumn), u" refund , money back,, "_s));
        QCOMPARE(document.workspace().dispatcher->rules.at(0).any, (QStringList { u"refund"_s, u"money back"_s }));
        QVERIFY(model.setData(model.index(0, DispatchRulesModel::MaxCharsColumn), u"200"_s));
        QCOMPARE(document.workspace().dispatcher->rules.at(0).maxChars, std::optional<int>(200));
        QVERIFY(!model.setData(model.index(0, DispatchRulesModel::MinCharsColumn), u"-3"_s)); // refused
        QVERIFY(!model.setData(model.index(0, DispatchRulesModel::CategoryColumn), u" "_s));
        QCOMPARE(document.undoStack()->count(), 2);
        QVERIFY(model.setData(model.index(0, DispatchRulesModel::MaxCharsColumn), QString()));
        QVERIFY(!document.workspace().dispatcher->rules.at(0).maxChars);

        QVERIFY(model.setData(model.index(1, DispatchRulesModel::RegexColumn), u"(open"_s));
        QVERIFY(model.data(model.index(1, 0), DispatchRulesModel::ProblemRole).toString().contains(u"not valid"_s));
        QVERIFY(model.setData(model.index(1, DispatchRulesModel::CategoryColumn), u"Z"_s));
        QVERIFY(model.data(model.index(1, 0), Qt::ToolTipRole).toString().contains(u"no category 'Z'"_s));

        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(model.data(model.index(1, DispatchRulesModel::CategoryColumn)).toString(), u"A"_s);
        QVERIFY(model.data(model.index(1, DispatchRulesModel::RegexColumn)).toString().isEmpty());
    }

    void rowsComeAndGo()
    {
        WorkspaceDocument document;
        document.reset(DispatchFixture::workspace());
        DispatchRulesModel model(&document);
        const auto tester = modelTester(&model);
        DispatcherEdits::addRule(&document, 1, DispatcherEdits::newRule(document.workspace()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(1, DispatchRulesModel::CategoryColumn)).toString(), u"A"_s);
        DispatcherEdits::moveRule(&document, 2, 0);
        QCOMPARE(model.data(model.index(0, DispatchRulesModel::KeywordsColumn)).toString(), u"order"_s);
        DispatcherEdits::removeRule(&document, 0);
        QCOMPARE(model.rowCount(), 2);
        DispatcherEdits::remove(&document);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!document.workspace().dispatcher);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(document.workspace().dispatcher, DispatchFixture::workspace().dispatcher);
        QCOMPARE(model.rowCount(), 2);
    }

    void renamesFollow()
    {
        WorkspaceDocument document;
        Workspace ws = DispatchFixture::workspace();
        ws.dispatcher->classifier = DispatchClassifier { u"sharp"_s, {} };
        ws.dispatcher->fallback = u"B"_s;
        document.reset(ws);
        DispatchRulesModel model(&document);
        const auto tester = modelTester(&model);
        Category renamed = ws.categories.at(1);
        renamed.name = u"Billing"_s;
        document.undoStack()->push(DocumentEdits::setCategory(&document, 1, renamed, u"Rename"_s));
        QCOMPARE(model.data(model.index(0, DispatchRulesModel::CategoryColumn)).toString(), u"Billing"_s);
        QCOMPARE(document.workspace().dispatcher->fallback, u"Billing"_s);
        document.undoStack()->push(DocumentEdits::removeCategory(&document, 1));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(document.workspace().dispatcher->fallback, u"default"_s);
        document.undoStack()->push(DocumentEdits::removeModel(&document, document.workspace().indexOfModel(u"sharp"_s)));
        QVERIFY(!document.workspace().dispatcher->classifier);
        document.undoStack()->undo();
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.workspace().dispatcher, ws.dispatcher);
    }

    void misroutesShowWhatTheWrongModelSaid()
    {
        MisroutesModel model;
        const auto tester = modelTester(&model);
        const Workspace ws = DispatchFixture::workspace();
        const QList<LabelledRequest> requests = trafficFromCases(ws).requests;
        const QList<Dispatch> dispatches = dispatchByRules(*ws.dispatcher, requests);
        const DispatchFigures figures = dispatchFigures(requests, dispatches, { u"A"_s, u"B"_s, u"C"_s });
        const QList<ResultRecord> results { DispatchFixture::result(u"A"_s, u"a2"_s, u"mB"_s, false, 0.01, u"It is B."_s) };
        model.setFigures(figures, endToEndFigures(ws, requests, dispatches, results), ws.dispatcher->rules);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, MisroutesModel::IdColumn)).toString(), u"a2"_s);
        QCOMPARE(model.data(model.index(0, MisroutesModel::PredictedColumn)).toString(), u"B"_s);
        QCOMPARE(model.data(model.index(0, MisroutesModel::ByColumn)).toString(), u"rule 1"_s);
        QVERIFY(model.data(model.index(0, MisroutesModel::ByColumn), Qt::ToolTipRole).toString().contains(u"refund"_s));
        QCOMPARE(model.data(model.index(0, MisroutesModel::ModelColumn)).toString(), u"mB"_s);
        QCOMPARE(model.data(model.index(0, MisroutesModel::VerdictColumn)).toString(), u"failed"_s);
        QCOMPARE(model.data(model.index(0, MisroutesModel::AnswerColumn)).toString(), u"It is B."_s);
        QCOMPARE(model.data(model.index(1, MisroutesModel::VerdictColumn)).toString(), u"not evaluated"_s);
        QVERIFY(model.data(model.index(1, MisroutesModel::AnswerColumn)).toString().isEmpty());
        model.setFigures({}, std::nullopt, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestDispatchRulesModel)
#include "tst_dispatchrulesmodel.moc"
