// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "category.h"
#include "dispatcherspec.h"
#include "modelspec.h"
#include "provider.h"
#include "routingmap.h"

// The application's traffic, to project monthly costs; shares live on the categories.
struct TrafficProfile {
    qint64 monthlyRequests = 0;
    friend bool operator==(const TrafficProfile&, const TrafficProfile&) = default;
};

// How runs treat the response cache unless a run says otherwise (the file's `run:` mapping).
struct RunDefaults {
    static constexpr int defaultCacheMaxAgeDays = 7;
    static constexpr int maxCacheMaxAgeDays = 365;
    int cacheMaxAgeDays = defaultCacheMaxAgeDays; // older cached answers are asked again; 0: never reuse one
    friend bool operator==(const RunDefaults&, const RunDefaults&) = default;
};

// Everything a workspace file holds. A plain value: copies are cheap (implicitly shared lists).
struct Workspace {
    static constexpr int currentVersion = 1;

    QString name;
    QString description;
    TrafficProfile traffic;
    RunDefaults run;
    QString judgeModel; // id of the model that scores llm-rubric assertions; empty: none chosen
    QList<Provider> providers;
    QList<ModelSpec> models;
    QList<Category> categories;
    RoutingMap routing;
    std::optional<DispatcherSpec> dispatcher; // absent: the application knows each request's category

    int indexOfProvider(const QString& providerName) const;
    int indexOfModel(const QString& id) const;
    int indexOfCategory(const QString& categoryName) const;
    const Provider* provider(const QString& providerName) const;
    const ModelSpec* model(const QString& id) const;
    const Category* category(const QString& categoryName) const;
    int caseCount() const;

    friend bool operator==(const Workspace&, const Workspace&) = default;
};

Q_DECLARE_METATYPE(Workspace)
