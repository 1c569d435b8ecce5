// SPDX-License-Identifier: GPL-3.0-or-later
#include "responselimit.h"

#include <algorithm>

namespace ResponseLimit {

qint64 answerBytes(const CompletionRequest& request)
{
    const qint64 tokens = std::max(0, request.maxTokens);
    return std::clamp(tokens * bytesPerToken + overheadBytes, floorBytes, ceilingBytes);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3);
}

} // namespace ResponseLimit
