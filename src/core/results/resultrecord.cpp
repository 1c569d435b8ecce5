// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultrecord.h"

#include "cachedresponse.h"
#include "runinfo.h"
#include "shadowverdict.h"

size_t qHash(const JobKey& key, size_t seed) noexcept
{
    return qHashMulti(seed, key.category, key.caseId, key.modelId, key.repeat);
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
