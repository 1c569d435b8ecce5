// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Runs the built signalbox-cli (its path comes from the build) as a user would.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validateGoodWorkspace()
    {
        const Result result = run({ u"validate"_s, QFINDTESTDATA("data/full/full.signalbox.yaml") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(result.out.contains(u"valid workspace 'Full example: every feature'"_s));
        QVERIFY(result.out.contains(u"Providers (4):"_s));
        QVERIFY(result.out.contains(u"Models (5):"_s));
        QVERIFY(result.out.contains(u"Categories (4; cases: 11):"_s));
        QVERIFY(result.out.contains(QRegularExpression(u"summarisation +cases: 3 .*from cases/summaries.csv"_s)));
        QVERIFY(result.out.contains(
            QRegularExpression(u"ticket-classification +gpt-4o-mini -> gemini-flash +\\(cheapest-passing\\)"_s)));
        QVERIFY(result.out.contains(QRegularExpression(u"\\(default\\) +gpt-4o-mini -> claude-haiku"_s)));
        QVERIFY(!result.out.contains(u"OPENAI_API_KEY="_s));
    }

    void validateBadWorkspace()
    {
        const QString path = QFINDTESTDATA("data/bad/broken.signalbox.yaml");
        const Result result = run({ u"validate"_s, path });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 8, qPrintable(result.err));
        const QRegularExpression located(u"^.+:\\d+:\\d+: .+$"_s);
        for (const QString& line : lines)
            QVERIFY2(located.match(line).hasMatch(), qPrintable(line));
        QVERIFY(result.err.contains(path + u":5:11: kind: unknown provider kind 'openai'"_s));
        QVERIFY(
            result.err.contains(path + u":15:5: unknown key 'treshold' in a category (did you mean 'threshold'?)"_s));
        QVERIFY(result.err.contains(u"cases/rows.csv:3:1: this row has 2 fields; the header row has 3"_s));
        QVERIFY(!result.err.contains(u"sk-not-a-real-key"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << u"Commands:"_s;
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << u"unknown command 'frobnicate'"_s;
        QTest::newRow("unknown option") << QStringList { u"--colour"_s } << u"Unknown option 'colour'"_s;
        QTest::newRow("validate without file")
            << QStringList { u"validate"_s } << u"expected the path of a workspace file"_s;
        QTest::newRow("validate two files")
            << QStringList { u"validate"_s, u"a"_s, u"b"_s } << u"expected one workspace file"_s;
        QTest::newRow("validate unknown option")
            << QStringList { u"validate"_s, u"--fast"_s, u"a"_s } << u"Unknown option 'fast'"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void helpAndVersion()
    {
        const Result help = run({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(u"Usage: signalbox-cli [options] <command>"_s));
        QVERIFY(help.out.contains(QRegularExpression(u"\\n  validate +Check a workspace file"_s)));

        const Result validateHelp = run({ u"validate"_s, u"--help"_s });
        QCOMPARE(validateHelp.exitCode, 0);
        QVERIFY(validateHelp.out.startsWith(u"Usage: signalbox-cli validate [options] <workspace>"_s));

        const Result version = run({ u"--version"_s });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), u"signalbox-cli " SIGNALBOX_VERSION ""_s);
    }

    void missingFileIsAFailureNotAUsageError()
    {
        const Result result = run({ u"validate"_s, u"/nonexistent/x.signalbox.yaml"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(
                     u"/nonexistent/x.signalbox.yaml: cannot read the workspace file: it does not exist"_s),
                 qPrintable(result.err));
    }

    // Many problems: a screenful, then how many more. A control character in a name is shown
    // escaped, never sent raw to the terminal.
    void validatePrintsAScreenfulEscaped()
    {
        QByteArray text = "version: 1\nname: \"bell\\a\"\nmodels:\n";
        for (int i = 0; i < 50; ++i)
            text += "  - {id: m" + QByteArray::number(i) + ", provider: nowhere}\n";
        const Result result = run({ u"validate"_s, writeWorkspace(text) });
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 21);
        QVERIFY2(lines.last().contains(u"... and 31 more"_s), qPrintable(lines.last()));
        QVERIFY(!result.err.contains(QChar(7)));
        QVERIFY2(result.err.contains(u"name: holds the control character U+0007"_s), qPrintable(result.err));
    }

    void validateWarnsAboutAFieldCheckThatCannotPass()
    {
        const QByteArray text = "version: 1\nname: W\ncategories:\n  - name: c\n    scorers:\n"
                                "      - {type: json-field-equals, path: amount}\n    cases:\n"
                                "      - {id: a, input: x, expected: '{\"total\": 1}'}\n";
        const QString path = writeWorkspace(text);
        const Result result = run({ u"validate"_s, path });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(path + u":8:9: warning: category scorer 1 (json-field-equals): path: the expected "
                                            "output of case 'a' is JSON with nothing at amount"_s),
                 qPrintable(result.err));
        QVERIFY(result.out.contains(u"valid workspace 'W'"_s));
    }

private:
    QString writeWorkspace(const QByteArray& text)
    {
        const QString path = m_dir.filePath(u"w%1.signalbox.yaml"_s.arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return {};
        return path;
    }

    QTemporaryDir m_dir;
    int m_files = 0;

    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result run(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(SIGNALBOX_CLI_PATH), arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
