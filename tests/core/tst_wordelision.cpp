// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/wordelision.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestWordElision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elides_data();
    void elides();
    void neverLongerThanAsked();
};

void TestWordElision::elides_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    const QString summary = u"Open: confirm the replacement arrives before Saturday; tracking is emailed today."_s;
    QTest::newRow("fits") << u"short text"_s << 20 << u"short text"_s;
    QTest::newRow("exactly") << u"short text"_s << 10 << u"short text"_s;
    QTest::newRow("inside a word") << summary << 42 << u"Open: confirm the replacement arrives…"_s;
    QTest::newRow("on a space") << summary << 38 << u"Open: confirm the replacement arrives…"_s;
    QTest::newRow("punctuation dropped") << summary << 56
                                         << u"Open: confirm the replacement arrives before Saturday…"_s;
    QTest::newRow("one long word") << QString(30, u'x') << 10 << QString(9, u'x') + u'…';
    QTest::newRow("one character") << u"abc"_s << 1 << u"…"_s;
    QTest::newRow("nothing") << u"abc"_s << 0 << QString();
}

void TestWordElision::elides()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QTEST(elidedAtWord(text, maxLength), "expected");
}

void TestWordElision::neverLongerThanAsked()
{
    const QString text = u"Dana's order LH-4829173 was marked delivered but never arrived, and DPD confirmed it."_s;
    for (int length = 1; length < text.size() + 2; ++length) {
        const QString elided = elidedAtWord(text, length);
        QVERIFY(elided.size() <= length);
        if (elided != text) {
            QVERIFY(elided.endsWith(u'…'));
            // The cut falls where a word ends, unless even the first word does not fit.
            const QString kept = elided.chopped(1);
            const bool midWord
                = !kept.isEmpty() && kept.back().isLetterOrNumber() && text.at(kept.size()).isLetterOrNumber();
            QVERIFY2(!midWord || !kept.contains(u' '), qPrintable(elided));
        }
    }
}

QTEST_GUILESS_MAIN(TestWordElision)
#include "tst_wordelision.moc"
