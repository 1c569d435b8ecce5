// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/linediff.h"
#include "shadow/worddiff.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// A text with its changes marked: [-removed-] and {+added+}.
QString marked(const QString& text, const QList<DiffSpan>& spans)
{
    QString result;
    for (const DiffSpan& span : spans) {
        const QString part = text.mid(span.start, span.length);
        if (span.kind == DiffSpan::Removed)
            result += u"[-" + part + u"-]";
        else if (span.kind == DiffSpan::Added)
            result += u"{+" + part + u"+}";
        else
            result += part;
    }
    return result;
}

// The spans cover the text from start to end, in order, without gaps or overlaps.
void verifyCoverage(const QString& text, const QList<DiffSpan>& spans, DiffSpan::Kind forbidden)
{
    int at = 0;
    for (const DiffSpan& span : spans) {
        QCOMPARE(span.start, at);
        QVERIFY(span.length > 0);
        QVERIFY(span.kind != forbidden);
        at = span.end();
    }
    QCOMPARE(at, int(text.size()));
}

QString withoutSpace(QString text)
{
    text.remove(QChar(u' '));
    text.remove(QChar(u'\n'));
    text.remove(QChar(u'\t'));
    return text;
}

// What is kept of each text, read in order; both sides keep the same words.
QString kept(const QString& text, const QList<DiffSpan>& spans)
{
    QString result;
    for (const DiffSpan& span : spans) {
        if (span.kind == DiffSpan::Same)
            result += text.mid(span.start, span.length);
    }
    return withoutSpace(result);
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffWords_data();
    void diffWords();
    void spansMapBackToTheTexts_data();
    void spansMapBackToTheTexts();
    void tokensCoverTheText();
    void diffLinesMarksEachLine();
    void unifiedDiffIsInDiffUFormat();
    void unifiedDiffOfEqualTextsIsEmpty();
    void unifiedDiffAtTheEdges();
};

void TestWordDiff::diffWords_data()
{
    QTest::addColumn<QString>("baseline");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("markedBaseline");
    QTest::addColumn<QString>("markedCandidate");
    QTest::addColumn<double>("similarity");
    QTest::addColumn<bool>("identical");

    QTest::newRow("identical") << u"The cat sat."_s << u"The cat sat."_s << u"The cat sat."_s << u"The cat sat."_s
                               << 1.0 << true;
    QTest::newRow("both empty") << QString() << QString() << QString() << QString() << 1.0 << true;
    QTest::newRow("insertion") << u"The cat sat."_s << u"The black cat sat."_s << u"The cat sat."_s
                               << u"The {+black+} cat sat."_s << 0.8 << false;
    QTest::newRow("deletion") << u"The black cat sat."_s << u"The cat sat."_s << u"The [-black-] cat sat."_s
                              << u"The cat sat."_s << 0.8 << false;
    QTest::newRow("replacement") << u"The cat sat."_s << u"The dog sat."_s << u"The [-cat-] sat."_s
                                 << u"The {+dog+} sat."_s << 0.75 << false;
    QTest::newRow("replaced phrase") << u"Refund the order today."_s << u"Replace the item tomorrow."_s
                                     << u"[-Refund-] the [-order today-]."_s << u"{+Replace+} the {+item tomorrow+}."_s
                                     << 0.4 << false;
    QTest::newRow("punctuation") << u"Yes."_s << u"Yes!"_s << u"Yes[-.-]"_s << u"Yes{+!+}"_s << 0.5 << false;
    QTest::newRow("case matters") << u"positive"_s << u"Positive"_s << u"[-positive-]"_s << u"{+Positive+}"_s << 0.0
                                  << false;
    QTest::newRow("apostrophe inside a word")
        << u"don't stop"_s << u"do not stop"_s << u"[-don't-] stop"_s << u"{+do not+} stop"_s << 1.0 / 3 << false;
    QTest::newRow("unicode") << u"Grüße aus Köln 🎉"_s << u"Grüße aus Zürich 🎉"_s << u"Grüße aus [-Köln-] 🎉"_s
                             << u"Grüße aus {+Zürich+} 🎉"_s << 0.75 << false;
    QTest::newRow("emoji replaced") << u"ok 🎉"_s << u"ok 👍"_s << u"ok [-🎉-]"_s << u"ok {+👍+}"_s << 0.5 << false;
    QTest::newRow("white space only") << u"a  b\nc"_s << u"a b c"_s << u"a  b\nc"_s << u"a b c"_s << 1.0 << true;
    QTest::newRow("empty baseline") << QString() << u"hello world"_s << QString() << u"{+hello world+}"_s << 0.0
                                    << false;
    QTest::newRow("empty candidate") << u"hello world"_s << QString() << u"[-hello world-]"_s << QString() << 0.0
                                     << false;
}

void TestWordDiff::diffWords()
{
    QFETCH(QString, baseline);
    QFETCH(QString, candidate);
    QFETCH(QString, markedBaseline);
    QFETCH(QString, markedCandidate);
    QFETCH(double, similarity);
    QFETCH(bool, identical);

    const WordDiff diff = ::diffWords(baseline, candidate);
    QCOMPARE(marked(baseline, diff.baseline), markedBaseline);
    QCOMPARE(marked(candidate, diff.candidate), markedCandidate);
    QCOMPARE(diff.similarity, similarity);
    QCOMPARE(diff.identical(), identical);
    QCOMPARE(wordSimilarity(baseline, candidate), similarity);
}

void TestWordDiff::spansMapBackToTheTexts_data()
{
    QTest::addColumn<QString>("baseline");
    QTest::addColumn<QString>("candidate");

    QTest::newRow("sentences") << u"The order #1234 shipped on Monday; it arrives Friday."_s
                               << u"Order 1234 was shipped Monday, and it should arrive on Friday!"_s;
    QTest::newRow("json") << u"{\"priority\": \"high\", \"team\": \"billing\"}"_s
                          << u"{\"priority\": \"low\", \"team\": \"billing\", \"vip\": true}"_s;
    QTest::newRow("lines") << u"Dear customer,\n\nwe refunded you.\n\nRegards"_s
                           << u"Hello,\nwe have refunded your order.\nBest regards"_s;
    QTest::newRow("unicode") << u"Überweisung 💶 erhalten – danke"_s << u"Zahlung 💶 nicht erhalten — danke!"_s;
    QTest::newRow("disjoint") << u"alpha beta"_s << u"gamma delta epsilon"_s;
}

void TestWordDiff::spansMapBackToTheTexts()
{
    QFETCH(QString, baseline);
    QFETCH(QString, candidate);

    const WordDiff diff = ::diffWords(baseline, candidate);
    verifyCoverage(baseline, diff.baseline, DiffSpan::Added);
    verifyCoverage(candidate, diff.candidate, DiffSpan::Removed);
    QCOMPARE(kept(baseline, diff.baseline), kept(candidate, diff.candidate));
    QVERIFY(diff.similarity >= 0.0 && diff.similarity < 1.0);
    for (qsizetype i = 1; i < diff.baseline.size(); ++i)
        QVERIFY(diff.baseline.at(i).kind != diff.baseline.at(i - 1).kind);
}

void TestWordDiff::tokensCoverTheText()
{
    const QString text = u"It's a well-known fact: 3.5% of 🎉 e-mails\t  fail."_s;
    const QList<DiffSpan> tokens = wordTokens(text);
    verifyCoverage(text, tokens, DiffSpan::Removed);
    QStringList words;
    for (const DiffSpan& token : tokens)
        words.append(text.mid(token.start, token.length));
    const QStringList expected { u"It's"_s, u" "_s, u"a"_s,       u" "_s,    u"well-known"_s, u" "_s, u"fact"_s, u":"_s,
                                 u" "_s,    u"3"_s, u"."_s,       u"5"_s,    u"%"_s,          u" "_s, u"of"_s,   u" "_s,
                                 u"🎉"_s,    u" "_s, u"e-mails"_s, u"\t  "_s, u"fail"_s,       u"."_s };
    QCOMPARE(words, expected);
}

void TestWordDiff::diffLinesMarksEachLine()
{
    const LineDiff diff = diffLines(u"a\nb\nc\n"_s, u"a\nB\nc\nd"_s);
    QCOMPARE(diff.added, 2);
    QCOMPARE(diff.removed, 1);
    const QList<LineDiffEntry> expected {
        { DiffSpan::Same, 0, 0, u"a"_s }, { DiffSpan::Removed, 1, -1, u"b"_s }, { DiffSpan::Added, -1, 1, u"B"_s },
        { DiffSpan::Same, 2, 2, u"c"_s }, { DiffSpan::Added, -1, 3, u"d"_s },
    };
    QCOMPARE(diff.lines, expected);
    QVERIFY(diffLines(u"x\r\ny\r\n"_s, u"x\ny"_s).identical());
}

void TestWordDiff::unifiedDiffIsInDiffUFormat()
{
    QStringList before;
    for (int i = 1; i <= 20; ++i)
        before.append(u"line " + QString::number(i));
    QStringList after = before;
    after[1] = u"line two"_s;
    after.removeAt(9);
    after.insert(17, u"inserted"_s);
    // As "diff -u before after" writes it, file names and times aside.
    const QString expected = u"--- routing.yaml\n+++ routing.yaml (now)\n"
                             "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n"
                             "@@ -7,7 +7,6 @@\n line 7\n line 8\n line 9\n-line 10\n line 11\n line 12\n line 13\n"
                             "@@ -16,5 +15,6 @@\n line 16\n line 17\n line 18\n+inserted\n line 19\n line 20\n"_s;
    QCOMPARE(
        unifiedDiff(before.join(u'\n') + u'\n', after.join(u'\n') + u'\n', u"routing.yaml"_s, u"routing.yaml (now)"_s),
        expected);
}

void TestWordDiff::unifiedDiffOfEqualTextsIsEmpty()
{
    QVERIFY(unifiedDiff(u"same\n"_s, u"same\n"_s).isEmpty());
    QVERIFY(unifiedDiff({}, {}).isEmpty());
}

void TestWordDiff::unifiedDiffAtTheEdges()
{
    QCOMPARE(unifiedDiff({}, u"new\n"_s), u"--- before\n+++ after\n@@ -0,0 +1 @@\n+new\n"_s);
    QCOMPARE(unifiedDiff(u"old\n"_s, {}), u"--- before\n+++ after\n@@ -1 +0,0 @@\n-old\n"_s);
    QCOMPARE(unifiedDiff(u"a\nb\n"_s, u"x\na\nb\n"_s), u"--- before\n+++ after\n@@ -1,2 +1,3 @@\n+x\n a\n b\n"_s);
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
