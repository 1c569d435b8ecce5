// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <exception>
#include <functional>
#include <QFuture>
#include <QPromise>
#include <QRunnable>
#include <QThreadPool>
#include <type_traits>
#include <utility>

// Work the GUI hands to a pool thread: what QtConcurrent::run does, in a task whose hand-overs a
// ThreadSanitizer build can see.
//
// Debian's Qt is not built with ThreadSanitizer, so the thread pool's lock that orders the GUI
// thread's start of a task before the pool thread's run, and the future's lock that orders the
// result before the GUI thread reads it, are invisible to it: every QtConcurrent::run task is a
// reported race on its own arguments. Here the task tells ThreadSanitizer of the two hand-overs
// itself (takeOver and handOver, which do nothing in other builds), so that what the work shares
// with the GUI thread beyond its copied arguments is still checked.
namespace Background {

// The GUI thread's side: before a task starts, and once its result or end has been waited for.
void handOver();
void takeOver();

template <typename Callable> class Task final : public QRunnable
{
public:
    using Result = std::invoke_result_t<Callable&>;

    explicit Task(Callable callable)
        : m_callable(std::move(callable))
    {
        m_promise.start();
    }

    QFuture<Result> future() { return m_promise.future(); }

    void run() override
    {
        takeOver(); // first: the task's members were written on the thread that started it
        try {
            if constexpr (std::is_void_v<Result>)
                m_callable();
            else
                m_promise.addResult(m_callable());
        } catch (...) {
            m_promise.setException(std::current_exception());
        }
        handOver(); // before finish(): the result is read once the future says it is finished
        m_promise.finish();
    }

private:
    Callable m_callable;
    QPromise<Result> m_promise;
};

// function(args...) on pool, with copies of args, as QtConcurrent::run(pool, function, args...).
template <typename Function, typename... Args> auto runIn(QThreadPool* pool, Function&& function, Args&&... args)
{
    auto call = [function = std::forward<Function>(function), ... args = std::forward<Args>(args)]() mutable {
        return std::invoke(function, args...);
    };
    auto* task = new Task<decltype(call)>(std::move(call));
    auto future = task->future();
    handOver();
    pool->start(task); // the pool deletes the task once it has run
    return future;
}

// function(args...) on the application's global thread pool.
template <typename Function, typename... Args> auto run(Function&& function, Args&&... args)
{
    return runIn(QThreadPool::globalInstance(), std::forward<Function>(function), std::forward<Args>(args)...);
}

// Waits for future to finish, and takes over what its task wrote (its result, dropped later here).
template <typename T> void waitFor(QFuture<T>& future)
{
    future.waitForFinished();
    takeOver();
}

} // namespace Background
