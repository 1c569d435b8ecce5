// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeapi.h"
#include "faultinjector.h"

// What the fake provider server sends when a fault strikes, for the faults that are answers of a
// kind (rather than the API's own error bodies).
namespace FaultResponses {

// Whether the fault comes back after the simulated model's latency, as an answer does.
bool takesModelTime(Fault fault);

// The response of an answering fault; nothing for the faults that are API errors.
std::optional<HttpResponse> answer(const FakeApi& api, const SimulatedCall& call, const SimulatedAnswer& answer,
                                   const FaultRule& rule);

// A 429's hint where the rule says to put it.
void addRetryHint(HttpResponse& response, const FaultRule& rule);

} // namespace FaultResponses
