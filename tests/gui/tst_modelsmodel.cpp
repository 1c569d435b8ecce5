// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filterproxymodel.h"
#include "document/documentedits.h"
#include "document/editcommands.h"
#include "documentmodelfixture.h"
#include "modelsarea/modelsmodel.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class TestModelsModel : public QObject, private DocumentModelFixture<ModelsModel>
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpModel(); }
    void cleanup() { tearDownModel(); }

    void showsModels()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(text(0, ModelsModel::IdColumn), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(text(0, ModelsModel::ProviderColumn), QStringLiteral("openai"));
        QCOMPARE(text(2, ModelsModel::ModelColumn), QStringLiteral("claude-3-5-haiku-latest"));
        QCOMPARE(text(1, ModelsModel::ModelColumn), QStringLiteral("gpt-4o")); // defaults to the id
        QCOMPARE(text(1, ModelsModel::DisplayNameColumn), QStringLiteral("gpt-4o"));
        QCOMPARE(text(0, ModelsModel::InputPriceColumn), QStringLiteral("$0.15"));
        QCOMPARE(text(1, ModelsModel::OutputPriceColumn), QStringLiteral("$10.00"));
        QCOMPARE(text(2, ModelsModel::ContextWindowColumn), QStringLiteral("200,000"));
    }

    void pricesSortAsNumbers()
    {
        FilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.sort(ModelsModel::OutputPriceColumn);
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data().toString());
        // As text "$10.00" would sort before "$4.00".
        QCOMPARE(ids, QStringList({ QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-haiku"), QStringLiteral("gpt-4o") }));
    }

    void renameUpdatesRoutes()
    {
        QVERIFY(m_model->setData(m_model->index(2, ModelsModel::IdColumn), QStringLiteral("haiku")));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(m_document->workspace().routing.routes.at(0).chain.at(1), QStringLiteral("haiku"));
        stack()->undo();
        QCOMPARE(m_document->workspace(), testWorkspace());
        stack()->redo();
        QCOMPARE(text(2, ModelsModel::IdColumn), QStringLiteral("haiku"));
    }

    void edits_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("input price") << int(ModelsModel::InputPriceColumn) << QVariant(0.2) << true;
        QTest::newRow("negative price") << int(ModelsModel::OutputPriceColumn) << QVariant(-1.0) << false;
        QTest::newRow("context") << int(ModelsModel::ContextWindowColumn) << QVariant(32000) << true;
        QTest::newRow("display name") << int(ModelsModel::DisplayNameColumn) << QVariant(QStringLiteral("Mini")) << true;
        QTest::newRow("taken id") << int(ModelsModel::IdColumn) << QVariant(QStringLiteral("gpt-4o")) << false;
        QTest::newRow("provider") << int(ModelsModel::ProviderColumn) << QVariant(QStringLiteral("anthropic")) << false;
    }

    void edits()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        verifyEdit(column, value, accepted);
    }

    void warnsAboutMissingProviders()
    {
        QVERIFY(m_model->index(2, ModelsModel::ProviderColumn).data(Qt::DecorationRole).isNull());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Provider renamed = m_document->workspace().providers.at(1);
        renamed.name = QStringLiteral("claude");
        // A plain replacement, not the rename that carries the models along.
        stack()->push(new SetItemCommand(m_document.get(), { ItemPath::List::Providers, -1, 1 },
            QVariant::fromValue(renamed), {}));
        QVERIFY(!changed.isEmpty());
        QVERIFY(!m_model->index(2, ModelsModel::ProviderColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(m_model->index(2, ModelsModel::ProviderColumn).data(Qt::ToolTipRole).toString().contains(u"anthropic"));
    }

    void removal()
    {
        stack()->push(DocumentEdits::removeModel(m_document.get(), 0));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_document->workspace().routing.routes.at(0).chain, QStringList { QStringLiteral("claude-haiku") });
        stack()->undo();
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_document->workspace(), testWorkspace());
    }

private:
    QString text(int row, int column) const { return m_model->index(row, column).data().toString(); }
    QUndoStack* stack() { return m_document->undoStack(); }
};

QTEST_MAIN(TestModelsModel)
#include "tst_modelsmodel.moc"
