// SPDX-License-Identifier: GPL-3.0-or-later
// Reading LiteLLM's and OpenRouter's price lists and matching them to a workspace's models by the
// provider's model id, on small lists shaped like the real ones (data/).
#include "pricing/pricereview.h"
#include "workspacefile/workspacereader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Workspace testWorkspace()
{
    const WorkspaceLoad load = readWorkspaceFile(QFINDTESTDATA("data/prices.signalbox.yaml"));
    return load.ok() ? load.workspace : Workspace {};
}

const PriceChange* changeOf(const PriceReview& review, const QString& modelId)
{
    for (const PriceChange& change : review.matched) {
        if (change.modelId == modelId)
            return &change;
    }
    return nullptr;
}

QStringList unmatchedIds(const PriceReview& review)
{
    QStringList ids;
    for (const UnmatchedModel& model : review.unmatched)
        ids.append(model.modelId);
    return ids;
}
} // namespace

class TestPriceReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBothFormats_data();
    void readsBothFormats();
    void matchesByProviderModelId_data();
    void matchesByProviderModelId();
    void unmatchedAreListedWithWhy();
    void applyChangesOnlyMatchedModels();
    void badListsGiveClearErrors_data();
    void badListsGiveClearErrors();
    void outOfBoundNumbersAreRefused_data();
    void outOfBoundNumbersAreRefused();
};

void TestPriceReview::readsBothFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<PriceListFormat>("format");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QStringList>("unusable");
    QTest::newRow("LiteLLM") << u"data/litellm-small.json"_s << PriceListFormat::LiteLlm << 6
                             << QStringList { u"o1-pro"_s };
    QTest::newRow("OpenRouter") << u"data/openrouter-small.json"_s << PriceListFormat::OpenRouter << 5
                                << QStringList { u"openrouter/auto"_s };
}

void TestPriceReview::readsBothFormats()
{
    QFETCH(QString, file);
    QFETCH(PriceListFormat, format);
    QFETCH(int, entries);
    QFETCH(QStringList, unusable);
    const PriceListLoad load = PriceListReader::readFile(QFINDTESTDATA(file));
    QVERIFY2(load.list, qPrintable(load.error));
    QCOMPARE(load.list->format, format);
    QCOMPARE(load.list->entries.size(), entries); // sample_spec and priced-per-image models are no entries
    QCOMPARE(load.list->unusable.keys(), unusable);
    const ListedPrice mini
        = load.list->entries.value(format == PriceListFormat::LiteLlm ? u"gpt-4o-mini"_s : u"openai/gpt-4o-mini"_s);
    QCOMPARE(mini.price.input, 0.15); // exactly: per-token 1.5e-7 becomes 0.15, not 0.15000000000000002
    QCOMPARE(mini.price.output, 0.6);
    QCOMPARE(mini.price.cachedInput, std::optional(0.075));
    QCOMPARE(mini.contextWindow, 128000);
    QCOMPARE(mini.provider, u"openai"_s);
}

void TestPriceReview::matchesByProviderModelId_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<double>("input");
    QTest::addColumn<double>("output");
    QTest::addColumn<int>("context");
    QTest::addColumn<bool>("changes");
    const QString litellm = u"data/litellm-small.json"_s;
    const QString openrouter = u"data/openrouter-small.json"_s;
    QTest::newRow("LiteLLM: as it is") << litellm << u"gpt41"_s << u"gpt-4.1"_s << 1.8 << 7.2 << 1047576 << true;
    QTest::newRow("LiteLLM: same prices") << litellm << u"haiku"_s << u"claude-haiku-4-5"_s << 1.0 << 5.0 << 200000
                                          << false;
    // The bare id is Vertex AI's entry; Gemini's own has the provider prefix.
    QTest::newRow("LiteLLM: wire-format prefix, not another host's entry")
        << litellm << u"flash"_s << u"gemini/gemini-2.5-flash"_s << 0.3 << 2.5 << 1048576 << true;
    QTest::newRow("LiteLLM: provider name prefix")
        << litellm << u"llama"_s << u"groq/llama-3.1-8b-instant"_s << 0.05 << 0.08 << 128000 << true;
    QTest::newRow("OpenRouter: vendor prefix") << openrouter << u"gpt41"_s << u"openai/gpt-4.1"_s << 2.0 << 8.0
                                               << 1047576 << true;
    QTest::newRow("OpenRouter: google for Gemini")
        << openrouter << u"flash"_s << u"google/gemini-2.5-flash"_s << 0.3 << 2.5 << 1048576 << true;
    QTest::newRow("OpenRouter: large but bounded") << openrouter << u"o1pro"_s << u"openai/o1-pro"_s << 150.0 << 600.0
                                                   << 200000 << true;
}

void TestPriceReview::matchesByProviderModelId()
{
    QFETCH(QString, file);
    QFETCH(QString, modelId);
    QFETCH(QString, listKey);
    QFETCH(double, input);
    QFETCH(double, output);
    QFETCH(int, context);
    QFETCH(bool, changes);
    const PriceListLoad load = PriceListReader::readFile(QFINDTESTDATA(file));
    QVERIFY(load.list);
    const PriceReview review = PriceReviewer::review(testWorkspace(), *load.list, file);
    const PriceChange* change = changeOf(review, modelId);
    QVERIFY(change);
    QCOMPARE(change->listKey, listKey);
    QCOMPARE(change->newPrice.input, input);
    QCOMPARE(change->newPrice.output, output);
    QCOMPARE(change->newContextWindow, context);
    QCOMPARE(change->changes(), changes);
}

void TestPriceReview::unmatchedAreListedWithWhy()
{
    const PriceListLoad litellm = PriceListReader::readFile(QFINDTESTDATA("data/litellm-small.json"));
    const PriceListLoad openrouter = PriceListReader::readFile(QFINDTESTDATA("data/openrouter-small.json"));
    QVERIFY(litellm.list && openrouter.list);
    const PriceReview fromLiteLlm = PriceReviewer::review(testWorkspace(), *litellm.list, u"l"_s);
    QCOMPARE(unmatchedIds(fromLiteLlm), (QStringList { u"o1pro"_s, u"qwen"_s }));
    QVERIFY2(fromLiteLlm.unmatched.at(0).reason.contains(u"1000000 dollars per million tokens; expected 0 to 10000"_s),
             qPrintable(fromLiteLlm.unmatched.at(0).reason));
    QCOMPARE(fromLiteLlm.unmatched.at(1).reason, u"not in the list"_s);
    QCOMPARE(fromLiteLlm.changeCount(), 4);
    // OpenRouter calls it claude-haiku-4.5: close, but not the provider's id, so not guessed.
    const PriceReview fromOpenRouter = PriceReviewer::review(testWorkspace(), *openrouter.list, u"o"_s);
    QCOMPARE(unmatchedIds(fromOpenRouter), (QStringList { u"haiku"_s, u"llama"_s, u"qwen"_s }));
}

void TestPriceReview::applyChangesOnlyMatchedModels()
{
    const Workspace before = testWorkspace();
    const PriceListLoad load = PriceListReader::readFile(QFINDTESTDATA("data/litellm-small.json"));
    QVERIFY(load.list);
    const Workspace after = PriceReviewer::apply(before, PriceReviewer::review(before, *load.list, u"l"_s));
    QCOMPARE(after.model(u"gpt41"_s)->price, (Price { 1.8, 7.2, 0.45, std::nullopt }));
    QCOMPARE(after.model(u"gpt41"_s)->contextWindow, 1047576);
    QCOMPARE(after.model(u"mini"_s)->price.cachedInput, std::optional(0.075));
    QCOMPARE(*after.model(u"o1pro"_s), *before.model(u"o1pro"_s));
    QCOMPARE(*after.model(u"qwen"_s), *before.model(u"qwen"_s));
    QCOMPARE(*after.model(u"haiku"_s), *before.model(u"haiku"_s));
    QCOMPARE(after.categories, before.categories);
}

void TestPriceReview::badListsGiveClearErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"gpt-4o\": ") << u"list.json is not JSON"_s;
    QTest::newRow("an array") << QByteArray("[1, 2]") << u"list.json is not a price list"_s;
    QTest::newRow("no prices") << QByteArray("{\"sample_spec\": {\"input_cost_per_token\": 0}}")
                               << u"list.json holds no model prices"_s;
    QTest::newRow("empty OpenRouter list") << QByteArray("{\"data\": []}") << u"list.json holds no model prices"_s;
}

void TestPriceReview::badListsGiveClearErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const PriceListLoad load = PriceListReader::parse(json, u"list.json"_s);
    QVERIFY(!load.list);
    QVERIFY2(load.error.startsWith(message), qPrintable(load.error));
}

void TestPriceReview::outOfBoundNumbersAreRefused_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("reason");
    QTest::newRow("negative") << QByteArray("\"input_cost_per_token\": -1e-6, \"output_cost_per_token\": 1e-6")
                              << u"input_cost_per_token is -1 dollars per million tokens"_s;
    QTest::newRow("too large") << QByteArray("\"input_cost_per_token\": 1e-6, \"output_cost_per_token\": 0.5")
                               << u"output_cost_per_token is 500000 dollars per million tokens"_s;
    QTest::newRow("text") << QByteArray("\"input_cost_per_token\": \"cheap\", \"output_cost_per_token\": 1e-6")
                          << u"input_cost_per_token is not a number"_s;
    QTest::newRow("bad cached price")
        << QByteArray("\"input_cost_per_token\": 1e-6, \"output_cost_per_token\": 1e-6, "
                      "\"cache_read_input_token_cost\": -1")
        << u"cache_read_input_token_cost is -1000000 dollars"_s;
}

void TestPriceReview::outOfBoundNumbersAreRefused()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, reason);
    const PriceListLoad load = PriceListReader::parse("{\"gpt-4o-mini\": {" + entry + "}}", u"list.json"_s);
    QVERIFY(load.list);
    QVERIFY(load.list->entries.isEmpty());
    QVERIFY2(load.list->unusable.value(u"gpt-4o-mini"_s).startsWith(reason),
             qPrintable(load.list->unusable.value(u"gpt-4o-mini"_s)));
}

QTEST_GUILESS_MAIN(TestPriceReview)
#include "tst_pricereview.moc"
