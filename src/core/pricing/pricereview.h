// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "pricelist.h"

// A price list held against a workspace's models, for a person to review before applying it.
//
// A model matches the entry named by the provider's model id, tried as: the provider's name as a
// prefix ("groq/llama-3.1-8b-instant"), the id as it is ("gpt-4o-mini", or OpenRouter's
// "openai/gpt-4o-mini" when the provider is OpenRouter), then the prefix the list uses for the
// provider's wire format ("openai/", "anthropic/", "gemini/" in LiteLLM's; "openai/", "anthropic/",
// "google/" in OpenRouter's). An id found as it is must belong to the same provider where the list
// says whose it is. Nothing else is tried: a model that is not found is listed, never guessed.
struct PriceChange {
    QString modelId;
    QString listKey;
    Price oldPrice;
    Price newPrice; // the list's input and output; its cached input where given; the rest kept
    int oldContextWindow = 0;
    int newContextWindow = 0; // the list's where given, else kept

    bool changesPrice() const { return oldPrice != newPrice; }
    bool changes() const { return changesPrice() || oldContextWindow != newContextWindow; }
    friend bool operator==(const PriceChange&, const PriceChange&) = default;
};

struct UnmatchedModel {
    QString modelId;
    QString reason; // translated: not in the list, or why its entry's numbers were refused
    friend bool operator==(const UnmatchedModel&, const UnmatchedModel&) = default;
};

struct PriceReview {
    QString source; // the file or address the list came from
    PriceListFormat format = PriceListFormat::LiteLlm;
    QList<PriceChange> matched; // in the workspace's model order, changed or not
    QList<UnmatchedModel> unmatched;

    int changeCount() const;
    bool hasChanges() const { return changeCount() > 0; }
};

class PriceReviewer
{
    Q_DECLARE_TR_FUNCTIONS(PriceReviewer)
public:
    static PriceReview review(const Workspace& workspace, const PriceList& list, const QString& source);
    // The workspace with the review's changes made; models it does not name are left alone.
    static Workspace apply(Workspace workspace, const PriceReview& review);
};
