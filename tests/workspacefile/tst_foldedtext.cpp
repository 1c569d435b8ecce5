// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacefile/yamlpatch/foldedtext.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFoldedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsTheLinesThatDidNotChange_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("lines");
        const QStringList old { u"The quick brown fox jumps over"_s, u"the lazy dog and runs far away"_s,
                                u"into the dark green forest."_s };
        QTest::newRow("unchanged") << old.join(u' ') << old;
        QTest::newRow("middle line edited")
            << u"The quick brown fox jumps over the lazy cat and runs far away into the dark green forest."_s
            << QStringList { old.at(0), u"the lazy cat and runs far away"_s, old.at(2) };
        QTest::newRow("words appended") << old.join(u' ') + u" The end."_s << old + QStringList { u"The end."_s };
        QTest::newRow("first line removed") << old.mid(1).join(u' ') << old.mid(1);
        QTest::newRow("two spaces stay inside a line")
            << u"The quick brown fox jumps over the lazy  dog and runs far away into the dark green forest."_s
            << QStringList { old.at(0), u"the lazy  dog and runs far away"_s, old.at(2) };
        // Lines are at least 40 characters wide, more when the old ones were.
        QTest::newRow("long middle wrapped") << old.at(0)
                + u" and this sentence is long enough to need more than one line of its own, "_s
                  u"surely"_s
                + u' ' + old.at(2)
                                             << QStringList { old.at(0), u"and this sentence is long enough to need"_s,
                                                              u"more than one line of its own, surely"_s, old.at(2) };
    }

    void keepsTheLinesThatDidNotChange()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, lines);
        const QStringList old { u"The quick brown fox jumps over"_s, u"the lazy dog and runs far away"_s,
                                u"into the dark green forest."_s };
        const std::optional<QStringList> refolded = refoldedLines(old, value);
        QVERIFY(refolded);
        QCOMPARE(*refolded, lines);
        QCOMPARE(refolded->join(u' '), value);
    }

    void refusesWhatFoldingWouldChange_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("line break") << u"one\ntwo"_s;
        QTest::newRow("leading space") << u" one"_s;
        QTest::newRow("trailing space") << u"one "_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("control character") << u"bell \a"_s;
    }

    void refusesWhatFoldingWouldChange()
    {
        QFETCH(QString, value);
        QVERIFY(!refoldedLines({ u"old line"_s }, value));
    }
};

QTEST_GUILESS_MAIN(TestFoldedText)
#include "tst_foldedtext.moc"
