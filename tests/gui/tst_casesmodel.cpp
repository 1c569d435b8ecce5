// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filterproxymodel.h"
#include "document/documentedits.h"
#include "document/editcommands.h"
#include "documentmodelfixture.h"
#include "workspacearea/casesmodel.h"

#include <QTest>
#include <QUndoStack>

class TestCasesModel : public QObject, private DocumentModelFixture<CasesModel>
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        setUpModel();
        m_model->setCategory(0);
    }

    void cleanup() { tearDownModel(); }

    void showsTheCategorysCases()
    {
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(text(0, CasesModel::IdColumn), QStringLiteral("t01"));
        QCOMPARE(text(0, CasesModel::InputColumn), QStringLiteral("Ticket number 1 about billing"));
        QCOMPARE(text(0, CasesModel::ExpectedColumn), QStringLiteral("billing"));
        QCOMPARE(text(0, CasesModel::TagsColumn), QStringLiteral("tag1"));
        m_model->setCategory(1);
        QCOMPARE(m_model->rowCount(), 1);
        const QString preview = text(0, CasesModel::InputColumn); // "3 message(s)" until a translation picks the plural
        QVERIFY2(preview.startsWith(u"[chat, 3 message") && preview.endsWith(u"] My phone."), qPrintable(preview));
        QVERIFY(!(m_model->flags(m_model->index(0, CasesModel::InputColumn)) & Qt::ItemIsEditable));
        QVERIFY(m_model->index(0, CasesModel::InputColumn).data(Qt::ToolTipRole).toString().contains(u"assistant: Which device?"));
        m_model->setCategory(-1);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void idsSortNaturally()
    {
        push(DocumentEdits::appendCases(doc(), 1, { TestCase { QStringLiteral("s10") }, TestCase { QStringLiteral("s2") } }, {}));
        m_model->setCategory(1);
        FilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.sort(CasesModel::IdColumn);
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data().toString());
        QCOMPARE(ids, QStringList({ QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s10") }));
    }

    void filterFindsAnyColumn()
    {
        FilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setFilterFixedString(QStringLiteral("ACCOUNT"));
        QCOMPARE(proxy.rowCount(), 5);
        QCOMPARE(proxy.sourceRow(0), 1);
        QCOMPARE(proxy.proxyRow(0), -1);
    }

    void editsAreUndoable_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("id") << int(CasesModel::IdColumn) << QStringLiteral(" t99 ") << QStringLiteral("t99");
        QTest::newRow("input") << int(CasesModel::InputColumn) << QStringLiteral("line one\nline two")
                               << QStringLiteral("line one line two");
        QTest::newRow("expected") << int(CasesModel::ExpectedColumn) << QStringLiteral("refund") << QStringLiteral("refund");
        QTest::newRow("tags") << int(CasesModel::TagsColumn) << QStringLiteral("a, b,,a ") << QStringLiteral("a, b");
    }

    void editsAreUndoable()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QVERIFY(m_model->setData(m_model->index(2, column), value));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(text(2, column), shown);
        stack()->undo();
        QCOMPARE(m_document->workspace(), testWorkspace());
        stack()->redo();
        QCOMPARE(text(2, column), shown);
    }

    void refusesTakenIds()
    {
        QVERIFY(!m_model->setData(m_model->index(2, CasesModel::IdColumn), QStringLiteral("t01")));
        QVERIFY(!m_model->setData(m_model->index(2, CasesModel::IdColumn), QString()));
        QCOMPARE(stack()->count(), 0);
    }

    void followsInsertsAndRemovals()
    {
        push(DocumentEdits::removeCases(doc(), 0, { 0, 4 }));
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(text(0, CasesModel::IdColumn), QStringLiteral("t02"));
        stack()->undo();
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(text(4, CasesModel::IdColumn), QStringLiteral("t05"));
        push(DocumentEdits::removeCases(doc(), 1, { 0 })); // another category's case
        QCOMPARE(m_model->rowCount(), 10);
    }

    void followsItsCategory()
    {
        push(new InsertItemCommand(doc(), { ItemPath::List::Categories, -1, 0 },
            QVariant::fromValue(Category { QStringLiteral("first") }), {}));
        QCOMPARE(m_model->category(), 1);
        QCOMPARE(m_model->rowCount(), 10);
        push(DocumentEdits::removeCategory(doc(), 0));
        QCOMPARE(m_model->category(), 0);
        push(DocumentEdits::removeCategory(doc(), 0)); // the shown one
        QCOMPARE(m_model->category(), -1);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void categoryReplacedWithOtherCases()
    {
        Category category = m_document->workspace().categories.at(0);
        category.cases.resize(3);
        push(new SetItemCommand(doc(), { ItemPath::List::Categories, -1, 0 }, QVariant::fromValue(category), {}));
        QCOMPARE(m_model->rowCount(), 3);
        stack()->undo();
        QCOMPARE(m_model->rowCount(), 10);
    }

    void resetShowsNoCategory()
    {
        m_document->reset(testWorkspace());
        QCOMPARE(m_model->category(), -1);
        QCOMPARE(m_model->rowCount(), 0);
    }

private:
    QString text(int row, int column) const { return m_model->index(row, column).data().toString(); }
    WorkspaceDocument* doc() { return m_document.get(); }
    QUndoStack* stack() { return m_document->undoStack(); }
    void push(QUndoCommand* command) { stack()->push(command); }
};

QTEST_MAIN(TestCasesModel)
#include "tst_casesmodel.moc"
