// SPDX-License-Identifier: GPL-3.0-or-later
// The routing edits' undo texts: each names what the edit did, not only the primary it left.
#include "testworkspace.h"
#include "routingarea/routingedits.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestRoutingEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<WorkspaceDocument>();
        Workspace workspace = testWorkspace();
        workspace.routing.routes[0].chain = { u"gpt-4o-mini"_s, u"claude-haiku"_s, u"gpt-4o"_s };
        m_document->reset(workspace);
    }

    void cleanup() { m_document.reset(); }

    void routeTexts_data()
    {
        QTest::addColumn<QStringList>("chain");
        QTest::addColumn<QString>("text");
        QTest::newRow("reorder") << QStringList { u"gpt-4o-mini"_s, u"gpt-4o"_s, u"claude-haiku"_s }
                                 << u"Reorder fallbacks of ticket-classification"_s;
        QTest::newRow("remove fallback") << QStringList { u"gpt-4o-mini"_s, u"gpt-4o"_s }
                                         << u"Remove fallback claude-haiku from ticket-classification"_s;
        QTest::newRow("new primary") << QStringList { u"gpt-4o"_s, u"gpt-4o-mini"_s, u"claude-haiku"_s }
                                     << u"Route ticket-classification to gpt-4o instead of gpt-4o-mini"_s;
        QTest::newRow("other fallbacks") << QStringList { u"gpt-4o-mini"_s, u"claude-sonnet"_s }
                                         << u"Change the fallbacks of ticket-classification"_s;
        QTest::newRow("remove route") << QStringList() << u"Remove the route of ticket-classification"_s;
    }

    void routeTexts()
    {
        QFETCH(QStringList, chain);
        QFETCH(QString, text);
        m_document->undoStack()->push(RoutingEdits::setChain(m_document.get(), u"ticket-classification"_s, chain));
        QCOMPARE(m_document->undoStack()->undoText(), text);
        QCOMPARE(m_document->workspace().routing.routeFor(u"ticket-classification"_s) != nullptr, !chain.isEmpty());
        m_document->undoStack()->undo();
        QCOMPARE(m_document->workspace().routing.routeFor(u"ticket-classification"_s)->chain.size(), 3);
    }

    void addsAFallbackAndRoutesANewCategory()
    {
        QUndoStack* stack = m_document->undoStack();
        stack->push(RoutingEdits::setChain(m_document.get(), u"summaries"_s, { u"gpt-4o"_s, u"claude-haiku"_s }));
        QCOMPARE(stack->undoText(), u"Add fallback claude-haiku to summaries"_s);
        stack->push(RoutingEdits::setChain(m_document.get(), u"summaries"_s, {}));
        QCOMPARE(stack->undoText(), u"Remove the route of summaries"_s);
        stack->push(RoutingEdits::setChain(m_document.get(), u"summaries"_s, { u"claude-haiku"_s }));
        QCOMPARE(stack->undoText(), u"Route summaries to claude-haiku"_s);
    }

    void defaultRouteTexts_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QString>("text");
        const QStringList two { u"a"_s, u"b"_s };
        QTest::newRow("set") << QStringList() << two << u"Set the default route to a"_s;
        QTest::newRow("clear") << two << QStringList() << u"Clear the default route"_s;
        QTest::newRow("primary") << two << QStringList { u"b"_s, u"a"_s }
                                 << u"Change the default route to b instead of a"_s;
        QTest::newRow("add") << two << QStringList { u"a"_s, u"b"_s, u"c"_s }
                             << u"Add fallback c to the default route"_s;
        QTest::newRow("remove") << two << QStringList { u"a"_s } << u"Remove fallback b from the default route"_s;
        QTest::newRow("reorder") << QStringList { u"a"_s, u"b"_s, u"c"_s } << QStringList { u"a"_s, u"c"_s, u"b"_s }
                                 << u"Reorder fallbacks of the default route"_s;
    }

    void defaultRouteTexts()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QTEST(RoutingEdits::chainEditText({}, before, after), "text");
    }

    void defaultRouteCommand()
    {
        m_document->undoStack()->push(
            RoutingEdits::setDefaultChain(m_document.get(), { u"gpt-4o-mini"_s, u"gpt-4o"_s }));
        QCOMPARE(m_document->undoStack()->undoText(), u"Add fallback gpt-4o to the default route"_s);
    }

    void applyAllSaysWhatItSkipped()
    {
        const RoutingMap before = m_document->workspace().routing; // summaries is routed by hand
        RoutingMap after = before;
        after.routes[0].chain = { u"claude-haiku"_s };
        after.defaultChain = { u"claude-haiku"_s };
        const QList<RouteSuggestion> suggestions {
            { u"ticket-classification"_s, OptimisationTarget::CheapestPassing, { u"claude-haiku"_s } },
            { u"summaries"_s, OptimisationTarget::CheapestPassing, { u"claude-haiku"_s } },
        };
        const RoutingEdits::AppliedSuggestions applied = RoutingEdits::appliedSuggestions(suggestions, before, after);
        QCOMPARE(applied.applied, QStringList { u"ticket-classification"_s });
        QCOMPARE(applied.keptManual, QStringList { u"summaries"_s });
        QVERIFY(applied.defaultChanged);
        QCOMPARE(RoutingEdits::appliedUndoText(applied),
                 u"Apply the suggestion for ticket-classification and the default route, keep manual summaries"_s);
        const QString notice = RoutingEdits::appliedNotice(applied);
        QVERIFY2(notice.contains(u"Left as chosen by hand: summaries."_s), qPrintable(notice));
        // Nothing skipped: nothing said about manual routes.
        const RoutingEdits::AppliedSuggestions all
            = RoutingEdits::appliedSuggestions(suggestions.mid(0, 1), before, after);
        QVERIFY(!RoutingEdits::appliedNotice(all).contains(u"hand"_s));
        const RoutingEdits::AppliedSuggestions two { { u"a"_s, u"b"_s }, {}, false };
        QCOMPARE(RoutingEdits::appliedUndoText(two), u"Apply all suggestions"_s);
        QCOMPARE(RoutingEdits::appliedUndoText(all),
                 u"Apply the suggestion for ticket-classification and the default route"_s);
    }

private:
    std::unique_ptr<WorkspaceDocument> m_document;
};

QTEST_MAIN(TestRoutingEdits)
#include "tst_routingedits.moc"
