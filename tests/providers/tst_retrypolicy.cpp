// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/retrypolicy.h"

#include <QTest>

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRetry_data();
    void shouldRetry();
    void backoffCeiling_data();
    void backoffCeiling();
    void delay_data();
    void delay();
    void jitterIsSpreadOverTheWholeRange();
};

namespace {
CompletionResult failure(CompletionError error, int attempts, std::optional<qint64> retryAfterMs = std::nullopt)
{
    CompletionResult result;
    result.error = error;
    result.attempts = attempts;
    result.retryAfterMs = retryAfterMs;
    return result;
}
} // namespace

void TestRetryPolicy::shouldRetry_data()
{
    QTest::addColumn<CompletionResult>("result");
    QTest::addColumn<bool>("retryMalformed");
    QTest::addColumn<bool>("expected");

    QTest::newRow("success") << failure(CompletionError::None, 1) << true << false;
    QTest::newRow("retryable, first attempt") << failure(CompletionError::Retryable, 1) << true << true;
    QTest::newRow("retryable, third attempt") << failure(CompletionError::Retryable, 3) << true << true;
    QTest::newRow("retryable, attempts used up") << failure(CompletionError::Retryable, 4) << true << false;
    QTest::newRow("fatal") << failure(CompletionError::Fatal, 1) << true << false;
    QTest::newRow("answer too large") << failure(CompletionError::TooLarge, 1) << true << false;
    for (Refusal refusal : { Refusal::Refused, Refusal::ContentFilter, Refusal::EmptyAnswer }) {
        CompletionResult declined = failure(CompletionError::None, 1);
        declined.refusal = refusal;
        QTest::addRow("%s", qPrintable(refusalKey(refusal))) << declined << true << false;
    }
    QTest::newRow("cancelled") << failure(CompletionError::Cancelled, 1) << true << false;
    QTest::newRow("malformed, retried") << failure(CompletionError::Malformed, 1) << true << true;
    QTest::newRow("malformed, not retried") << failure(CompletionError::Malformed, 1) << false << false;
    QTest::newRow("hint within bound") << failure(CompletionError::Retryable, 1, 120000) << true << true;
    QTest::newRow("hint of a daily quota") << failure(CompletionError::Retryable, 1, 37000000) << true << false;
}

void TestRetryPolicy::shouldRetry()
{
    QFETCH(CompletionResult, result);
    QFETCH(bool, retryMalformed);
    QFETCH(bool, expected);
    RetryPolicy policy;
    policy.retryMalformed = retryMalformed;
    QCOMPARE(policy.shouldRetry(result), expected);
}

void TestRetryPolicy::backoffCeiling_data()
{
    QTest::addColumn<int>("attemptsSoFar");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("after the first") << 1 << qint64(500);
    QTest::newRow("after the second") << 2 << qint64(1000);
    QTest::newRow("after the fourth") << 4 << qint64(4000);
    QTest::newRow("capped") << 8 << qint64(30000);
    QTest::newRow("far past the cap") << 1000 << qint64(30000);
    QTest::newRow("nonsense attempt count") << 0 << qint64(500);
}

void TestRetryPolicy::backoffCeiling()
{
    QFETCH(int, attemptsSoFar);
    QFETCH(qint64, expected);
    QCOMPARE(RetryPolicy().backoffCeilingMs(attemptsSoFar), expected);
}

void TestRetryPolicy::delay_data()
{
    QTest::addColumn<int>("attemptsSoFar");
    QTest::addColumn<std::optional<qint64>>("retryAfterMs");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");

    const std::optional<qint64> none;
    QTest::newRow("no wait at random 0") << 1 << none << 0.0 << qint64(0);
    QTest::newRow("half the ceiling") << 3 << none << 0.5 << qint64(1000);
    QTest::newRow("just below the ceiling") << 2 << none << 0.999 << qint64(999);
    QTest::newRow("capped ceiling") << 12 << none << 0.5 << qint64(15000);
    QTest::newRow("hint beats a short backoff") << 1 << std::optional<qint64>(5000) << 0.0 << qint64(5000);
    QTest::newRow("hint spread by a tenth") << 1 << std::optional<qint64>(5000) << 0.5 << qint64(5250);
    QTest::newRow("backoff beats a short hint") << 6 << std::optional<qint64>(100) << 0.5 << qint64(8000);
    QTest::newRow("hint capped") << 1 << std::optional<qint64>(999999999) << 0.0 << qint64(120000);
    QTest::newRow("negative hint") << 1 << std::optional<qint64>(-5) << 0.0 << qint64(0);
}

void TestRetryPolicy::delay()
{
    QFETCH(int, attemptsSoFar);
    QFETCH(std::optional<qint64>, retryAfterMs);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    QCOMPARE(RetryPolicy().delayMs(attemptsSoFar, retryAfterMs, random), expected);
}

void TestRetryPolicy::jitterIsSpreadOverTheWholeRange()
{
    const RetryPolicy policy;
    const qint64 ceiling = policy.backoffCeilingMs(3);
    double sum = 0;
    qint64 smallest = ceiling;
    qint64 largest = 0;
    constexpr int draws = 2000;
    for (int i = 0; i < draws; ++i) {
        const qint64 delay = policy.delayMs(3, std::nullopt);
        QVERIFY(delay >= 0 && delay <= ceiling);
        smallest = std::min(smallest, delay);
        largest = std::max(largest, delay);
        sum += double(delay);
    }
    const double mean = sum / draws / double(ceiling);
    QVERIFY2(mean > 0.4 && mean < 0.6, qPrintable(QString::number(mean)));
    QVERIFY(smallest < ceiling / 10);
    QVERIFY(largest > ceiling * 9 / 10);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
