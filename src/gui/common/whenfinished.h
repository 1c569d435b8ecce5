// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "background.h"

#include <QFutureWatcher>
#include <QObject>
#include <utility>

// Calls onResult(result) on owner's thread once future finishes, unless owner is gone by then.
// QFuture::then(context, ...) is not used for this on purpose: Qt 6.4 asserts that the context
// still exists when the future finishes, so an owner destroyed during a pool-thread load aborts
// a debug build. A watcher parented to the owner dies with it and simply never calls back.
template <typename T, typename Callback> void whenFinished(QObject* owner, const QFuture<T>& future, Callback onResult)
{
    auto* watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner,
                     [watcher, onResult = std::move(onResult)]() mutable {
                         watcher->deleteLater();
                         Background::takeOver(); // what the task wrote, its result among it
                         onResult(watcher->result());
                     });
    watcher->setFuture(future);
}
