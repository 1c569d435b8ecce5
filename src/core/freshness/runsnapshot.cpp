// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsnapshot.h"

#include "workspacefile/workspacewriter.h"

#include <QCryptographicHash>

namespace {
const QString pricesKey = QStringLiteral("prices");
const QString digestsKey = QStringLiteral("category_digests");
const QString inputKey = QStringLiteral("input");
const QString outputKey = QStringLiteral("output");
const QString cachedInputKey = QStringLiteral("cached_input");

QJsonObject priceJson(const Price& price)
{
    QJsonObject json { { inputKey, price.input }, { outputKey, price.output } };
    if (price.cachedInput)
        json.insert(cachedInputKey, *price.cachedInput);
    return json;
}

std::optional<Price> priceFrom(const QJsonObject& json)
{
    if (!json.value(inputKey).isDouble() || !json.value(outputKey).isDouble())
        return std::nullopt;
    Price price { json.value(inputKey).toDouble(), json.value(outputKey).toDouble() };
    if (json.value(cachedInputKey).isDouble())
        price.cachedInput = json.value(cachedInputKey).toDouble();
    return price;
}
} // namespace

QJsonObject RunSnapshot::toJson() const
{
    QJsonObject priceObject;
    for (auto it = prices.cbegin(); it != prices.cend(); ++it)
        priceObject.insert(it.key(), priceJson(it.value()));
    QJsonObject digestObject;
    for (auto it = categoryDigests.cbegin(); it != categoryDigests.cend(); ++it)
        digestObject.insert(it.key(), it.value());
    return { { pricesKey, priceObject }, { digestsKey, digestObject } };
}

RunSnapshot RunSnapshot::fromJson(const QJsonObject& json)
{
    RunSnapshot snapshot;
    const QJsonObject priceObject = json.value(pricesKey).toObject();
    for (auto it = priceObject.constBegin(); it != priceObject.constEnd(); ++it) {
        if (const std::optional<Price> price = priceFrom(it.value().toObject()))
            snapshot.prices.insert(it.key(), *price);
    }
    const QJsonObject digestObject = json.value(digestsKey).toObject();
    for (auto it = digestObject.constBegin(); it != digestObject.constEnd(); ++it) {
        if (it.value().isString())
            snapshot.categoryDigests.insert(it.key(), it.value().toString());
    }
    return snapshot;
}

QString categoryDigest(const Category& category)
{
    Category essentials = category;
    essentials.description.clear();
    essentials.target = {};
    essentials.threshold = {};
    essentials.trafficShare = {};
    essentials.casesSource = {}; // written inline, so that the digest covers the cases themselves
    Workspace holder;
    holder.categories = { essentials };
    const QByteArray text = workspaceToYaml(holder);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16));
}

RunSnapshot takeRunSnapshot(const Workspace& workspace, const QStringList& categories, const QStringList& modelIds)
{
    RunSnapshot snapshot;
    for (const QString& id : modelIds) {
        if (const ModelSpec* model = workspace.model(id))
            snapshot.prices.insert(id, model->price);
    }
    for (const QString& name : categories) {
        if (const Category* category = workspace.category(name))
            snapshot.categoryDigests.insert(name, categoryDigest(*category));
    }
    return snapshot;
}
