// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting/highlightedtextedit.h"

#include <QApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

namespace {
// Formats the highlighter put on the first line: none means nothing was coloured.
int formatRangesOfFirstLine(HighlightedTextEdit& edit)
{
    return int(edit.document()->firstBlock().layout()->formats().size());
}
}

class TestHighlightedTextEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guess_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("json object") << QStringLiteral(R"({"order": 4411, "ok": true})") << QStringLiteral("JSON");
        QTest::newRow("json array") << QStringLiteral(" [1, 2]\n") << QStringLiteral("JSON");
        QTest::newRow("broken json") << QStringLiteral(R"({"order": )") << QString();
        QTest::newRow("yaml") << QStringLiteral("model: gpt-4o-mini\nfallbacks:\n  - haiku\n") << QStringLiteral("YAML");
        QTest::newRow("markdown") << QStringLiteral("Summary\n- refund issued\n- apology sent") << QStringLiteral("Markdown");
        QTest::newRow("prose") << QStringLiteral("The customer wants a refund: order 4411.") << QString();
    }

    void guess()
    {
        QFETCH(QString, text);
        QFETCH(QString, syntax);
        QCOMPARE(guessSyntax(text), syntax);
    }

    void highlightsGuessedJson()
    {
        HighlightedTextEdit edit;
        edit.setPlainText(QStringLiteral(R"({"order": 4411, "email": "ana@example.com"})"));
        QCOMPARE(edit.effectiveSyntax(), QStringLiteral("JSON"));
        QVERIFY(formatRangesOfFirstLine(edit) > 0);
    }

    void proseStaysPlain()
    {
        HighlightedTextEdit edit;
        edit.setPlainText(QStringLiteral("Thanks, the parcel arrived."));
        QCOMPARE(edit.effectiveSyntax(), QString());
        // No definition: at most the theme's one normal-text format, never several coloured runs.
        QVERIFY(formatRangesOfFirstLine(edit) <= 1);
        edit.setPlainText(QStringLiteral(R"({"order": 4411, "email": "ana@example.com"})"));
        QVERIFY(formatRangesOfFirstLine(edit) > 1);
    }

    void explicitSyntaxWins()
    {
        HighlightedTextEdit edit;
        edit.setSyntax(QStringLiteral("YAML"));
        edit.setPlainText(QStringLiteral("{\"a\": 1}"));
        QCOMPARE(edit.effectiveSyntax(), QStringLiteral("YAML"));
    }

    void darkPaletteChangesColours()
    {
        HighlightedTextEdit edit;
        edit.setPlainText(QStringLiteral(R"({"order": 4411})"));
        const auto lightFormats = edit.document()->firstBlock().layout()->formats();
        QPalette dark = edit.palette();
        dark.setColor(QPalette::Base, Qt::black);
        dark.setColor(QPalette::Text, Qt::white);
        edit.setPalette(dark);
        const auto darkFormats = edit.document()->firstBlock().layout()->formats();
        QVERIFY(!lightFormats.isEmpty());
        QCOMPARE(darkFormats.size(), lightFormats.size());
        QVERIFY(darkFormats.first().format.foreground() != lightFormats.first().format.foreground());
    }
};

QTEST_MAIN(TestHighlightedTextEdit)
#include "tst_highlightedtextedit.moc"
