// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeapi.h"

// OpenAI Chat Completions on /v1/chat/completions and /chat/completions.
class FakeOpenAiApi : public FakeApi
{
public:
    bool handles(const QString& path) const override;
    std::variant<SimulatedCall, HttpResponse> parse(const HttpRequest& request) const override;
    HttpResponse success(const SimulatedCall& call, const SimulatedAnswer& answer) const override;
    HttpResponse error(ApiError error, const QString& detail = {},
                       std::optional<qint64> retryDelayMs = std::nullopt) const override;
    HttpResponse modelNotFound(const QString& model) const override;
    HttpResponse declined(Decline decline, const SimulatedCall& call, const SimulatedAnswer& answer) const override;
};
