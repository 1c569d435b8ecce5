// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultrecord.h"

#include "cachedresponse.h"
#include "runinfo.h"
#include "shadowverdict.h"

#include <QCoreApplication>

size_t qHash(const JobKey& key, size_t seed) noexcept
{
    return qHashMulti(seed, key.category, key.caseId, key.modelId, key.repeat);
}

QString refusalLabel(const QString& refusalKind)
{
    if (refusalKind == QLatin1String("refusal"))
        return QCoreApplication::translate("ResultRecord", "refusal");
    if (refusalKind == QLatin1String("content-filter"))
        return QCoreApplication::translate("ResultRecord", "content filter");
    if (refusalKind == QLatin1String("empty-answer"))
        return QCoreApplication::translate("ResultRecord", "empty answer");
    return refusalKind;
}

void registerResultsMetaTypes()
{
    qRegisterMetaType<JobKey>();
    qRegisterMetaType<ResultRecord>();
    qRegisterMetaType<RunStatus>();
    qRegisterMetaType<RunSettings>();
    qRegisterMetaType<RunInfo>();
    qRegisterMetaType<CachedResponse>();
    qRegisterMetaType<ShadowVerdict>();
}
