// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatcher section of a workspace file: read, written back, and its located errors.
#include "workspacefile/workspacereader.h"
#include "workspacefile/workspacewriter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// Lines 1-13: two categories and two models; the dispatcher starts on line 14.
const QByteArray base = "version: 1\nname: Test\n"
                        "providers:\n  - name: openai\n    kind: openai-compatible\n"
                        "models:\n  - id: nano\n    provider: openai\n  - id: mini\n    provider: openai\n"
                        "categories:\n  - name: billing\n  - name: sentiment\n";

QByteArray withDispatcher(const QByteArray& section)
{
    return base + "dispatcher:\n" + section;
}
} // namespace

class TestDispatcherFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryKey()
    {
        const WorkspaceLoad load = parseWorkspace(withDispatcher("  rules:\n"
                                                                 "    - category: billing\n"
                                                                 "      any: [refund, Invoice]\n"
                                                                 "      regex: '(?i)\\border\\s+#?\\d+'\n"
                                                                 "      min_chars: 5\n"
                                                                 "      max_chars: 4000\n"
                                                                 "    - category: default\n"
                                                                 "      min_chars: 5000\n"
                                                                 "  classifier:\n"
                                                                 "    model: nano\n"
                                                                 "    prompt: Name the category.\n"
                                                                 "  default: sentiment\n"
                                                                 "  sample: traffic.jsonl\n"),
                                                  u"ws.signalbox.yaml"_s);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        QVERIFY(load.workspace.dispatcher.has_value());
        const DispatcherSpec& spec = *load.workspace.dispatcher;
        QCOMPARE(spec.rules.size(), 2);
        const DispatchRule& first = spec.rules.at(0);
        QCOMPARE(first.category, u"billing"_s);
        QCOMPARE(first.any, (QStringList { u"refund"_s, u"Invoice"_s }));
        QCOMPARE(first.regex, u"(?i)\\border\\s+#?\\d+"_s);
        QCOMPARE(first.minChars, std::optional<int>(5));
        QCOMPARE(first.maxChars, std::optional<int>(4000));
        QCOMPARE(spec.rules.at(1).category, u"default"_s);
        QVERIFY(!spec.rules.at(1).maxChars);
        QCOMPARE(spec.classifier->model, u"nano"_s);
        QCOMPARE(spec.classifier->prompt, u"Name the category."_s);
        QCOMPARE(spec.fallback, u"sentiment"_s);
        QCOMPARE(spec.sample, u"traffic.jsonl"_s);

        // Written and read back unchanged.
        const QByteArray written = workspaceToYaml(load.workspace);
        const WorkspaceLoad again = parseWorkspace(written, u"ws.signalbox.yaml"_s);
        QVERIFY2(again.ok(), qPrintable(formatErrors(again.errors) + QString::fromUtf8(written)));
        QCOMPARE(again.workspace.dispatcher, load.workspace.dispatcher);
    }

    void absentAndMinimal()
    {
        QVERIFY(!parseWorkspace(base, u"ws.signalbox.yaml"_s).workspace.dispatcher);
        QVERIFY(!workspaceToYaml(parseWorkspace(base, u"ws.signalbox.yaml"_s).workspace).contains("dispatcher"));
        const WorkspaceLoad load = parseWorkspace(withDispatcher("  classifier: {model: mini}\n"), u"w"_s);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        QCOMPARE(load.workspace.dispatcher->fallback, u"default"_s);
        QVERIFY(load.workspace.dispatcher->rules.isEmpty());
        QVERIFY(load.workspace.dispatcher->classifier->prompt.isEmpty());
    }

    void locatedErrors_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown category, typo") << QByteArray("  rules:\n    - category: biling\n      any: [x]\n") << 16
                                                << 17 << u"category 'biling' is not defined in this workspace (did you mean 'billing'?)"_s;
        QTest::newRow("unknown category") << QByteArray("  rules:\n    - category: shipping\n      any: [x]\n") << 16
                                          << 17 << u"expected one of 'default', 'billing' or 'sentiment'"_s;
        QTest::newRow("bad regex at its character")
            << QByteArray("  rules:\n    - category: billing\n      regex: 'order (\\d+'\n") << 17 << 25
            << u"regex: not a valid regular expression: missing closing parenthesis at character 11"_s;
        QTest::newRow("classifier model") << QByteArray("  classifier:\n    model: nanoo\n") << 16 << 12
                                          << u"classifier model 'nanoo' is not defined in this workspace (did you mean 'nano'?)"_s;
        QTest::newRow("classifier without model") << QByteArray("  classifier:\n    prompt: hi\n") << 16 << 5
                                                  << u"is missing the required key 'model'"_s;
        QTest::newRow("bounds reversed")
            << QByteArray("  rules:\n    - category: billing\n      min_chars: 50\n      max_chars: 10\n") << 18 << 18
            << u"max_chars: 10 is less than min_chars (50)"_s;
        QTest::newRow("negative bound") << QByteArray("  rules:\n    - category: billing\n      min_chars: -1\n")
                                        << 17 << 18 << u"min_chars: expected a whole number of at least 0"_s;
        QTest::newRow("no condition") << QByteArray("  rules:\n    - category: billing\n") << 16 << 7
                                      << u"needs at least one condition"_s;
        QTest::newRow("empty keyword") << QByteArray("  rules:\n    - category: billing\n      any: [refund, '']\n")
                                       << 17 << 12 << u"an empty keyword would match every request"_s;
        QTest::newRow("unknown key") << QByteArray("  rules:\n    - category: billing\n      keywords: [x]\n") << 17
                                     << 7 << u"unknown key 'keywords'"_s;
        QTest::newRow("default unknown") << QByteArray("  default: sentimental\n") << 15 << 12
                                         << u"(did you mean 'sentiment'?)"_s;
    }

    void locatedErrors()
    {
        QFETCH(QByteArray, section);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const WorkspaceLoad load = parseWorkspace(withDispatcher(section), u"ws.signalbox.yaml"_s);
        QVERIFY(!load.ok());
        const FileError& error = load.errors.constFirst();
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(error.file, u"ws.signalbox.yaml"_s);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }
};

QTEST_GUILESS_MAIN(TestDispatcherFile)
#include "tst_dispatcherfile.moc"
