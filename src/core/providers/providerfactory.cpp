// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerfactory.h"

#include "anthropicclient.h"
#include "geminiclient.h"
#include "ollamaclient.h"
#include "openaiclient.h"

std::unique_ptr<ProviderClient> createProviderClient(const Provider& provider, const QString& apiKey,
                                                     QNetworkAccessManager* network)
{
    switch (provider.kind) {
    case ProviderKind::OpenAiCompatible:
        return std::make_unique<OpenAiClient>(provider, apiKey, network);
    case ProviderKind::Anthropic:
        return std::make_unique<AnthropicClient>(provider, apiKey, network);
    case ProviderKind::Gemini:
        return std::make_unique<GeminiClient>(provider, apiKey, network);
    case ProviderKind::Ollama:
        return std::make_unique<OllamaClient>(provider, apiKey, network);
    }
    return nullptr;
}
