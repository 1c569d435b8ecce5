// SPDX-License-Identifier: GPL-3.0-or-later
#include "testworkspace.h"
#include "workspacearea/casesimport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCasesImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsGoodRowsAndReportsBadOnes()
    {
        const QString csv = QFINDTESTDATA("data/new-cases.csv");
        const QString jsonl = QFINDTESTDATA("data/new-cases.jsonl");
        QVERIFY(!csv.isEmpty() && !jsonl.isEmpty());
        const Category category = testWorkspace().categories.at(0);
        const CasesImport import = importCasesInto(category, { csv, jsonl });

        QStringList ids;
        for (const TestCase& testCase : import.cases)
            ids.append(testCase.id);
        QCOMPARE(ids, QStringList({ u"n1"_s, u"t01-2"_s, u"n2"_s, u"j1"_s, u"j2"_s }));
        QCOMPARE(import.cases.at(0).tags, QStringList({ u"shipping"_s, u"delay"_s }));
        QCOMPARE(import.cases.at(2).prompt, u"A second, quoted \"input\""_s);
        QVERIFY(import.cases.at(4).isChat());

        QCOMPARE(import.skipped.size(), 3); // no id, no input, not JSON
        QCOMPARE(import.skipped.at(0).line, 3);
        QCOMPARE(import.skipped.at(1).line, 6);
        QCOMPARE(import.skipped.at(2).line, 2);
        QCOMPARE(import.renamed.size(), 1);
        QVERIFY(import.renamed.at(0).message.contains(u"t01-2"));
        QVERIFY(import.hasProblems());
        const QString summary = import.summary(category.name);
        QVERIFY2(summary.contains(u"new-cases.csv, new-cases.jsonl"), qPrintable(summary));
        QVERIFY(summary.contains(category.name));
    }

    void reportsUnreadableFiles()
    {
        const CasesImport import = importCasesInto(Category {}, { u"/nonexistent/cases.csv"_s });
        QVERIFY(import.cases.isEmpty());
        QCOMPARE(import.skipped.size(), 1);
        QVERIFY(!import.skipped.at(0).message.isEmpty());
    }

    void recognisesCaseFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isCases");
        QTest::newRow("csv") << u"/a/b.csv"_s << true;
        QTest::newRow("jsonl") << u"b.JSONL"_s << true;
        QTest::newRow("ndjson") << u"b.ndjson"_s << true;
        QTest::newRow("yaml") << u"b.signalbox.yaml"_s << false;
        QTest::newRow("txt") << u"b.txt"_s << false;
    }

    void recognisesCaseFiles()
    {
        QFETCH(QString, path);
        QFETCH(bool, isCases);
        QCOMPARE(isCasesFile(path), isCases);
    }
};

QTEST_GUILESS_MAIN(TestCasesImport)
#include "tst_casesimport.moc"
