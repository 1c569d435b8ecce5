// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/resultrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// How much of a run's evidence came from the response cache, and from when. A run whose answers
// are mostly cached says little about the models as they are today: one that changed since would
// not show.
struct CacheUse {
    qint64 answers = 0; // results with an answer (errors carry none)
    qint64 cached = 0; // of them, served from the cache
    QDateTime oldest; // when the oldest cached answer was given; null when unknown or none
    QDateTime newest;

    void add(const ResultRecord& result); // counts one more result, of any kind

    double share() const { return answers > 0 ? double(cached) / double(answers) : 0.0; }
    bool isMostlyCached() const { return share() > mostlyCachedShare; }

    static constexpr double mostlyCachedShare = 0.5;
    friend bool operator==(const CacheUse&, const CacheUse&) = default;
};

CacheUse cacheUseOf(const QList<ResultRecord>& results);

class CacheWarning
{
    Q_DECLARE_TR_FUNCTIONS(CacheWarning)
public:
    // "92% of these answers were cached on 3 Nov 2026" (or "..., the oldest on") when mostly cached; else empty.
    static QString text(const CacheUse& use);
};
