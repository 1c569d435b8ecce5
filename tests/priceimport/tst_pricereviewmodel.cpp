// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeltester.h"
#include "priceimport/pricereviewmodel.h"

#include <QFont>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPriceReviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("changed");
        QTest::newRow("model") << int(PriceReviewModel::ModelColumn) << u"gpt41"_s << false;
        QTest::newRow("entry") << int(PriceReviewModel::EntryColumn) << u"gpt-4.1"_s << false;
        QTest::newRow("input") << int(PriceReviewModel::InputColumn) << u"2 → 1.8"_s << true;
        QTest::newRow("output") << int(PriceReviewModel::OutputColumn) << u"8"_s << false;
        QTest::newRow("cached") << int(PriceReviewModel::CachedInputColumn) << u"– → 0.45"_s << true;
        QTest::newRow("context") << int(PriceReviewModel::ContextColumn) << u"128,000"_s << false;
    }

    void cells()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(bool, changed);
        PriceReviewModel model;
        const auto tester = modelTester(&model);
        PriceReview review;
        review.matched = { PriceChange { u"gpt41"_s, u"gpt-4.1"_s, Price { 2, 8 }, Price { 1.8, 8, 0.45, std::nullopt },
                                         128000, 128000 },
                           PriceChange { u"haiku"_s, u"claude-haiku-4-5"_s, Price { 1, 5 }, Price { 1, 5 }, 0, 0 } };
        model.setReview(review);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PriceReviewModel::ColumnCount));
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data().toString(), text);
        QCOMPARE(index.data(PriceReviewModel::ChangedRole).toBool(), changed);
        QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), changed);
        QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid()); // an unchanged row is greyed
        QCOMPARE(model.index(0, PriceReviewModel::InputColumn).data(PriceReviewModel::SortRole).toDouble(), 1.8);
        model.setReview({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPriceReviewModel)
#include "tst_pricereviewmodel.moc"
