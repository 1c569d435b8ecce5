// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// US dollars per million tokens.
struct Price {
    double input = 0.0;
    double output = 0.0;
    std::optional<double> cachedInput;
    std::optional<double> reasoning;

    // cachedInputTokens are the part of inputTokens the provider served from its prompt cache: billed
    // at the cached-input price where the model has one.
    double costOf(qint64 inputTokens, qint64 outputTokens, qint64 cachedInputTokens = 0) const
    {
        const qint64 cached = qBound(qint64(0), cachedInputTokens, inputTokens);
        return (double(inputTokens - cached) * input + double(cached) * cachedInput.value_or(input)
                + double(outputTokens) * output)
            / 1e6;
    }
    friend bool operator==(const Price&, const Price&) = default;
};

// How the sandbox imitates this model: share of cases it answers right, typical latency.
struct SimulationProfile {
    double skill = 0.75;
    int latencyMs = 600;
    friend bool operator==(const SimulationProfile&, const SimulationProfile&) = default;
};

// A candidate model: one model id at one provider, with its price.
struct ModelSpec {
    QString id; // unique in the workspace; categories, routes and results refer to it
    QString provider; // a Provider's name
    QString model; // the provider's own model id, as sent on the wire
    QString displayName;
    Price price;
    int contextWindow = 0; // tokens; 0: unknown
    std::optional<SimulationProfile> simulation;
    std::optional<Price> batchPrice; // through the provider's batch API; absent: half of price

    QString label() const { return displayName.isEmpty() ? id : displayName; }
    Price effectiveBatchPrice() const
    {
        if (batchPrice)
            return *batchPrice;
        const auto half = [](std::optional<double> value) { return value ? std::optional(*value / 2) : value; };
        return { price.input / 2, price.output / 2, half(price.cachedInput), half(price.reasoning) };
    }
    friend bool operator==(const ModelSpec&, const ModelSpec&) = default;
};

Q_DECLARE_METATYPE(ModelSpec)
