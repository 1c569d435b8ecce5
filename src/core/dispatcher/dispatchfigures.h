// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatchrules.h"
#include "labelledtraffic.h"

#include <QMap>

// A request the dispatcher sent to another category than its own.
struct MisroutedRequest {
    int index = -1; // in the labelled traffic
    LabelledRequest request;
    Dispatch dispatch;
};

// How well the dispatcher assigns labelled traffic. A request is
// - right when its predicted category is its own;
// - unmatched when no rule and no classifier assigned it (it went to the dispatcher's default)
//   and the default is not its own: the default route serves it, so it is not misrouted;
// - misrouted otherwise: a rule or the classifier assigned it another category.
struct DispatchFigures {
    QStringList labels; // the workspace's categories in order, then "default"
    QMap<QString, QMap<QString, int>> confusion; // true -> predicted -> count; zero counts absent
    QMap<QString, std::optional<double>> precision; // per category; nullopt when nothing was predicted
    QMap<QString, std::optional<double>> recall; // per category; nullopt when it has no requests
    int requests = 0;
    int right = 0;
    int misrouted = 0;
    int unmatched = 0;
    int byRule = 0;
    int byClassifier = 0;

    int classifierCalls = 0;
    int classifierErrors = 0; // calls that failed; the request went to the default
    int classifierUnreadable = 0; // answers that named no category; the request went to the default
    double classifierCostUsd = 0.0;
    QList<qint64> classifierLatenciesMs; // of the calls that answered

    QList<MisroutedRequest> misroutes; // in the traffic's order

    int count(const QString& trueCategory, const QString& predicted) const
    {
        return confusion.value(trueCategory).value(predicted);
    }
    int requestsOf(const QString& trueCategory) const; // the confusion row's total, whatever was predicted
    double misrouteRate() const { return requests ? double(misrouted) / requests : 0.0; }
    double unmatchedRate() const { return requests ? double(unmatched) / requests : 0.0; }
    double accuracy() const { return requests ? double(right) / requests : 0.0; }
    // US dollars per 1,000 requests, counting the requests no classifier was asked for as free.
    double classifierCostPer1k() const { return requests ? classifierCostUsd / requests * 1000.0 : 0.0; }
    std::optional<qint64> classifierLatencyP50Ms() const;
};

// requests and dispatches are parallel lists.
DispatchFigures dispatchFigures(const QList<LabelledRequest>& requests, const QList<Dispatch>& dispatches,
                                const QStringList& categories);

Q_DECLARE_METATYPE(DispatchFigures)
