// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the native routing YAML back: an export imports to the very routing map it was made
// from, and each mistake in a hand-edited file is reported at its line and column.
#include "exporters/routingimport.h"
#include "exporttestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(RoutingMap)

namespace {
const QString file = u"routing.yaml"_s;

// A file with one route and the default, in the exporter's layout; lines 1-2 are the header.
QByteArray routingFile(const QByteArray& route)
{
    return "# hand-edited\nversion: 1\ndefault:\n  model: gpt-4.1-mini\n  fallbacks: [claude-haiku]\ncategories:\n"
        + route;
}
} // namespace

class tst_RoutingImport : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<RoutingMap>("routing");
        const Workspace sample = sampleWorkspace();
        QTest::newRow("sample") << sample.routing;
        QTest::newRow("rollout") << sampleWorkspaceWithRollout().routing;
        QTest::newRow("cascade") << sampleWorkspaceWithCascade().routing;
        QTest::newRow("schema cascade") << sampleWorkspaceWithSchemaCascade().routing;
        RoutingMap odd = sample.routing;
        odd.defaultChain.clear();
        odd.routes[0].evidence->accuracy = 2.0 / 3.0; // no short decimal
        odd.routes[0].evidence->accuracyLow = 0.1 + 0.2;
        odd.routes[0].evidence->costPer1k = 1.5e-9;
        odd.routes[0].evidence->date = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        odd.routes[1].evidence->runId.clear();
        odd.routes[1].evidence->date = QDateTime();
        odd.routes[2].chain.clear(); // nothing meets the bar
        odd.routes[2].evidence.reset();
        std::swap(odd.routes[0], odd.routes[4]); // the map's order, not the workspace's
        QTest::newRow("odd values") << odd;
        RoutingMap batched = sample.routing; // answered through a batch API: no latency measured
        batched.routes[0].evidence->latencyP95Ms.reset();
        batched.routes[0].evidence->runnerUp->latencyP95Ms.reset();
        batched.routes[1].evidence->latencyP95Ms.reset();
        QTest::newRow("unmeasured latency") << batched;
        QTest::newRow("empty") << RoutingMap {};
    }

    void roundTrip()
    {
        QFETCH(RoutingMap, routing);
        Workspace workspace = sampleWorkspace();
        QVERIFY(!workspace.name.isEmpty());
        workspace.routing = routing;
        const QString text = exportRouting(workspace, ExportFormat::Native, fixedOptions());
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text.toUtf8()) > 0);
        out.close();
        const RoutingImport imported = importNativeRouting(path, workspace);
        QVERIFY2(imported.ok(), qPrintable(formatErrors(imported.errors)));
        QCOMPARE(imported.routing.defaultChain, routing.defaultChain);
        QCOMPARE(imported.routing.routes.size(), routing.routes.size());
        for (qsizetype i = 0; i < routing.routes.size(); ++i)
            QVERIFY2(imported.routing.routes.at(i) == routing.routes.at(i), qPrintable(routing.routes.at(i).category));
        QVERIFY(imported.routing == routing);
    }

    void dispatcherRoundTrip_data()
    {
        QTest::addColumn<std::optional<DispatcherSpec>>("dispatcher");
        const Workspace sample = sampleWorkspace();
        QVERIFY(sample.dispatcher && sample.dispatcher->classifier && !sample.dispatcher->rules.isEmpty());
        QTest::newRow("sample") << sample.dispatcher;
        DispatcherSpec odd = *sample.dispatcher;
        odd.classifier->prompt = u"Answer with: a 'category'\nand nothing else: # not a comment"_s;
        odd.rules[0].any = { u"a, b"_s, u"#hash"_s, u"yes"_s, u"'quoted'"_s };
        odd.rules[0].minChars = 0;
        odd.rules[0].regex = u"it's \\d+ [\"x\"]"_s;
        odd.fallback = u"sentiment"_s;
        odd.sample.clear(); // a workspace's own file: not exported
        QTest::newRow("odd values") << std::optional<DispatcherSpec>(odd);
        DispatcherSpec rulesOnly;
        rulesOnly.rules = { DispatchRule { u"sentiment"_s, {}, {}, {}, 5 } };
        QTest::newRow("rules only") << std::optional<DispatcherSpec>(rulesOnly);
        QTest::newRow("none") << std::optional<DispatcherSpec>();
    }

    void dispatcherRoundTrip()
    {
        QFETCH(std::optional<DispatcherSpec>, dispatcher);
        Workspace workspace = sampleWorkspace();
        workspace.dispatcher = dispatcher;
        const QString text = exportRouting(workspace, ExportFormat::Native, fixedOptions());
        const RoutingImport imported = parseNativeRouting(text.toUtf8(), file, workspace);
        QVERIFY2(imported.ok(), qPrintable(formatErrors(imported.errors) + u'\n' + text));
        QCOMPARE(imported.dispatcher, dispatcher);
        QCOMPARE(imported.routing, workspace.routing);
    }

    void dispatcherErrorsAreLocated()
    {
        const Workspace workspace = sampleWorkspace();
        const QByteArray text = "version: 1\ncategories: {}\ndispatcher:\n  rules:\n    - category: sentimnt\n"
                                "      any: [great]\n  classifier: {model: gpt-5}\n";
        const RoutingImport imported = parseNativeRouting(text, file, workspace);
        QCOMPARE(imported.errors.size(), 2);
        QCOMPARE(imported.errors.at(0).line, 5);
        QVERIFY(imported.errors.at(0).message.contains(u"(did you mean 'sentiment'?)"_s));
        QCOMPARE(imported.errors.at(1).line, 7);
        QVERIFY(imported.errors.at(1).message.contains(u"classifier model 'gpt-5'"_s));
        QVERIFY(!imported.dispatcher);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown category")
            << routingFile("  sentimen:\n    model: gpt-4o-mini\n    target: manual\n") << 7 << 3
            << u"category 'sentimen' is not defined in this workspace (did you mean 'sentiment'?)"_s;
        QTest::newRow("unknown model")
            << routingFile("  sentiment:\n    model: gpt-4o-mni\n    target: manual\n") << 8 << 12
            << u"model 'gpt-4o-mni' is not defined in this workspace (did you mean 'gpt-4o-mini'?)"_s;
        QTest::newRow("unknown fallback")
            << routingFile(
                   "  sentiment:\n    model: gpt-4o-mini\n    fallbacks: [gpt-4.1, mistral]\n    target: manual\n")
            << 9 << 26 << u"model 'mistral' is not defined in this workspace; expected one of"_s;
        QTest::newRow("wrong provider")
            << routingFile("  sentiment:\n    model: gpt-4o-mini\n    provider: groq\n    target: manual\n") << 9 << 15
            << u"provider: model 'gpt-4o-mini' is served by 'openai' in this workspace, not 'groq'"_s;
        QTest::newRow("unknown rule") << routingFile("  sentiment:\n    model: gpt-4o-mini\n    target: cheapest\n")
                                      << 9 << 13 << u"target: unknown rule 'cheapest'"_s;
        QTest::newRow("missing target") << routingFile("  sentiment:\n    model: gpt-4o-mini\n") << 8 << 5
                                        << u"is missing the required key 'target'"_s;
        QTest::newRow("unknown key") << routingFile("  sentiment:\n    modle: gpt-4o-mini\n    target: manual\n") << 8
                                     << 5
                                     << u"unknown key 'modle' in the route of 'sentiment' (did you mean 'model'?)"_s;
        QTest::newRow("bad interval") << routingFile(
            "  sentiment:\n    model: gpt-4o-mini\n    target: manual\n    evidence:\n"
            "      interval: [0.9, 0.8]\n")
                                      << 11 << 17 << u"interval: expected [low, high] with 0 <= low <= high <= 1"_s;
        QTest::newRow("bad accuracy") << routingFile(
            "  sentiment:\n    model: gpt-4o-mini\n    target: manual\n    evidence:\n"
            "      accuracy: high\n") << 11
                                      << 17 << u"accuracy"_s;
        QTest::newRow("too many fallbacks")
            << routingFile("  sentiment:\n    model: gpt-4o-mini\n    fallbacks: [gpt-4.1, claude-haiku, "
                           "gemini-flash, gemini-flash-lite]\n    target: manual\n")
            << 9 << 16 << u"fallbacks: a route has up to 3 fallbacks; found 4"_s;
        QTest::newRow("routed twice") << routingFile(
            "  sentiment:\n    target: manual\n  sentiment:\n    target: manual\n")
                                      << 9 << 3 << u"category 'sentiment' is routed twice"_s;
        QTest::newRow("newer version") << QByteArray("version: 2\ncategories: {}\n") << 1 << 10
                                       << u"version 2 is not one this Signalbox reads; expected 'version: 1'"_s;
        QTest::newRow("no version") << QByteArray("categories: {}\n") << 1 << 1
                                    << u"is missing the required key 'version'"_s;
        QTest::newRow("syntax") << routingFile("  sentiment: [\n") << 8 << 1 << u"YAML syntax error"_s;
        // The loader's guards hold for an imported routing file too.
        QTest::newRow("10,000 nested [") << QByteArray("version: 1\ncategories: ").append(QByteArray(10000, '['))
                                         << 2 << 76 << u"nesting deeper than 64 levels"_s;
        QTest::newRow("NUL byte") << QByteArray("version: 1\0\n", 12) << 1 << 11 << u"NUL byte"_s;
        QTest::newRow("alias that contains itself") << QByteArray("version: 1\ncategories: &a [*a]\n") << 2 << 13
                                                    << u"does an alias refer to a node that contains it?"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const RoutingImport imported = parseNativeRouting(text, file, sampleWorkspace());
        QVERIFY(!imported.ok());
        QVERIFY(imported.routing.isEmpty());
        const FileError& error = imported.errors.constFirst();
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(error.file, file);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }

    void missingFileSaysSo()
    {
        const RoutingImport imported = importNativeRouting(u"/nonexistent/routing.yaml"_s, sampleWorkspace());
        QCOMPARE(imported.errors.size(), 1);
        QCOMPARE(imported.errors.constFirst().file, u"/nonexistent/routing.yaml"_s);
        QVERIFY(imported.errors.constFirst().message.startsWith(u"cannot read this file"_s));
    }
};

QTEST_GUILESS_MAIN(tst_RoutingImport)
#include "tst_routingimport.moc"
