// SPDX-License-Identifier: GPL-3.0-or-later
// The three export formats of the bundled sample workspace against golden files, the format
// names, and that no key ever reaches an export.
#include "exporters/routerationale.h"
#include "exporttestdata.h"
#include "goldenfile.h"

#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ExportFormat)

class tst_RoutingExport : public QObject
{
    Q_OBJECT

private slots:
    void formatNames()
    {
        QCOMPARE(exportFormats().size(), 3);
        for (const ExportFormat format : exportFormats()) {
            QCOMPARE(exportFormatFromKey(exportFormatKey(format)), format);
            QVERIFY(!exportFormatDisplayName(format).isEmpty());
        }
        QCOMPARE(exportFormatKey(ExportFormat::LiteLlm), u"litellm"_s);
        QCOMPARE(defaultExportFileName(ExportFormat::Native), u"routing.yaml"_s);
        QCOMPARE(defaultExportFileName(ExportFormat::LiteLlm), u"litellm-config.yaml"_s);
        QCOMPARE(defaultExportFileName(ExportFormat::Portkey), u"portkey-config.json"_s);
        QCOMPARE(exportSyntaxName(ExportFormat::Native), u"YAML"_s);
        QCOMPARE(exportSyntaxName(ExportFormat::Portkey), u"JSON"_s);
        QCOMPARE(exportFormatFromKey(u"yaml"_s), std::nullopt);
    }

    void golden_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("golden");
        QTest::addColumn<int>("variant"); // see sampleWorkspaceVariant()
        QTest::newRow("native") << ExportFormat::Native << u"support-desk.routing.yaml"_s << 0;
        QTest::newRow("litellm") << ExportFormat::LiteLlm << u"support-desk.litellm-config.yaml"_s << 0;
        QTest::newRow("portkey") << ExportFormat::Portkey << u"support-desk.portkey-config.json"_s << 0;
        // A route at the 25% stage of a rollout: the old and the new primary by weight.
        QTest::newRow("native, rollout") << ExportFormat::Native << u"rollout.routing.yaml"_s << 1;
        QTest::newRow("litellm, rollout") << ExportFormat::LiteLlm << u"rollout.litellm-config.yaml"_s << 1;
        QTest::newRow("portkey, rollout") << ExportFormat::Portkey << u"rollout.portkey-config.json"_s << 1;
        // A cascade: Portkey denies a failing answer (446) and falls back; LiteLLM says it cannot.
        QTest::newRow("native, cascade") << ExportFormat::Native << u"cascade.routing.yaml"_s << 2;
        QTest::newRow("litellm, cascade") << ExportFormat::LiteLlm << u"cascade.litellm-config.yaml"_s << 2;
        QTest::newRow("portkey, cascade") << ExportFormat::Portkey << u"cascade.portkey-config.json"_s << 2;
        // A cascade whose check is a JSON schema: Portkey's jsonSchema guardrail carries it.
        QTest::newRow("native, schema cascade") << ExportFormat::Native << u"schema-cascade.routing.yaml"_s << 3;
        QTest::newRow("litellm, schema cascade")
            << ExportFormat::LiteLlm << u"schema-cascade.litellm-config.yaml"_s << 3;
        QTest::newRow("portkey, schema cascade")
            << ExportFormat::Portkey << u"schema-cascade.portkey-config.json"_s << 3;
    }

    void golden()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QString, golden);
        QFETCH(int, variant);
        const Workspace workspace = sampleWorkspaceVariant(variant);
        QVERIFY(!workspace.name.isEmpty());
        const QString path = QFINDTESTDATA("data/") + golden;
        const QString mismatch = goldenMismatch(exportWithoutVersion(workspace, format).toUtf8(), path);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // Portkey's JSON has no comments: its reasons are a companion text file.
    void portkeyReasonsGolden_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("golden");
        QTest::newRow("sample") << 0 << u"support-desk.portkey-config.rationale.txt"_s;
        QTest::newRow("rollout") << 1 << u"rollout.portkey-config.rationale.txt"_s;
        QTest::newRow("cascade") << 2 << u"cascade.portkey-config.rationale.txt"_s;
        QTest::newRow("schema cascade") << 3 << u"schema-cascade.portkey-config.rationale.txt"_s;
    }

    void portkeyReasonsGolden()
    {
        QFETCH(int, variant);
        QFETCH(QString, golden);
        const Workspace workspace = sampleWorkspaceVariant(variant);
        const QString text = exportRationale(workspace, ExportFormat::Portkey, fixedOptions())
                                 .replace(u"Signalbox " SIGNALBOX_VERSION ""_s, u"Signalbox <version>"_s);
        const QString path = QFINDTESTDATA("data/") + golden;
        const QString mismatch = goldenMismatch(text.toUtf8(), path);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY(exportRationale(workspace, ExportFormat::Native, fixedOptions()).isEmpty());
        QVERIFY(exportRationale(workspace, ExportFormat::LiteLlm, fixedOptions()).isEmpty());
        QCOMPARE(rationaleFileName(u"/srv/gw/portkey-config.json"_s), u"/srv/gw/portkey-config.rationale.txt"_s);
        QCOMPARE(rationaleFileName(u"portkey-config.json"_s), u"portkey-config.rationale.txt"_s);
    }

    // Each route's paragraph: the figures of the route's evidence, in words, in every YAML export.
    void reasonsNameTheEvidence_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("native") << ExportFormat::Native;
        QTest::newRow("litellm") << ExportFormat::LiteLlm;
    }

    void reasonsNameTheEvidence()
    {
        QFETCH(ExportFormat, format);
        // The comment lines joined again into sentences.
        QString text = exportRouting(sampleWorkspace(), format, fixedOptions());
        text = text.replace(QRegularExpression(u"\\n *# "_s), u" "_s).simplified();
        for (const QString& expected :
             { u"ticket-classification: Route an incoming ticket to one of six support queues."_s,
               u"chosen as the cheapest model that meets the 90% bar."_s,
               u"37 of 40 cases passed (92.5%, 95% interval 79.6-97.4%), 68% likely to meet the bar;"_s,
               u"$0.0412 per 1,000 requests; p95 latency 420 ms."_s,
               u"Runner-up: gpt-4o-mini, 95.0% (95% interval 83.1-98.6%), 86% likely to meet the bar, $0.12"_s,
               u"Run 2026-11-20T10-14-03 of 2026-11-20."_s, u"or from 2026-12-20 (evidence older than 30 days)."_s,
               u"summarisation: Summarise a support thread"_s,
               u"No benchmark evidence is recorded for this route."_s }) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
    }

    // Evidence from batch answers has no latency: the paragraph says so and gives no "p95 0 ms".
    void unmeasuredLatencyIsLeftOut_data() { reasonsNameTheEvidence_data(); }

    void unmeasuredLatencyIsLeftOut()
    {
        QFETCH(ExportFormat, format);
        Workspace workspace = sampleWorkspace();
        QVERIFY(!workspace.name.isEmpty());
        workspace.routing.routes[0].evidence->latencyP95Ms.reset();
        workspace.routing.routes[0].evidence->runnerUp->latencyP95Ms.reset();
        QString text = exportRouting(workspace, format, fixedOptions());
        const QString yaml = text;
        text = text.replace(QRegularExpression(u"\\n *# "_s), u" "_s).simplified();
        QVERIFY2(text.contains(u"$0.0412 per 1,000 requests; latency not measured (batch answers)."_s), qPrintable(text));
        QVERIFY(!text.contains(u"p95 latency 0 ms"_s));
        QVERIFY(text.contains(u"p95 latency 206 ms"_s)); // sentiment's, still measured
        if (format == ExportFormat::Native) { // the key is left out, not written as 0
            const qsizetype route = yaml.indexOf(u"ticket-classification:"_s);
            const qsizetype next = yaml.indexOf(u"sentiment:"_s, route);
            QVERIFY(route >= 0 && next > route);
            QVERIFY(!yaml.mid(route, next - route).contains(u"latency_p95_ms"_s));
        }
    }

    void usdAndPercentAreEnglish_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << u"$0"_s;
        QTest::newRow("cents") << 12.5 << u"$12.50"_s;
        QTest::newRow("small") << 0.0412 << u"$0.0412"_s;
        QTest::newRow("tiny") << 0.0091 << u"$0.0091"_s;
        QTest::newRow("round") << 0.1276 << u"$0.128"_s;
    }

    void usdAndPercentAreEnglish()
    {
        QFETCH(double, usd);
        QFETCH(QString, text);
        QCOMPARE(englishUsd(usd), text);
    }

    void headerNamesVersionDateAndRun()
    {
        const QString text = exportRouting(sampleWorkspace(), ExportFormat::Native, fixedOptions());
        QVERIFY(text.startsWith(u"# "_s));
        QVERIFY(text.contains(u"# Generated by Signalbox " SIGNALBOX_VERSION " on 2026-11-23T12:00:00Z\n"_s));
        QVERIFY(text.contains(u"# Run: 2026-11-20T10-14-03\n"_s)); // the newest evidence, none named
        const QString named = exportRouting(sampleWorkspace(), ExportFormat::LiteLlm,
                                            ExportOptions { fixedOptions().generatedAt, u"run-42"_s });
        QVERIFY(named.contains(u"# Run: run-42\n"_s));
    }

    // A deployed file must not change with the interface language: the same map exported under the
    // German translation is the same text, comments included.
    void englishWhateverTheInterfaceLanguage_data()
    {
        QTest::addColumn<ExportFormat>("format");
        for (const ExportFormat format : exportFormats())
            QTest::newRow(qPrintable(exportFormatKey(format))) << format;
    }

    void englishWhateverTheInterfaceLanguage()
    {
        QFETCH(ExportFormat, format);
        const Workspace workspace = sampleWorkspace();
        const QString english = exportRouting(workspace, format, fixedOptions());
        const QString englishReasons = exportRationale(workspace, format, fixedOptions());
        QTranslator german;
        QVERIFY2(german.load(QStringLiteral(SIGNALBOX_GERMAN_QM)), SIGNALBOX_GERMAN_QM);
        QVERIFY(QCoreApplication::installTranslator(&german));
        // The translation is active: the format's display name is German now.
        QCOMPARE(exportFormatDisplayName(ExportFormat::Native), u"Signalbox-Routing-YAML"_s);
        const QString translated = exportRouting(workspace, format, fixedOptions());
        const QString translatedReasons = exportRationale(workspace, format, fixedOptions());
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(translated, english);
        QCOMPARE(translatedReasons, englishReasons);
        QVERIFY(QString(english + englishReasons).contains(u"# Generated by Signalbox"_s));
    }

    // A key held in an environment variable is referenced by the variable's name, never copied.
    void keysNeverReachAnExport_data()
    {
        QTest::addColumn<ExportFormat>("format");
        for (const ExportFormat format : exportFormats())
            QTest::newRow(qPrintable(exportFormatKey(format))) << format;
    }

    void keysNeverReachAnExport()
    {
        QFETCH(ExportFormat, format);
        const QByteArray secret = "sk-signalbox-export-test-0123456789abcdef";
        qputenv("SIGNALBOX_EXPORT_TEST_KEY", secret);
        Workspace workspace = sampleWorkspace();
        for (Provider& provider : workspace.providers)
            provider.key = KeyReference { KeyReference::Store::Environment, u"SIGNALBOX_EXPORT_TEST_KEY"_s };
        const QString text = exportRouting(workspace, format, fixedOptions());
        qunsetenv("SIGNALBOX_EXPORT_TEST_KEY");
        QVERIFY(text.contains(u"SIGNALBOX_EXPORT_TEST_KEY"_s) != (format == ExportFormat::Native));
        QVERIFY(!text.contains(QString::fromLatin1(secret)));
        QVERIFY(!text.contains(u"sk-"_s));
    }

    // A key kept in the keyring has no variable: the gateway configs name one to set.
    void keyringKeyGetsAVariableToSet()
    {
        Workspace workspace = sampleWorkspace();
        workspace.providers[0].key = KeyReference { KeyReference::Store::Keyring, u"openai"_s };
        workspace.providers[0].name = u"open-ai.eu"_s;
        for (ModelSpec& model : workspace.models) {
            if (model.provider == u"openai"_s)
                model.provider = u"open-ai.eu"_s;
        }
        const QString liteLlm = exportRouting(workspace, ExportFormat::LiteLlm, fixedOptions());
        QVERIFY2(liteLlm.contains(u"api_key: os.environ/OPEN_AI_EU_API_KEY  # set OPEN_AI_EU_API_KEY: Signalbox "
                                  "keeps this key in the keyring\n"_s),
                 qPrintable(liteLlm));
        const QString portkey = exportRouting(workspace, ExportFormat::Portkey, fixedOptions());
        QVERIFY(portkey.contains(u"\"api_key\": \"${OPEN_AI_EU_API_KEY}\""_s));
    }

    void emptyMapExportsOnlyTheHeaderAndFrame()
    {
        Workspace workspace = sampleWorkspace();
        workspace.routing = {};
        const QString native = exportRouting(workspace, ExportFormat::Native, fixedOptions());
        QVERIFY2(native.contains(u"version: 1\ncategories: {}\n"_s), qPrintable(native));
        QVERIFY(native.contains(u"# Run: none"_s));
        const QString liteLlm = exportRouting(workspace, ExportFormat::LiteLlm, fixedOptions());
        QVERIFY2(liteLlm.contains(u"model_list: []\n"_s), qPrintable(liteLlm));
        QVERIFY(liteLlm.contains(u"  fallbacks: []\n"_s));
    }
};

QTEST_GUILESS_MAIN(tst_RoutingExport)
#include "tst_routingexport.moc"
