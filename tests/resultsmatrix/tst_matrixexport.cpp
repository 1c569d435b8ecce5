// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldenfile.h"
#include "resultsmatrix/matrixexport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Two cases, two models: quotes, commas and line breaks in inputs and outputs, a judge's cost, an
// error, two repeats (the second filtered) and a model without a result.
MatrixData exportMatrix()
{
    Workspace ws;
    ws.models = { { u"m1"_s, u"p"_s }, { u"m2"_s, u"p"_s } };
    Category category { u"cat"_s };
    TestCase a { u"a"_s };
    a.prompt = u"Say \"hi\", please"_s;
    a.expected = u"hi"_s;
    TestCase b { u"b"_s };
    b.prompt = u"line1\nline2"_s;
    category.cases = { a, b };
    ws.categories = { category };

    ResultRecord pass { u"r"_s, u"cat"_s, u"a"_s, u"m1"_s };
    pass.output = u"He said \"hi\", then left\nbye"_s;
    pass.costUsd = 0.001;
    pass.judgeCostUsd = 0.0005;
    pass.latencyMs = 420;
    pass.score = 1.0;
    pass.pass = true;
    ResultRecord error { u"r"_s, u"cat"_s, u"a"_s, u"m2"_s };
    error.errorKind = u"fatal"_s;
    error.errorMessage = u"HTTP 500, \"oops\""_s;
    error.latencyMs = 1200;
    ResultRecord first { u"r"_s, u"cat"_s, u"b"_s, u"m1"_s };
    first.output = u"x"_s;
    first.costUsd = 0.002;
    first.latencyMs = 300;
    first.score = 1.0;
    first.pass = true;
    ResultRecord second = first;
    second.repeat = 1;
    second.output.clear();
    second.latencyMs = 500;
    second.score = 0.0;
    second.pass = false;
    second.refusal = u"content-filter"_s;
    second.refusalReason = u"The answer was blocked (SAFETY)"_s;
    return buildMatrix(ws, { pass, error, second, first }, u"cat"_s);
}
} // namespace

class TestMatrixExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesCsvFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"plain text"_s << u"plain text"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"x\""_s << u"\"say \"\"x\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void quotesCsvFields()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(MatrixExport::csvField(text), field);
    }

    void writesCsv()
    {
        const QByteArray expected = "case,input,expected,"
                                    "m1 verdict,m1 score,m1 cost_usd,m1 latency_ms,m1 output,"
                                    "m2 verdict,m2 score,m2 cost_usd,m2 latency_ms,m2 output\r\n"
                                    "a,\"Say \"\"hi\"\", please\",hi,"
                                    "pass,1,0.001,420,\"He said \"\"hi\"\", then left\nbye\","
                                    "error,,0,1200,\r\n"
                                    "b,\"line1\nline2\",,"
                                    "1/2,0.5,0.002,400,x,"
                                    ",,,,\r\n";
        QCOMPARE(MatrixExport::toCsv(exportMatrix(), { 0, 1 }), expected);
        // The rows given, in the order given: a filtered, sorted table.
        const QByteArray onlyB = MatrixExport::toCsv(exportMatrix(), { 1 });
        QCOMPARE(onlyB.count("\r\n"), 2);
        QVERIFY(onlyB.contains("\r\nb,"));
    }

    // Answers collected through a batch have no latency: left out of the mean, and when none has
    // one the field is empty (CSV) or null (JSON), never 0.
    void unmeasuredLatencyIsEmpty()
    {
        MatrixData matrix = exportMatrix();
        for (QList<MatrixCell>& row : matrix.cells) {
            for (MatrixCell& cell : row) {
                for (ResultRecord& record : cell.results) {
                    if (record.caseId == u"a" || record.repeat == 1) {
                        record.fromBatch = true;
                        record.latencyMs = ResultRecord::unmeasuredLatency;
                    }
                }
            }
        }
        const QByteArray csv = MatrixExport::toCsv(matrix, { 0, 1 });
        QVERIFY2(csv.contains("pass,1,0.001,,\"He said"), csv.constData());
        QVERIFY2(csv.contains("1/2,0.5,0.002,300,x,"), csv.constData()); // repeat 1 left out
        const QByteArray json = MatrixExport::toJson(matrix, { 0 });
        QVERIFY2(json.contains("\"latency_ms\": null"), json.constData());
    }

    void writesJson()
    {
        const QString mismatch
            = goldenMismatch(MatrixExport::toJson(exportMatrix(), { 0, 1 }), QFINDTESTDATA("data/matrix.json"));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }
};

QTEST_GUILESS_MAIN(TestMatrixExport)
#include "tst_matrixexport.moc"
