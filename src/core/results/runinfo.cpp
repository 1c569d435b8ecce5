// SPDX-License-Identifier: GPL-3.0-or-later
#include "runinfo.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct StatusName {
    RunStatus status;
    const char* key;
    const char* displayName;
};

constexpr StatusName statusNames[] = {
    { RunStatus::Running, "running", QT_TRANSLATE_NOOP("RunStatus", "Running") },
    { RunStatus::Paused, "paused", QT_TRANSLATE_NOOP("RunStatus", "Paused") },
    { RunStatus::Interrupted, "interrupted", QT_TRANSLATE_NOOP("RunStatus", "Interrupted") },
    { RunStatus::Completed, "completed", QT_TRANSLATE_NOOP("RunStatus", "Completed") },
    { RunStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("RunStatus", "Cancelled") },
    { RunStatus::Failed, "failed", QT_TRANSLATE_NOOP("RunStatus", "Failed") },
};

const StatusName& nameOf(RunStatus status)
{
    for (const auto& name : statusNames) {
        if (name.status == status)
            return name;
    }
    Q_UNREACHABLE();
}

} // namespace

QString runStatusKey(RunStatus status)
{
    return QString::fromLatin1(nameOf(status).key);
}

std::optional<RunStatus> runStatusFromKey(const QString& key)
{
    for (const auto& name : statusNames) {
        if (key == QLatin1String(name.key))
            return name.status;
    }
    return std::nullopt;
}

QStringList runStatusKeys()
{
    QStringList keys;
    for (const auto& name : statusNames)
        keys.append(QString::fromLatin1(name.key));
    return keys;
}

QString runStatusDisplayName(RunStatus status)
{
    return QCoreApplication::translate("RunStatus", nameOf(status).displayName);
}

QJsonObject RunSettings::toJson() const
{
    QJsonObject json {
        { QStringLiteral("max_tokens"), maxTokens },
        { QStringLiteral("cache"), cacheEnabled },
        { QStringLiteral("concurrency"), concurrency },
    };
    if (temperature)
        json.insert(QStringLiteral("temperature"), *temperature);
    if (budgetUsd)
        json.insert(QStringLiteral("budget_usd"), *budgetUsd);
    if (!shadow.isEmpty())
        json.insert(QStringLiteral("shadow"), shadow);
    if (cacheMaxAgeDays)
        json.insert(QStringLiteral("cache_max_age_days"), *cacheMaxAgeDays);
    if (!snapshot.isEmpty())
        json.insert(QStringLiteral("snapshot"), snapshot);
    if (batch)
        json.insert(QStringLiteral("batch"), true);
    if (!cells.isEmpty()) {
        QJsonArray list;
        for (const auto& [category, model] : cells)
            list.append(QJsonArray { category, model });
        json.insert(QStringLiteral("cells"), list);
    }
    return json;
}

RunSettings RunSettings::fromJson(const QJsonObject& json)
{
    RunSettings settings;
    settings.maxTokens = json.value(QStringLiteral("max_tokens")).toInt(settings.maxTokens);
    settings.cacheEnabled = json.value(QStringLiteral("cache")).toBool(settings.cacheEnabled);
    settings.concurrency = json.value(QStringLiteral("concurrency")).toInt(settings.concurrency);
    if (const auto value = json.value(QStringLiteral("temperature")); value.isDouble())
        settings.temperature = value.toDouble();
    if (const auto value = json.value(QStringLiteral("budget_usd")); value.isDouble())
        settings.budgetUsd = value.toDouble();
    settings.shadow = json.value(QStringLiteral("shadow")).toObject();
    if (const auto value = json.value(QStringLiteral("cache_max_age_days")); value.isDouble())
        settings.cacheMaxAgeDays = value.toInt();
    settings.snapshot = json.value(QStringLiteral("snapshot")).toObject();
    settings.batch = json.value(QStringLiteral("batch")).toBool(false);
    const QJsonArray cells = json.value(QStringLiteral("cells")).toArray();
    for (const auto& cell : cells) {
        const QJsonArray pair = cell.toArray();
        if (pair.size() == 2 && pair.at(0).isString() && pair.at(1).isString())
            settings.cells.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    return settings;
}

QString makeRunId(const QDateTime& startedAt)
{
    return startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH-mm-ss"));
}
