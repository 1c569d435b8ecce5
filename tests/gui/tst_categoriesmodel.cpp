// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filterproxymodel.h"
#include "document/documentedits.h"
#include "document/editcommands.h"
#include "documentmodelfixture.h"
#include "workspacearea/categoriesmodel.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class TestCategoriesModel : public QObject, private DocumentModelFixture<CategoriesModel>
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpModel(); }
    void cleanup() { tearDownModel(); }

    void showsCategories()
    {
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->columnCount(), int(CategoriesModel::ColumnCount));
        QCOMPARE(text(0, CategoriesModel::NameColumn), QStringLiteral("ticket-classification"));
        QCOMPARE(text(0, CategoriesModel::TargetColumn), targetDisplayName(OptimisationTarget::CheapestPassing));
        QCOMPARE(text(0, CategoriesModel::ThresholdColumn), QStringLiteral("90%"));
        QCOMPARE(text(0, CategoriesModel::TrafficShareColumn), QStringLiteral("45%"));
        QCOMPARE(text(0, CategoriesModel::CasesColumn), QStringLiteral("10"));
        QCOMPARE(m_model->index(0, 0).data(DocumentTableModel::KeyRole).toString(), QStringLiteral("ticket-classification"));
        QCOMPARE(m_model->rowOfKey(QStringLiteral("summaries")), 1);
        QCOMPARE(m_model->headerData(CategoriesModel::TrafficShareColumn, Qt::Horizontal).toString(), QStringLiteral("Traffic"));
    }

    void casesSortAsNumbers()
    {
        Category third { QStringLiteral("third") };
        for (int i = 0; i < 9; ++i)
            third.cases.append(TestCase { QString::number(i) });
        push(new InsertItemCommand(doc(), { ItemPath::List::Categories, -1, 2 }, QVariant::fromValue(third), {}));
        FilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.sort(CategoriesModel::CasesColumn);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, CategoriesModel::CasesColumn).data().toString());
        QCOMPARE(order, QStringList({ QStringLiteral("1"), QStringLiteral("9"), QStringLiteral("10") }));
    }

    void editsAreUndoable_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("threshold") << int(CategoriesModel::ThresholdColumn) << QVariant(85.0) << QStringLiteral("85%");
        QTest::newRow("share") << int(CategoriesModel::TrafficShareColumn) << QVariant(12.5) << QStringLiteral("12.5%");
        QTest::newRow("name") << int(CategoriesModel::NameColumn) << QVariant(QStringLiteral("triage")) << QStringLiteral("triage");
    }

    void editsAreUndoable()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, shown);
        const QString before = text(0, column);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(m_model->index(0, column), value));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(text(0, column), shown);
        QVERIFY(!changed.isEmpty());
        stack()->undo();
        QCOMPARE(text(0, column), before);
        QCOMPARE(m_document->workspace(), testWorkspace());
        stack()->redo();
        QCOMPARE(text(0, column), shown);
    }

    void renameUpdatesRoutes()
    {
        QVERIFY(m_model->setData(m_model->index(1, CategoriesModel::NameColumn), QStringLiteral("digests")));
        QVERIFY(m_document->workspace().routing.routeFor(QStringLiteral("digests")));
        stack()->undo();
        QVERIFY(m_document->workspace().routing.routeFor(QStringLiteral("summaries")));
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("duplicate name") << int(CategoriesModel::NameColumn) << QVariant(QStringLiteral("summaries"));
        QTest::newRow("empty name") << int(CategoriesModel::NameColumn) << QVariant(QStringLiteral("  "));
        QTest::newRow("threshold over 100") << int(CategoriesModel::ThresholdColumn) << QVariant(120.0);
        QTest::newRow("negative share") << int(CategoriesModel::TrafficShareColumn) << QVariant(-1.0);
        QTest::newRow("not editable") << int(CategoriesModel::CasesColumn) << QVariant(3);
    }

    void refusesBadValues()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QVERIFY(!m_model->setData(m_model->index(0, column), value));
        QCOMPARE(stack()->count(), 0);
    }

    void caseCountFollowsCases()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        push(DocumentEdits::removeCases(doc(), 1, { 0 }));
        const bool countSignalled = std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant>& args) {
            const QModelIndex topLeft = args.at(0).toModelIndex();
            const QModelIndex bottomRight = args.at(1).toModelIndex();
            return topLeft.row() <= 1 && bottomRight.row() >= 1 && topLeft.column() <= CategoriesModel::CasesColumn
                && bottomRight.column() >= CategoriesModel::CasesColumn;
        });
        QVERIFY(countSignalled);
        QCOMPARE(text(1, CategoriesModel::CasesColumn), QStringLiteral("0"));
    }

    void warnsWhenSharesPassAHundred()
    {
        QVERIFY(!m_model->isOverbooked());
        QVERIFY(m_model->index(0, CategoriesModel::TrafficShareColumn).data(Qt::DecorationRole).isNull());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(m_model->index(1, CategoriesModel::TrafficShareColumn), 60.0));
        QVERIFY(m_model->isOverbooked());
        QCOMPARE(m_model->totalTrafficShare(), 1.05);
        QVERIFY(!m_model->index(0, CategoriesModel::TrafficShareColumn).data(Qt::DecorationRole).isNull());
        const bool firstRowSignalled = std::any_of(changed.cbegin(), changed.cend(),
            [](const QList<QVariant>& args) { return args.at(0).toModelIndex().row() == 0; });
        QVERIFY(firstRowSignalled);
    }

    void insertAndRemoveRows()
    {
        push(DocumentEdits::removeCategory(doc(), 0));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(text(0, CategoriesModel::NameColumn), QStringLiteral("summaries"));
        stack()->undo();
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(text(0, CategoriesModel::NameColumn), QStringLiteral("ticket-classification"));
        m_document->reset(Workspace {});
        QCOMPARE(m_model->rowCount(), 0);
    }

private:
    QString text(int row, int column) const { return m_model->index(row, column).data().toString(); }
    WorkspaceDocument* doc() { return m_document.get(); }
    QUndoStack* stack() { return m_document->undoStack(); }
    void push(QUndoCommand* command) { stack()->push(command); }
};

QTEST_MAIN(TestCategoriesModel)
#include "tst_categoriesmodel.moc"
