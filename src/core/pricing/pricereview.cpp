// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricereview.h"

#include <algorithm>

namespace {
// The prefix each list puts before a model id of a provider of this wire format.
QString kindPrefix(ProviderKind kind, PriceListFormat format)
{
    switch (kind) {
    case ProviderKind::OpenAiCompatible:
        return QStringLiteral("openai");
    case ProviderKind::Anthropic:
        return QStringLiteral("anthropic");
    case ProviderKind::Gemini:
        return format == PriceListFormat::OpenRouter ? QStringLiteral("google") : QStringLiteral("gemini");
    case ProviderKind::Ollama:
        return QStringLiteral("ollama");
    }
    return {};
}

// An entry found under the model's own id belongs to another host when the list says so.
bool sameHost(const ListedPrice& entry, const Provider& provider, PriceListFormat format)
{
    if (format == PriceListFormat::OpenRouter || entry.provider.isEmpty())
        return true;
    const QString host = entry.provider.toLower();
    return host == provider.name.toLower() || host == kindPrefix(provider.kind, format);
}

struct Candidate {
    QString key;
    bool checkHost = false;
};

QList<Candidate> candidates(const ModelSpec& model, const Provider& provider, PriceListFormat format)
{
    const QString wireId = model.model.isEmpty() ? model.id : model.model;
    return { { provider.name.toLower() + u'/' + wireId, false },
             { wireId, true },
             { kindPrefix(provider.kind, format) + u'/' + wireId, false } };
}

struct Lookup {
    const ListedPrice* entry = nullptr;
    QString unusableReason; // set when the model's entry exists but its numbers were refused
};

Lookup lookUp(const ModelSpec& model, const Provider& provider, const PriceList& list)
{
    for (const Candidate& candidate : candidates(model, provider, list.format)) {
        const auto found = list.entries.constFind(candidate.key);
        if (found != list.entries.cend() && (!candidate.checkHost || sameHost(*found, provider, list.format)))
            return { &*found, {} };
        if (list.unusable.contains(candidate.key))
            return { nullptr,
                     PriceReviewer::tr("its entry %1 was refused: %2")
                         .arg(candidate.key, list.unusable.value(candidate.key)) };
    }
    return {};
}

PriceChange changeFor(const ModelSpec& model, const ListedPrice& entry)
{
    PriceChange change { model.id, entry.key, model.price, model.price, model.contextWindow, model.contextWindow };
    change.newPrice.input = entry.price.input;
    change.newPrice.output = entry.price.output;
    if (entry.price.cachedInput)
        change.newPrice.cachedInput = entry.price.cachedInput;
    if (entry.contextWindow > 0)
        change.newContextWindow = entry.contextWindow;
    return change;
}
} // namespace

int PriceReview::changeCount() const
{
    return int(std::count_if(matched.cbegin(), matched.cend(), [](const PriceChange& c) { return c.changes(); }));
}

PriceReview PriceReviewer::review(const Workspace& workspace, const PriceList& list, const QString& source)
{
    PriceReview review { source, list.format, {}, {} };
    for (const ModelSpec& model : workspace.models) {
        const Provider* provider = workspace.provider(model.provider);
        const Lookup found = provider ? lookUp(model, *provider, list) : Lookup {};
        if (found.entry)
            review.matched.append(changeFor(model, *found.entry));
        else
            review.unmatched.append({ model.id,
                                      found.unusableReason.isEmpty() ? tr("not in the list") : found.unusableReason });
    }
    return review;
}

Workspace PriceReviewer::apply(Workspace workspace, const PriceReview& review)
{
    for (const PriceChange& change : review.matched) {
        const int index = workspace.indexOfModel(change.modelId);
        if (index < 0 || !change.changes())
            continue;
        ModelSpec& model = workspace.models[index];
        model.price = change.newPrice;
        model.contextWindow = change.newContextWindow;
    }
    return workspace;
}
