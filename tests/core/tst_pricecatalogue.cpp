// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/pricecatalogue.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray validCatalogue = R"(version: 1
checked: 2026-11-23
providers:
  - name: openai
    kind: openai-compatible
    base_url: https://api.openai.com/v1
    api_key_env: OPENAI_API_KEY
  - name: groq
    display_name: Groq
    kind: openai-compatible
    base_url: https://api.groq.com/openai/v1
    api_key_env: GROQ_API_KEY
  - name: local
    kind: ollama
models:
  - provider: openai
    model: gpt-4o-mini
    display_name: GPT-4o mini
    price: { input: 0.15, output: 0.60, cached_input: 0.075 }
    context_window: 128000
  - provider: groq
    model: gpt-4o-mini
    price: { input: 0.2, output: 0.7 }
  - provider: local
    model: llama3.1:8b
    price: { input: 0, output: 0 }
)";

}

class TestPriceCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEntriesAndProviders()
    {
        const CatalogueLoad load = parsePriceCatalogue(validCatalogue, u"prices.yaml"_s);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        const PriceCatalogue& catalogue = load.catalogue;
        QCOMPARE(catalogue.checked(), u"2026-11-23"_s);
        QCOMPARE(catalogue.providers().size(), 3);
        QCOMPARE(catalogue.entries().size(), 3);

        const CatalogueEntry& mini = catalogue.entries().first();
        QCOMPARE(mini.kind, ProviderKind::OpenAiCompatible);
        QCOMPARE(mini.displayName, u"GPT-4o mini"_s);
        QCOMPARE(mini.price, (Price { 0.15, 0.60, 0.075, std::nullopt }));
        QCOMPARE(mini.contextWindow, 128000);

        const auto local = catalogue.provider(u"local"_s);
        QVERIFY(local.has_value());
        QCOMPARE(local->baseUrl, defaultBaseUrl(ProviderKind::Ollama));
        QCOMPARE(local->displayName, u"local"_s);
        QCOMPARE(catalogue.entriesOf(u"local"_s).size(), 1);
        QCOMPARE(catalogue.entries().last().displayName, u"llama3.1:8b"_s);
    }

    void find_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("expectedProvider"); // empty: not found

        const auto openAi = ProviderKind::OpenAiCompatible;
        QTest::newRow("no host given") << openAi << u"gpt-4o-mini"_s << QString() << u"openai"_s;
        QTest::newRow("openai host") << openAi << u"gpt-4o-mini"_s << u"https://api.openai.com/v1"_s << u"openai"_s;
        QTest::newRow("groq host") << openAi << u"gpt-4o-mini"_s << u"https://API.groq.com/openai/v1/"_s << u"groq"_s;
        QTest::newRow("dated snapshot") << openAi << u"gpt-4o-mini-2024-07-18"_s << QString() << u"openai"_s;
        QTest::newRow("compact date") << openAi << u"gpt-4o-mini-20240718"_s << QString() << u"openai"_s;
        QTest::newRow("unknown host") << openAi << u"gpt-4o-mini"_s << u"http://localhost:8000/v1"_s << QString();
        QTest::newRow("unknown model") << openAi << u"gpt-4o-maxi"_s << QString() << QString();
        QTest::newRow("wrong kind") << ProviderKind::Anthropic << u"gpt-4o-mini"_s << QString() << QString();
        QTest::newRow("ollama anywhere") << ProviderKind::Ollama << u"llama3.1:8b"_s << u"http://gpu-box:11434"_s
                                         << u"local"_s;
    }

    void find()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(QString, model);
        QFETCH(QString, baseUrl);
        QFETCH(QString, expectedProvider);

        const CatalogueLoad load = parsePriceCatalogue(validCatalogue, u"prices.yaml"_s);
        QVERIFY(load.ok());
        const auto entry = load.catalogue.find(kind, model, baseUrl);
        QCOMPARE(entry.has_value(), !expectedProvider.isEmpty());
        if (entry)
            QCOMPARE(entry->provider, expectedProvider);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");

        const QByteArray head = "version: 1\nchecked: 2026-11-23\nproviders:\n  - name: openai\n"
                                "    kind: openai-compatible\nmodels:\n";
        QTest::newRow("not yaml") << QByteArray("version: 1\nproviders: [a, b\n") << 3 << 1 << u"Not valid YAML"_s;
        QTest::newRow("empty") << QByteArray() << 0 << 0 << u"Expected a price catalogue"_s;
        QTest::newRow("not a mapping") << QByteArray("- 1\n- 2\n") << 0 << 0 << u"Expected a price catalogue"_s;
        QTest::newRow("version") << QByteArray("version: 2\nchecked: 2026-11-23\nproviders: []\nmodels: []\n") << 1
                                 << 10 << u"version \"2\""_s;
        QTest::newRow("date") << QByteArray("version: 1\nchecked: soon\nproviders: []\nmodels: []\n") << 2 << 10
                              << u"\"checked\""_s;
        QTest::newRow("unknown top key") << QByteArray("version: 1\nchecked: 2026-11-23\nprovider: []\nmodels: []\n")
                                         << 3 << 1 << u"Unknown key \"provider\""_s;
        QTest::newRow("unknown kind") << QByteArray("version: 1\nchecked: 2026-11-23\nproviders:\n  - name: x\n"
                                                    "    kind: openai\nmodels: []\n")
                                      << 5 << 11 << u"Unknown provider kind \"openai\""_s;
        QTest::newRow("unknown provider") << head
                + "  - provider: anthropic\n    model: claude\n"
                  "    price: { input: 1, output: 5 }\n"
                                          << 7 << 15 << u"Unknown provider \"anthropic\""_s;
        QTest::newRow("negative price") << head
                + "  - provider: openai\n    model: m\n"
                  "    price: { input: -1, output: 5 }\n"
                                        << 9 << 21 << u"\"input\" must be a price"_s;
        QTest::newRow("text price") << head
                + "  - provider: openai\n    model: m\n"
                  "    price: { input: 1, output: cheap }\n"
                                    << 9 << 32 << u"found \"cheap\""_s;
        QTest::newRow("missing price") << head + "  - provider: openai\n    model: m\n"
                                       << 7 << 5 << u"Missing required key \"price\""_s;
        QTest::newRow("missing output") << head + "  - provider: openai\n    model: m\n    price: { input: 1 }\n"
                                        << 9 << 12 << u"Missing required price \"output\""_s;
        QTest::newRow("typo in model") << head
                + "  - provider: openai\n    model: m\n"
                  "    price: { input: 1, output: 2 }\n    context: 8000\n"
                                       << 10 << 5 << u"Unknown key \"context\""_s;
        QTest::newRow("bad window") << head
                + "  - provider: openai\n    model: m\n"
                  "    price: { input: 1, output: 2 }\n    context_window: big\n"
                                    << 10 << 21 << u"context_window"_s;
        QTest::newRow("duplicate") << head
                + "  - provider: openai\n    model: m\n    price: { input: 1, output: 2 }\n"
                  "  - provider: openai\n    model: m\n    price: { input: 1, output: 2 }\n"
                                   << 11 << 12 << u"listed twice"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);

        const CatalogueLoad load = parsePriceCatalogue(text, u"broken.yaml"_s);
        QVERIFY(!load.ok());
        QVERIFY(load.catalogue.isEmpty());
        const FileError& error = load.errors.first();
        QVERIFY2(error.message.contains(fragment), qPrintable(error.toString()));
        QCOMPARE(error.file, u"broken.yaml"_s);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }

    void missingFileIsAnError()
    {
        const CatalogueLoad load = readPriceCatalogue(u"/nonexistent/prices.yaml"_s);
        QVERIFY(!load.ok());
        QCOMPARE(load.errors.first().file, u"/nonexistent/prices.yaml"_s);
    }

    void bundledCatalogueLoads()
    {
        const CatalogueLoad load = readPriceCatalogue(u":/catalogue/prices.yaml"_s);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        const PriceCatalogue& catalogue = PriceCatalogue::bundled();
        QVERIFY(catalogue.entries().size() >= 20);
        QCOMPARE(catalogue.entries(), load.catalogue.entries());

        QList<ProviderKind> kinds;
        for (const CatalogueEntry& entry : catalogue.entries()) {
            if (!kinds.contains(entry.kind))
                kinds.append(entry.kind);
            QVERIFY2(entry.price.output >= entry.price.input || entry.price.output == 0.0, qPrintable(entry.model));
            QVERIFY2(!entry.price.cachedInput || *entry.price.cachedInput < entry.price.input, qPrintable(entry.model));
            QVERIFY2(entry.contextWindow > 0, qPrintable(entry.model));
        }
        QCOMPARE(kinds.size(), 4);
        for (const CatalogueProvider& provider : catalogue.providers())
            QVERIFY2(!catalogue.entriesOf(provider.name).isEmpty(), qPrintable(provider.name));
    }

    void bundledKnowsWellKnownModels_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("input");
        QTest::addColumn<double>("output");

        QTest::newRow("gpt-4o-mini") << u"openai"_s << u"gpt-4o-mini"_s << 0.15 << 0.60;
        QTest::newRow("gpt-4.1") << u"openai"_s << u"gpt-4.1-2025-04-14"_s << 2.0 << 8.0;
        QTest::newRow("claude haiku") << u"anthropic"_s << u"claude-haiku-4-5-20251001"_s << 1.0 << 5.0;
        QTest::newRow("gemini flash-lite") << u"gemini"_s << u"models/gemini-2.5-flash-lite"_s << 0.10 << 0.40;
        QTest::newRow("groq llama") << u"groq"_s << u"llama-3.1-8b-instant"_s << 0.05 << 0.08;
        QTest::newRow("ollama") << u"ollama"_s << u"llama3.1:8b"_s << 0.0 << 0.0;
    }

    void bundledKnowsWellKnownModels()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(double, input);
        QFETCH(double, output);

        const PriceCatalogue& catalogue = PriceCatalogue::bundled();
        const auto host = catalogue.provider(provider);
        QVERIFY(host.has_value());
        const auto entry = catalogue.find(host->toProvider(), model);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->provider, provider);
        QCOMPARE(entry->price.input, input);
        QCOMPARE(entry->price.output, output);
    }

    void seedsModelSpecAndProvider()
    {
        const PriceCatalogue& catalogue = PriceCatalogue::bundled();
        const auto groq = catalogue.provider(u"groq"_s);
        QVERIFY(groq.has_value());
        const Provider provider = groq->toProvider();
        QCOMPARE(provider.kind, ProviderKind::OpenAiCompatible);
        QCOMPARE(provider.key, (KeyReference { KeyReference::Store::Environment, u"GROQ_API_KEY"_s }));
        QVERIFY(catalogue.provider(u"ollama"_s)->toProvider().key.isEmpty());

        const auto entry = catalogue.find(provider, u"llama-3.1-8b-instant"_s);
        QVERIFY(entry.has_value());
        const ModelSpec spec = modelSpecFromEntry(*entry, u"my-groq"_s);
        QCOMPARE(spec.id, u"llama-3.1-8b-instant"_s);
        QCOMPARE(spec.provider, u"my-groq"_s);
        QCOMPARE(spec.model, entry->model);
        QCOMPARE(spec.displayName, entry->displayName);
        QCOMPARE(spec.price, entry->price);
        QCOMPARE(spec.contextWindow, 131072);
        QVERIFY(!spec.simulation.has_value());
        QCOMPARE(modelSpecFromEntry(*entry, u"groq"_s, u"llama-8b"_s).id, u"llama-8b"_s);
    }
};

QTEST_GUILESS_MAIN(TestPriceCatalogue)
#include "tst_pricecatalogue.moc"
