// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelspec.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// The two public price lists Signalbox reads:
// - LiteLLM's model_prices_and_context_window.json: one object keyed by model name ("gpt-4o-mini",
//   "groq/llama-3.1-8b-instant"), each with input_cost_per_token, output_cost_per_token,
//   cache_read_input_token_cost, max_input_tokens and litellm_provider; "sample_spec" documents the
//   fields and is no model.
// - OpenRouter's models list (GET /api/v1/models): {"data": [{"id": "openai/gpt-4o-mini",
//   "pricing": {"prompt": "0.00000015", "completion": "0.0000006"}, "context_length": 128000}]},
//   prices per token as decimal strings.
enum class PriceListFormat { LiteLlm, OpenRouter };

QString priceListFormatKey(PriceListFormat format); // "litellm", "openrouter"
QString priceListFormatDisplayName(PriceListFormat format);

// Where the lists are published, for the GUI's download.
QString liteLlmPriceListUrl();
QString openRouterModelsUrl();

// One model of a list, its prices converted to dollars per million tokens.
struct ListedPrice {
    QString key; // as the list names it
    QString provider; // LiteLLM's litellm_provider; OpenRouter's vendor prefix ("openai" of "openai/gpt-4o")
    Price price; // cachedInput only when the list gives one
    int contextWindow = 0; // 0: not given
    friend bool operator==(const ListedPrice&, const ListedPrice&) = default;
};

struct PriceList {
    PriceListFormat format = PriceListFormat::LiteLlm;
    QMap<QString, ListedPrice> entries; // by key
    QMap<QString, QString> unusable; // key -> why its numbers were refused (negative, too large, not numbers)
};

// A list read from JSON, or why it could not be.
struct PriceListLoad {
    std::optional<PriceList> list;
    QString error; // translated; names the source
};

class PriceListReader
{
    Q_DECLARE_TR_FUNCTIONS(PriceListReader)
public:
    // Largest price accepted, in dollars per million tokens; a list claiming more is wrong.
    static constexpr double maxUsdPerMillion = 10000.0;
    static constexpr int maxContextWindow = 100'000'000;

    // source names the file or address in messages. The format is told by the shape: an object
    // with a "data" array is OpenRouter's, any other object LiteLLM's.
    static PriceListLoad parse(const QByteArray& json, const QString& source);
    static PriceListLoad readFile(const QString& path);
};
