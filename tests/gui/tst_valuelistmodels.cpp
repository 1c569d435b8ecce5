// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/chatmessagesmodel.h"
#include "common/keyvaluemodel.h"
#include "common/scorerlistmodel.h"
#include "modeltester.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestValueListModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scorerValues_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("string") << u"icontains"_s << u"refund"_s << QVariant(u"refund"_s);
        QTest::newRow("digits stay text") << u"equals"_s << u"42"_s << QVariant(u"42"_s);
        QTest::newRow("list") << u"contains-any"_s << u"a; b ;;c"_s << QVariant(QStringList { u"a"_s, u"b"_s, u"c"_s });
        QTest::newRow("negated list") << u"not-icontains-all"_s << u"x;y"_s << QVariant(QStringList { u"x"_s, u"y"_s });
        QTest::newRow("number") << u"cost"_s << u"0.002"_s << QVariant(0.002);
        QTest::newRow("empty") << u"equals"_s << u"  "_s << QVariant();
    }

    void scorerValues()
    {
        QFETCH(QString, type);
        QFETCH(QString, text);
        QFETCH(QVariant, value);
        QCOMPARE(ScorerListModel::valueFromText(type, text), value);
    }

    void scorerEdits()
    {
        ScorerListModel model;
        const auto tester = modelTester(&model);
        model.setItems({ ScorerSpec { u"contains-any"_s, QStringList { u"a"_s, u"b"_s } } });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ScorerListModel::ValueColumn).data().toString(), u"a; b"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, ScorerListModel::TypeColumn), u"icontains-all"_s));
        QCOMPARE(model.items().at(0).value, QVariant(QStringList { u"a"_s, u"b"_s }));
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.setData(model.index(0, ScorerListModel::ThresholdColumn), u"0.8"_s));
        QCOMPARE(model.items().at(0).threshold, std::optional<double>(0.8));
        QVERIFY(model.setData(model.index(0, ScorerListModel::ThresholdColumn), QString()));
        QVERIFY(!model.items().at(0).threshold);
        QVERIFY(!model.setData(model.index(0, ScorerListModel::ThresholdColumn), u"high"_s));
        QVERIFY(!model.setData(model.index(0, ScorerListModel::WeightColumn), -1));
        QVERIFY(!model.setData(model.index(0, ScorerListModel::TypeColumn), QString()));

        QVERIFY(model.insertRows(1, 2));
        QCOMPARE(model.items().at(2).type, u"equals"_s);
        QCOMPARE(model.index(2, ScorerListModel::ValueColumn).data().toString(), u"expected output"_s);
        QVERIFY(model.removeRows(0, 2));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.removeRows(0, 2));
    }

    void unknownScorerTypesWarn()
    {
        ScorerListModel model;
        const auto tester = modelTester(&model);
        model.setItems({ ScorerSpec { u"fuzzy"_s }, ScorerSpec { u"not-regex"_s } });
        QVERIFY(!model.index(0, ScorerListModel::TypeColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(1, ScorerListModel::TypeColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(ScorerListModel::typeChoices().contains(u"not-llm-rubric"_s));
    }

    void keyValues()
    {
        KeyValueModel model(u"Header"_s, u"Value"_s);
        const auto tester = modelTester(&model);
        QCOMPARE(model.headerData(KeyValueModel::KeyColumn, Qt::Horizontal).toString(), u"Header"_s);
        model.setMap({ { u"X-One"_s, u"1"_s } });
        QVERIFY(model.insertRows(1, 1));
        QCOMPARE(model.toMap().size(), 1); // the blank row is not a header yet
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setMap({ { u"X-One"_s, u"1"_s } });
        QCOMPARE(reset.size(), 0); // says the same: the row being filled in stays
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.setData(model.index(1, KeyValueModel::KeyColumn), u" X-Two "_s));
        QVERIFY(model.setData(model.index(1, KeyValueModel::ValueColumn), u"2"_s));
        const QMap<QString, QString> expected { { u"X-One"_s, u"1"_s }, { u"X-Two"_s, u"2"_s } };
        QCOMPARE(model.toMap(), expected);
        model.setMap({});
        QCOMPARE(model.rowCount(), 0);
    }

    void chatMessages()
    {
        ChatMessagesModel model;
        const auto tester = modelTester(&model);
        model.setItems({ { u"user"_s, u"first line\nsecond line"_s } });
        QCOMPARE(model.index(0, ChatMessagesModel::ContentColumn).data().toString(), u"first line second line"_s);
        QCOMPARE(model.index(0, ChatMessagesModel::ContentColumn).data(Qt::EditRole).toString(),
            u"first line\nsecond line"_s);
        QVERIFY(model.setData(model.index(0, ChatMessagesModel::RoleColumn), u"Assistant"_s));
        QCOMPARE(model.items().at(0).role, u"assistant"_s);
        QVERIFY(!model.setData(model.index(0, ChatMessagesModel::RoleColumn), u"narrator"_s));
        QVERIFY(model.insertRows(1, 1));
        QCOMPARE(model.items().at(1).role, u"user"_s);
    }
};

QTEST_MAIN(TestValueListModels)
#include "tst_valuelistmodels.moc"
