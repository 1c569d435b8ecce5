// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerclient.h"

#include <memory>

// The client that speaks provider.kind's wire format. The key is held in memory only. Without a
// network manager the client makes its own, on the calling thread.
std::unique_ptr<ProviderClient> createProviderClient(const Provider& provider, const QString& apiKey,
                                                     QNetworkAccessManager* network = nullptr);
