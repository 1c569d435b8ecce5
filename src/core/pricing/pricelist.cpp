// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricelist.h"

#include <cmath>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
using Reader = PriceListReader;

// A per-token amount as dollars per million tokens: 1.5e-7 is 0.15, not 0.15000000000000002.
double perMillion(double perToken)
{
    return QString::number(perToken * 1e6, 'g', 12).toDouble();
}

// A number the lists give as a JSON number or as a decimal string (OpenRouter's prices).
std::optional<double> numberOf(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double number = value.isString() ? value.toString().trimmed().toDouble(&ok) : 0.0;
    return ok ? std::optional(number) : std::nullopt;
}

// Dollars per million tokens from a per-token value, or why it cannot be used.
std::optional<double> checkedPrice(const QJsonValue& value, const QString& field, QString* problem)
{
    const std::optional<double> perToken = numberOf(value);
    if (!perToken || !std::isfinite(*perToken)) {
        *problem = Reader::tr("%1 is not a number").arg(field);
        return std::nullopt;
    }
    const double price = perMillion(*perToken);
    if (price < 0.0 || price > Reader::maxUsdPerMillion) {
        *problem = Reader::tr("%1 is %2 dollars per million tokens; expected 0 to %3")
                       .arg(field, QString::number(price, 'g', 12))
                       .arg(Reader::maxUsdPerMillion);
        return std::nullopt;
    }
    return price;
}

int contextOf(const QJsonValue& value)
{
    const std::optional<double> tokens = numberOf(value);
    if (!tokens || !std::isfinite(*tokens) || *tokens < 1.0 || *tokens > Reader::maxContextWindow)
        return 0;
    return int(*tokens);
}

struct PriceFields {
    const char* input;
    const char* output;
    const char* cachedInput;
};

// Reads one entry's prices into list; an entry with unusable numbers is listed apart, with why.
void addEntry(PriceList& list, ListedPrice entry, const QJsonObject& prices, const PriceFields& fields)
{
    QString problem;
    const auto input = checkedPrice(prices.value(QLatin1String(fields.input)), QLatin1String(fields.input), &problem);
    const auto output
        = input ? checkedPrice(prices.value(QLatin1String(fields.output)), QLatin1String(fields.output), &problem)
                : std::nullopt;
    if (!input || !output) {
        list.unusable.insert(entry.key, problem);
        return;
    }
    entry.price = Price { *input, *output };
    const QJsonValue cached = prices.value(QLatin1String(fields.cachedInput));
    if (!cached.isUndefined() && !cached.isNull()) {
        const auto cachedPrice = checkedPrice(cached, QLatin1String(fields.cachedInput), &problem);
        if (!cachedPrice) {
            list.unusable.insert(entry.key, problem);
            return;
        }
        entry.price.cachedInput = *cachedPrice;
    }
    list.entries.insert(entry.key, entry);
}

PriceList readLiteLlm(const QJsonObject& root)
{
    PriceList list { PriceListFormat::LiteLlm, {}, {} };
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QJsonObject model = it.value().toObject();
        // sample_spec documents the fields; entries without token prices (images, audio) are no chat models.
        if (it.key() == QLatin1String("sample_spec") || !model.contains(QLatin1String("input_cost_per_token")))
            continue;
        ListedPrice entry { it.key(), model.value(QLatin1String("litellm_provider")).toString(), {},
                            contextOf(model.value(QLatin1String("max_input_tokens"))) };
        addEntry(list, entry, model, { "input_cost_per_token", "output_cost_per_token", "cache_read_input_token_cost" });
    }
    return list;
}

PriceList readOpenRouter(const QJsonArray& data)
{
    PriceList list { PriceListFormat::OpenRouter, {}, {} };
    for (const auto& value : data) {
        const QJsonObject model = value.toObject();
        const QString id = model.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        ListedPrice entry { id, id.contains(u'/') ? id.section(u'/', 0, 0) : QString(), {},
                            contextOf(model.value(QLatin1String("context_length"))) };
        addEntry(list, entry, model.value(QLatin1String("pricing")).toObject(),
                 { "prompt", "completion", "input_cache_read" });
    }
    return list;
}
} // namespace

QString priceListFormatKey(PriceListFormat format)
{
    return format == PriceListFormat::LiteLlm ? QStringLiteral("litellm") : QStringLiteral("openrouter");
}

QString priceListFormatDisplayName(PriceListFormat format)
{
    return format == PriceListFormat::LiteLlm ? Reader::tr("LiteLLM price list") : Reader::tr("OpenRouter models list");
}

QString liteLlmPriceListUrl()
{
    return QStringLiteral("https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json");
}

QString openRouterModelsUrl()
{
    return QStringLiteral("https://openrouter.ai/api/v1/models");
}

PriceListLoad PriceListReader::parse(const QByteArray& json, const QString& source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return { std::nullopt,
                 tr("%1 is not JSON: %2 at byte %3").arg(source, error.errorString()).arg(error.offset) };
    if (!document.isObject())
        return { std::nullopt,
                 tr("%1 is not a price list: expected a JSON object (LiteLLM's model prices, or OpenRouter's "
                    "models list with a \"data\" array)")
                     .arg(source) };
    const QJsonObject root = document.object();
    const PriceList list
        = root.value(QLatin1String("data")).isArray() ? readOpenRouter(root.value(QLatin1String("data")).toArray())
                                                       : readLiteLlm(root);
    if (list.entries.isEmpty() && list.unusable.isEmpty())
        return { std::nullopt, tr("%1 holds no model prices").arg(source) };
    return { list, {} };
}

PriceListLoad PriceListReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { std::nullopt, tr("cannot read %1: %2").arg(path, file.errorString()) };
    return parse(file.readAll(), path);
}
