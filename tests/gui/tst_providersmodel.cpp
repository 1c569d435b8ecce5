// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentedits.h"
#include "documentmodelfixture.h"
#include "modelsarea/providersmodel.h"

#include <QTest>
#include <QUndoStack>

class TestProvidersModel : public QObject, private DocumentModelFixture<ProvidersModel>
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpModel(); }
    void cleanup() { tearDownModel(); }

    void showsProviders_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("shown");
        QTest::newRow("name") << 0 << int(ProvidersModel::NameColumn) << QStringLiteral("openai");
        QTest::newRow("kind") << 1 << int(ProvidersModel::KindColumn) << providerKindDisplayName(ProviderKind::Anthropic);
        QTest::newRow("url") << 0 << int(ProvidersModel::BaseUrlColumn) << QStringLiteral("https://api.openai.com/v1");
        QTest::newRow("default url") << 1 << int(ProvidersModel::BaseUrlColumn) << defaultBaseUrl(ProviderKind::Anthropic);
        QTest::newRow("env key") << 0 << int(ProvidersModel::KeyColumn) << QStringLiteral("$OPENAI_API_KEY");
        QTest::newRow("keyring key") << 1 << int(ProvidersModel::KeyColumn) << QStringLiteral("keyring: anthropic");
        QTest::newRow("rpm") << 0 << int(ProvidersModel::RequestsPerMinuteColumn) << QStringLiteral("500");
        QTest::newRow("no rpm limit") << 1 << int(ProvidersModel::RequestsPerMinuteColumn) << QStringLiteral("no limit");
        QTest::newRow("timeout") << 0 << int(ProvidersModel::TimeoutColumn) << QStringLiteral("60 s");
    }

    void showsProviders()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, shown);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(row, column).data().toString(), shown);
    }

    void numbersSortAsNumbers()
    {
        QCOMPARE(m_model->index(0, ProvidersModel::ConcurrencyColumn).data(DocumentTableModel::SortRole).typeId(),
            QMetaType::Int);
    }

    void renameUpdatesModels()
    {
        QVERIFY(m_model->setData(m_model->index(0, ProvidersModel::NameColumn), QStringLiteral("oai")));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(m_document->workspace().model(QStringLiteral("gpt-4o"))->provider, QStringLiteral("oai"));
        stack()->undo();
        QCOMPARE(m_document->workspace(), testWorkspace());
    }

    void edits_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("url") << int(ProvidersModel::BaseUrlColumn) << QVariant(QStringLiteral("http://h/v1")) << true;
        QTest::newRow("concurrency") << int(ProvidersModel::ConcurrencyColumn) << QVariant(2) << true;
        QTest::newRow("zero concurrency") << int(ProvidersModel::ConcurrencyColumn) << QVariant(0) << false;
        QTest::newRow("rpm") << int(ProvidersModel::RequestsPerMinuteColumn) << QVariant(0) << true;
        QTest::newRow("timeout") << int(ProvidersModel::TimeoutColumn) << QVariant(0) << false;
        // What the loader would refuse on the next open is refused here too.
        QTest::newRow("concurrency INT_MAX") << int(ProvidersModel::ConcurrencyColumn)
                                             << QVariant(std::numeric_limits<int>::max()) << false;
        QTest::newRow("rpm beyond the limit") << int(ProvidersModel::RequestsPerMinuteColumn) << QVariant(2000000)
                                              << false;
        QTest::newRow("timeout beyond a day") << int(ProvidersModel::TimeoutColumn) << QVariant(86401) << false;
        QTest::newRow("taken name") << int(ProvidersModel::NameColumn) << QVariant(QStringLiteral("anthropic")) << false;
        QTest::newRow("kind") << int(ProvidersModel::KindColumn) << QVariant(QStringLiteral("gemini")) << false;
    }

    void edits()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        verifyEdit(column, value, accepted);
    }

    void removal()
    {
        stack()->push(DocumentEdits::removeProvider(m_document.get(), 0));
        QCOMPARE(m_model->rowCount(), 1);
        stack()->undo();
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->keyOf(0), QStringLiteral("openai"));
    }

private:
    QUndoStack* stack() { return m_document->undoStack(); }
};

QTEST_MAIN(TestProvidersModel)
#include "tst_providersmodel.moc"
