// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchtypes.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QLocale>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
struct PhaseName {
    BatchPhase phase = BatchPhase::Submitting;
    QLatin1String key;
};

constexpr PhaseName phaseNames[] = {
    { BatchPhase::Submitting, QLatin1String("submitting") }, { BatchPhase::InProgress, QLatin1String("in-progress") },
    { BatchPhase::Ended, QLatin1String("ended") },           { BatchPhase::Collected, QLatin1String("collected") },
    { BatchPhase::Cancelled, QLatin1String("cancelled") },   { BatchPhase::Failed, QLatin1String("failed") },
};

QString translated(const char* text)
{
    return QCoreApplication::translate("BatchProgress", text);
}

} // namespace

QString batchAgeText(qint64 seconds)
{
    if (seconds < 90)
        return translated("submitted just now");
    if (seconds < 90 * 60)
        return QCoreApplication::translate("BatchProgress", "submitted %1 min ago").arg(seconds / 60);
    return QCoreApplication::translate("BatchProgress", "submitted %1 h ago").arg(seconds / 3600);
}

QString batchPhaseKey(BatchPhase phase)
{
    for (const auto& name : phaseNames) {
        if (name.phase == phase)
            return name.key;
    }
    return {};
}

std::optional<BatchPhase> batchPhaseFromKey(const QString& key)
{
    for (const auto& name : phaseNames) {
        if (key == name.key)
            return name.phase;
    }
    return std::nullopt;
}

bool isOpenPhase(BatchPhase phase)
{
    return phase == BatchPhase::Submitting || phase == BatchPhase::InProgress || phase == BatchPhase::Ended;
}

QString batchCustomId(const QString& requestId)
{
    return u"sb_"_s
        + QString::fromLatin1(QCryptographicHash::hash(requestId.toUtf8(), QCryptographicHash::Sha1).toHex().left(32));
}

QString newBatchTag(const QString& runId)
{
    return u"signalbox %1 %2"_s.arg(runId, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

bool supportsBatches(const Provider& provider, bool simulated)
{
    if (provider.batchApi)
        return *provider.batchApi;
    switch (provider.kind) {
    case ProviderKind::Anthropic:
    case ProviderKind::Gemini:
        return true;
    case ProviderKind::OpenAiCompatible: {
        // The sandbox imitates the real provider: one whose real server has no batch API (OpenRouter,
        // Groq, a local vLLM) runs interactively in the sandbox too.
        Q_UNUSED(simulated)
        return QUrl(callBaseUrl(provider)).host() == u"api.openai.com";
    }
    case ProviderKind::Ollama:
        return false;
    }
    return false;
}

BatchLimits batchLimits(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAiCompatible:
        return { 50'000, 200LL * 1000 * 1000 }; // per input file
    case ProviderKind::Anthropic:
        return { 100'000, 256LL * 1000 * 1000 }; // per batch
    case ProviderKind::Gemini:
        return { 100'000, 20LL * 1000 * 1000 }; // inline requests, the whole request body
    case ProviderKind::Ollama:
        break;
    }
    return {};
}

QString batchProgressText(const QList<BatchRecord>& batches, const QDateTime& now)
{
    if (batches.isEmpty())
        return {};
    int finished = 0;
    qint64 done = 0;
    qint64 total = 0;
    QDateTime oldestOpen;
    for (const BatchRecord& batch : batches) {
        finished += isOpenPhase(batch.phase) ? 0 : 1;
        done += isOpenPhase(batch.phase) ? batch.doneCount : batch.itemCount;
        total += batch.itemCount;
        if (isOpenPhase(batch.phase) && batch.submittedAt.isValid()
            && (!oldestOpen.isValid() || batch.submittedAt < oldestOpen))
            oldestOpen = batch.submittedAt;
    }
    const int count = int(batches.size());
    const QLocale locale;
    QString text = QCoreApplication::translate("BatchProgress", "batch %1 of %2: %3 of %4 done")
                       .arg(std::min(finished + 1, count))
                       .arg(count)
                       .arg(locale.toString(done), locale.toString(total));
    if (oldestOpen.isValid())
        text += u", "_s + batchAgeText(std::max<qint64>(0, oldestOpen.secsTo(now)));
    return text;
}
