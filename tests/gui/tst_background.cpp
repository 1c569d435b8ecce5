// SPDX-License-Identifier: GPL-3.0-or-later
// Background::run, the GUI's way to a pool thread: the work runs off the calling thread on copies of
// its arguments, its result or exception reaches the future, whenFinished delivers it on the
// owner's thread unless the owner is gone, and a one-thread pool keeps the order of its tasks.
#include "common/background.h"
#include "common/whenfinished.h"

#include <memory>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace {
QString describe(const QString& text, int times)
{
    return text.repeated(times) + u" on "_s + (QThread::currentThread()->objectName());
}
} // namespace

class TestBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QThread::currentThread()->setObjectName(u"gui"_s); }

    void runsOffTheCallingThreadOnCopies()
    {
        QString text = u"ab"_s;
        QFuture<QString> future = Background::run(describe, text, 2);
        text = u"changed after the start"_s; // the task has its own copy
        Background::waitFor(future);
        QVERIFY(future.isFinished());
        QVERIFY(future.result().startsWith(u"abab on "_s));
        QVERIFY(!future.result().endsWith(u" on gui"_s));
    }

    void aLambdaWithoutArguments()
    {
        const int base = 40;
        QFuture<int> future = Background::run([base] { return base + 2; });
        Background::waitFor(future);
        QCOMPARE(future.result(), 42);
    }

    void anExceptionReachesTheFuture()
    {
        QFuture<int> future = Background::run([]() -> int { throw std::runtime_error("no"); });
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, future.waitForFinished()); // as QtConcurrent::run's
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, future.result());
    }

    void whenFinishedDeliversOnTheOwnersThread()
    {
        QObject owner;
        QThread* deliveredOn = nullptr;
        int delivered = 0;
        whenFinished(&owner, Background::run([] { return 7; }), [&](int value) {
            deliveredOn = QThread::currentThread();
            delivered = value;
        });
        QTRY_COMPARE(delivered, 7);
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    void anOwnerGoneHearsNothing()
    {
        auto owner = std::make_unique<QObject>();
        bool called = false;
        QFuture<int> future = Background::run([] {
            QThread::msleep(50);
            return 1;
        });
        whenFinished(owner.get(), future, [&](int) { called = true; });
        owner.reset();
        Background::waitFor(future);
        QTest::qWait(50); // the finished notice, had anyone kept it, would be delivered by now
        QVERIFY(!called);
    }

    void aOneThreadPoolKeepsTheOrder()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QList<int> order;
        QList<QFuture<void>> futures;
        for (int i = 0; i < 20; ++i)
            futures.append(Background::runIn(&pool, [&order, i] { order.append(i); }));
        for (QFuture<void>& future : futures)
            Background::waitFor(future);
        QList<int> expected;
        for (int i = 0; i < 20; ++i)
            expected.append(i);
        QCOMPARE(order, expected);
    }
};

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
