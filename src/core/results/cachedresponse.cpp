// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachedresponse.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace {

void addPart(QCryptographicHash& hash, const QByteArray& part)
{
    hash.addData(QByteArray::number(part.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(part);
}

QString normalisedBaseUrl(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

} // namespace

QString responseCacheKey(const CacheKeyParts& parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addPart(hash, QByteArrayLiteral("signalbox-response-cache-1"));
    addPart(hash, parts.providerKind.toUtf8());
    addPart(hash, normalisedBaseUrl(parts.baseUrl).toUtf8());
    addPart(hash, parts.model.toUtf8());
    // QJsonObject keeps its keys sorted, so equal parameters always serialise alike.
    addPart(hash, QJsonDocument(parts.parameters).toJson(QJsonDocument::Compact));
    addPart(hash, parts.renderedInput.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}
