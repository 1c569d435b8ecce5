// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentedits.h"
#include "document/editcommands.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

class TestDocumentEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<WorkspaceDocument>();
        m_document->reset(testWorkspace());
    }

    void renameCategoryUpdatesRoutes()
    {
        Category category = ws().categories.at(0);
        category.name = QStringLiteral("tickets");
        push(DocumentEdits::setCategory(doc(), 0, category, QStringLiteral("Rename")));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(ws().categories.at(0).name, QStringLiteral("tickets"));
        QVERIFY(ws().routing.routeFor(QStringLiteral("tickets")));
        QVERIFY(!ws().routing.routeFor(QStringLiteral("ticket-classification")));

        stack()->undo();
        QCOMPARE(ws(), testWorkspace());
        stack()->redo();
        QVERIFY(ws().routing.routeFor(QStringLiteral("tickets")));
    }

    void renameProviderUpdatesItsModels()
    {
        Provider provider = ws().providers.at(0);
        provider.name = QStringLiteral("oai");
        push(DocumentEdits::setProvider(doc(), 0, provider, QStringLiteral("Rename")));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(ws().model(QStringLiteral("gpt-4o"))->provider, QStringLiteral("oai"));
        QCOMPARE(ws().model(QStringLiteral("gpt-4o-mini"))->provider, QStringLiteral("oai"));
        QCOMPARE(ws().model(QStringLiteral("claude-haiku"))->provider, QStringLiteral("anthropic"));
        stack()->undo();
        QCOMPARE(ws(), testWorkspace());
    }

    void renameModelUpdatesRoutes()
    {
        ModelSpec model = ws().models.at(0);
        model.id = QStringLiteral("mini");
        push(DocumentEdits::setModel(doc(), 0, model, QStringLiteral("Rename")));
        QCOMPARE(ws().routing.routes.at(0).chain,
            QStringList({ QStringLiteral("mini"), QStringLiteral("claude-haiku") }));
        QCOMPARE(ws().routing.defaultChain, QStringList { QStringLiteral("mini") });
        stack()->undo();
        QCOMPARE(ws(), testWorkspace());
    }

    void plainEditIsOneCommand()
    {
        ModelSpec model = ws().models.at(1);
        model.price.input = 3.0;
        QUndoCommand* command = DocumentEdits::setModel(doc(), 1, model, QStringLiteral("Price"));
        QCOMPARE(command->childCount(), 0);
        push(command);
        QCOMPARE(ws().models.at(1).price.input, 3.0);
        QCOMPARE(ws().routing, testWorkspace().routing);
    }

    void removeProviderTakesItsModelsAndRoutes()
    {
        push(DocumentEdits::removeProvider(doc(), 0));
        QCOMPARE(ws().providers.size(), 1);
        QCOMPARE(DocumentEdits::modelIds(ws()), QStringList { QStringLiteral("claude-haiku") });
        QCOMPARE(ws().routing.routes.size(), 1); // summaries lost its only model
        QCOMPARE(ws().routing.routes.at(0).chain, QStringList { QStringLiteral("claude-haiku") });
        QVERIFY(ws().routing.defaultChain.isEmpty());
        stack()->undo();
        QCOMPARE(ws(), testWorkspace());
    }

    void removeCategoryTakesItsRoute()
    {
        push(DocumentEdits::removeCategory(doc(), 1));
        QCOMPARE(ws().categories.size(), 1);
        QVERIFY(!ws().routing.routeFor(QStringLiteral("summaries")));
        stack()->undo();
        QCOMPARE(ws(), testWorkspace());
    }

    void removeAndAppendCases()
    {
        push(DocumentEdits::removeCases(doc(), 0, { 1, 7, 3 }));
        QCOMPARE(ws().categories.at(0).cases.size(), 7);
        QCOMPARE(ws().categories.at(0).indexOfCase(QStringLiteral("t02")), -1);
        QCOMPARE(ws().categories.at(0).indexOfCase(QStringLiteral("t08")), -1);
        QCOMPARE(ws().categories.at(0).cases.at(1).id, QStringLiteral("t03"));
        stack()->undo();
        QCOMPARE(ws(), testWorkspace());

        const QList<TestCase> cases { TestCase { QStringLiteral("x1") }, TestCase { QStringLiteral("x2") } };
        push(DocumentEdits::appendCases(doc(), 1, cases, QStringLiteral("Import")));
        QCOMPARE(stack()->count(), 1); // the undone removal is gone, the import is one step
        QCOMPARE(caseIds(1), QStringList({ QStringLiteral("s1"), QStringLiteral("x1"), QStringLiteral("x2") }));
        stack()->undo();
        QCOMPARE(ws(), testWorkspace());
    }

    void typingMergesIntoOneStep()
    {
        const ItemPath path { ItemPath::List::Categories, -1, 0 };
        Category category = ws().categories.at(0);
        for (const QString& text : { QStringLiteral("Y"), QStringLiteral("Yo"), QStringLiteral("You") }) {
            category.systemPrompt = text;
            auto* command = new SetItemCommand(doc(), path, QVariant::fromValue(category), QStringLiteral("Edit"));
            command->setMergeField(7);
            push(command);
        }
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(ws().categories.at(0).systemPrompt, QStringLiteral("You"));
        category.description = QStringLiteral("other field");
        auto* other = new SetItemCommand(doc(), path, QVariant::fromValue(category), QStringLiteral("Edit"));
        other->setMergeField(8);
        push(other);
        QCOMPARE(stack()->count(), 2);
        stack()->undo();
        stack()->undo();
        QCOMPARE(ws(), testWorkspace());
    }

    void typingBackToTheStartLeavesNoStep()
    {
        const ItemPath path { ItemPath::List::Categories, -1, 0 };
        Category category = ws().categories.at(0);
        const QString before = category.systemPrompt;
        for (const QString& text : { QStringLiteral("x"), before }) {
            category.systemPrompt = text;
            auto* command = new SetItemCommand(doc(), path, QVariant::fromValue(category), QStringLiteral("Edit"));
            command->setMergeField(1);
            push(command);
        }
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(ws(), testWorkspace());
    }

    // Deleting a document with unsaved edits clears its undo stack after the document's own
    // destructor has run: no receiver may then hear "clean" and call into what is left of it.
    void deletingAnUnsavedDocumentTellsNobodyItIsClean()
    {
        Category category = ws().categories.at(0);
        category.description = QStringLiteral("changed");
        push(DocumentEdits::setCategory(doc(), 0, category, QStringLiteral("Edit")));
        QVERIFY(doc()->isModified());
        QSignalSpy clean(stack(), &QUndoStack::cleanChanged);
        QSignalSpy modified(doc(), &WorkspaceDocument::modifiedChanged);
        m_document.reset();
        QCOMPARE(clean.count(), 0);
        QCOMPARE(modified.count(), 0);
    }

    void uniqueName_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("free") << u"a"_s << QStringList { u"b"_s } << u"a"_s;
        QTest::newRow("taken") << u"a"_s << QStringList { u"a"_s } << u"a-2"_s;
        QTest::newRow("taken twice") << u"a"_s << QStringList { u"a"_s, u"a-2"_s } << u"a-3"_s;
    }

    void uniqueName()
    {
        QFETCH(QString, base);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        QCOMPARE(DocumentEdits::uniqueName(base, taken), expected);
    }

    void nextCaseId_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringList() << u"case-1"_s;
        QTest::newRow("numbered") << QStringList { u"t01"_s, u"t02"_s } << u"t03"_s;
        QTest::newRow("widens") << QStringList { u"t9"_s } << u"t10"_s;
        QTest::newRow("skips taken") << QStringList { u"c3"_s, u"c1"_s, u"c2"_s } << u"c4"_s;
        QTest::newRow("no number") << QStringList { u"alpha"_s } << u"case-2"_s;
    }

    void nextCaseId()
    {
        QFETCH(QStringList, ids);
        QFETCH(QString, expected);
        Category category;
        for (const QString& id : std::as_const(ids))
            category.cases.append(TestCase { id });
        QCOMPARE(DocumentEdits::nextCaseId(category), expected);
    }

private:
    WorkspaceDocument* doc() { return m_document.get(); }
    const Workspace& ws() const { return m_document->workspace(); }
    QUndoStack* stack() { return m_document->undoStack(); }
    void push(QUndoCommand* command) { stack()->push(command); }
    QStringList caseIds(int category) const { return DocumentEdits::caseIds(ws().categories.at(category)); }

    std::unique_ptr<WorkspaceDocument> m_document;
};

QTEST_GUILESS_MAIN(TestDocumentEdits)
#include "tst_documentedits.moc"
