// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixfixture.h"
#include "modeltester.h"
#include "resultsmatrix/matrixfilterproxy.h"
#include "resultsmatrix/resultsmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QTest>

using Show = MatrixFilterProxy::Show;

namespace {
QStringList rowTexts(const QAbstractItemModel& model, int row)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column) {
        if (column != ResultsMatrixModel::InputColumn)
            texts.append(model.index(row, column).data().toString());
    }
    return texts;
}

QStringList caseIds(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data().toString());
    return ids;
}
} // namespace

class TestResultsMatrixModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ResultsMatrixModel>();
        m_proxy = std::make_unique<MatrixFilterProxy>();
        m_proxy->setMatrixModel(m_model.get());
        m_tester = modelTester(m_model.get());
        m_proxyTester = modelTester(m_proxy.get());
        m_model->setMatrix(buildMatrix(matrixWorkspace(), matrixResults(), u"cat"_s));
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void showsEveryCellExactly()
    {
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->columnCount(), 5); // case, input, m1, m2, m3; "unused" answered nothing
        QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), u"Model One"_s);
        QCOMPARE(m_model->headerData(4, Qt::Horizontal).toString(), u"m3"_s);
        QCOMPARE(m_model->headerData(3, Qt::Horizontal, ResultsMatrixModel::ModelIdRole).toString(), u"m2"_s);
        QCOMPARE(rowTexts(*m_model, 0), (QStringList { u"c1"_s, u"✓"_s, u"✗"_s, u"✓"_s }));
        QCOMPARE(rowTexts(*m_model, 1), (QStringList { u"c2"_s, u"0.67"_s, u"0.40"_s, u"error"_s }));
        QCOMPARE(rowTexts(*m_model, 2), (QStringList { u"c3"_s, u"2/3"_s, u"3/3"_s, QString() }));
        QCOMPARE(rowTexts(*m_model, 3), (QStringList { u"c4"_s, u"✓"_s, u"✓"_s, u"✓"_s }));
        QCOMPARE(rowTexts(*m_model, 4), (QStringList { u"c5"_s, u"✓"_s, u"error"_s, QString() }));
        QCOMPARE(rowTexts(*m_model, 5), (QStringList { u"old"_s, u"✗"_s, QString(), QString() }));
        QCOMPARE(m_model->index(0, 1).data().toString(), u"Ticket 1 about money"_s);
        QCOMPARE(m_model->index(5, 1).data().toString(), QString());
    }

    void verdictsColoursAndSortValues()
    {
        const auto verdict = [this](int row, int column) {
            return CellVerdict(m_model->index(row, column).data(ResultsMatrixModel::VerdictRole).toInt());
        };
        QCOMPARE(verdict(0, 2), CellVerdict::Pass);
        QCOMPARE(verdict(0, 3), CellVerdict::Fail);
        QCOMPARE(verdict(1, 4), CellVerdict::Error);
        QCOMPARE(verdict(2, 2), CellVerdict::Mixed);
        QCOMPARE(verdict(2, 4), CellVerdict::Missing);
        QCOMPARE(m_model->index(0, 2).data(Qt::ForegroundRole).value<QColor>(), QColor(0x2e, 0x9d, 0x4f));
        QCOMPARE(m_model->index(0, 3).data(Qt::ForegroundRole).value<QColor>(), QColor(0xd6, 0x45, 0x41));
        const auto sortValue = [this](int row, int column) {
            return m_model->index(row, column).data(ResultsMatrixModel::SortRole).toDouble();
        };
        QCOMPARE(sortValue(0, 2), 1.0);
        QCOMPARE(sortValue(1, 2), 0.67);
        QCOMPARE(sortValue(2, 2), 2.0 / 3.0);
        QCOMPARE(sortValue(1, 4), -1.0); // error
        QCOMPARE(sortValue(2, 4), -2.0); // missing
    }

    void toolTipsGiveTheFigures()
    {
        const QString pass = m_model->index(0, 2).data(Qt::ToolTipRole).toString();
        QCOMPARE(pass, u"Model One on c1\npass, score 1.00 · $0.0012 · 420 ms · 100 in / 5 out tokens"_s);
        const QString error = m_model->index(1, 4).data(Qt::ToolTipRole).toString();
        QCOMPARE(error, u"m3 on c2\nerror (fatal): quota exceeded"_s);
        const QString repeats = m_model->index(2, 2).data(Qt::ToolTipRole).toString();
        QVERIFY2(repeats.contains(u"Repeat 2: fail, score 0.00"_s), qPrintable(repeats));
        QVERIFY2(repeats.endsWith(u"Mean cost $0.0012 · mean latency 420 ms"_s), qPrintable(repeats));
        QCOMPARE(m_model->index(2, 4).data(Qt::ToolTipRole).toString(), u"m3 on c3\nNo result"_s);
    }

    // A refusal is a failure the cell names, with the provider's reason in its tooltip.
    void labelsRefusals()
    {
        QList<ResultRecord> results = matrixResults();
        for (ResultRecord& record : results) {
            if (record.caseId == u"c1" && record.modelId == u"m2") {
                record.output.clear();
                record.refusal = u"content-filter"_s;
                record.refusalReason = u"The answer was blocked (SAFETY)"_s;
            }
        }
        m_model->setMatrix(buildMatrix(matrixWorkspace(), results, u"cat"_s));
        QCOMPARE(rowTexts(*m_model, 0), (QStringList { u"c1"_s, u"✓"_s, u"content filter"_s, u"✓"_s }));
        const QModelIndex refused = m_model->index(0, 3);
        QCOMPARE(CellVerdict(refused.data(ResultsMatrixModel::VerdictRole).toInt()), CellVerdict::Fail);
        QCOMPARE(refused.data(Qt::ToolTipRole).toString(),
                 u"Model Two on c1\nfail, content filter: The answer was blocked (SAFETY)"_s);
        QVERIFY(m_model->anyFailed(0));
        QVERIFY(!m_model->anyError(0));
        QVERIFY(m_model->rowContains(0, u"blocked (SAFETY)"_s));
    }

    void highlightsTheSelectedModelsHeader()
    {
        m_model->setHighlightedModel(u"m2"_s);
        QVERIFY(m_model->headerData(3, Qt::Horizontal, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!m_model->headerData(2, Qt::Horizontal, Qt::FontRole).isValid());
        QCOMPARE(m_model->columnOfModel(u"m3"_s), 4);
        Workspace ws = matrixWorkspace();
        ws.models[0].displayName = u"Llama 3.1 8B Instant (Groq)"_s; // long names take two lines
        m_model->setMatrix(buildMatrix(ws, matrixResults(), u"cat"_s));
        QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), u"Llama 3.1 8B\nInstant (Groq)"_s);
        QCOMPARE(m_model->modelIdAt(1), QString());
    }

    void filtersRows_data()
    {
        QTest::addColumn<Show>("show");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("cases");
        QTest::newRow("all") << Show::All << QString()
                             << QStringList { u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s, u"c5"_s, u"old"_s };
        QTest::newRow("failures") << Show::Failures << QString()
                                  << QStringList { u"c1"_s, u"c2"_s, u"c3"_s, u"c5"_s, u"old"_s };
        QTest::newRow("errors") << Show::Errors << QString() << QStringList { u"c2"_s, u"c5"_s };
        QTest::newRow("disagree") << Show::Disagreements << QString() << QStringList { u"c1"_s, u"c2"_s };
        QTest::newRow("search output") << Show::All << u"QUIETLY"_s << QStringList { u"c1"_s };
        QTest::newRow("search expected") << Show::All << u"refund"_s << QStringList { u"c3"_s };
        QTest::newRow("search input") << Show::All << u"ticket 4"_s << QStringList { u"c4"_s };
        QTest::newRow("search error") << Show::Errors << u"server said"_s << QStringList { u"c5"_s };
        QTest::newRow("search and filter") << Show::Disagreements << u"ticket 4"_s << QStringList {};
    }

    void filtersRows()
    {
        QFETCH(Show, show);
        QFETCH(QString, text);
        QFETCH(QStringList, cases);
        m_proxy->setShow(show);
        m_proxy->setText(text);
        QCOMPARE(caseIds(*m_proxy), cases);
    }

    void sortsByNumbersNotText()
    {
        m_proxy->sort(2, Qt::DescendingOrder); // m1: 1, 0.67, 2/3, 1, 1, 0
        QCOMPARE(caseIds(*m_proxy), (QStringList { u"c1"_s, u"c4"_s, u"c5"_s, u"c2"_s, u"c3"_s, u"old"_s }));
        m_proxy->sort(4, Qt::AscendingOrder); // m3: the three missing, then the error, then passes
        QStringList ids = caseIds(*m_proxy);
        QCOMPARE(ids.at(3), u"c2"_s);
        ids = ids.mid(0, 3);
        ids.sort();
        QCOMPARE(ids, (QStringList { u"c3"_s, u"c5"_s, u"old"_s }));
    }

    void clearsAndRefills()
    {
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), 2);
        m_model->setMatrix(buildMatrix(matrixWorkspace(), matrixResults(), u"other"_s));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(rowTexts(*m_model, 0), (QStringList { u"c1"_s, u"✗"_s }));
    }

    void buildsALargeCategoryQuickly()
    {
        // The benchmark's shape for one category: 200 cases x 50 models, 10,000 results.
        Workspace ws;
        Category category { u"big"_s };
        for (int c = 0; c < 200; ++c)
            category.cases.append(TestCase { u"case%1"_s.arg(c) });
        ws.categories = { category };
        QList<ResultRecord> results;
        for (int m = 0; m < 50; ++m) {
            ws.models.append({ u"model%1"_s.arg(m), u"p"_s });
            for (int c = 0; c < 200; ++c) {
                ResultRecord record = matrixResult(u"case%1"_s.arg(c), u"model%1"_s.arg(m), (c + m) % 3 != 0);
                record.category = u"big"_s;
                results.append(record);
            }
        }
        QElapsedTimer timer;
        timer.start();
        const MatrixData matrix = buildMatrix(ws, results, u"big"_s);
        const qint64 buildMs = timer.elapsed();
        m_model->setMatrix(matrix);
        m_proxy->setShow(Show::Disagreements);
        const qint64 totalMs = timer.elapsed();
        qInfo("10,000 results: matrix built in %lld ms, shown and filtered in %lld ms", buildMs, totalMs);
        QCOMPARE(m_model->rowCount(), 200);
        QCOMPARE(m_model->columnCount(), 52);
        QCOMPARE(m_proxy->rowCount(), 200); // every case has passing and failing models
        QVERIFY(totalMs < 2000);
    }

private:
    std::unique_ptr<ResultsMatrixModel> m_model;
    std::unique_ptr<MatrixFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(TestResultsMatrixModel)
#include "tst_resultsmatrixmodel.moc"
