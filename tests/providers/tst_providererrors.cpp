// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/providererrors.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestProviderErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifyHttpStatus_data();
    void classifyHttpStatus();
    void parseDuration_data();
    void parseDuration();
    void parseHttpDate_data();
    void parseHttpDate();
    void retryAfterFromHeaders_data();
    void retryAfterFromHeaders();
    void scrubSecrets_data();
    void scrubSecrets();
    void estimateTokens();
};

void TestProviderErrors::classifyHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<CompletionError>("expected");
    const QList<std::pair<int, CompletionError>> rows {
        { 200, CompletionError::None },      { 201, CompletionError::None },      { 400, CompletionError::Fatal },
        { 401, CompletionError::Fatal },     { 403, CompletionError::Fatal },     { 404, CompletionError::Fatal },
        { 422, CompletionError::Fatal },     { 408, CompletionError::Retryable }, { 409, CompletionError::Retryable },
        { 429, CompletionError::Retryable }, { 500, CompletionError::Retryable }, { 501, CompletionError::Fatal },
        { 502, CompletionError::Retryable }, { 503, CompletionError::Retryable }, { 504, CompletionError::Retryable },
        { 529, CompletionError::Retryable }
    };
    for (const auto& [status, expected] : rows)
        QTest::addRow("%d", status) << status << expected;
}

void TestProviderErrors::classifyHttpStatus()
{
    QFETCH(int, status);
    QFETCH(CompletionError, expected);
    QCOMPARE(ProviderErrors::classifyHttpStatus(status), expected);
}

void TestProviderErrors::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<qint64>>("expected");
    const auto ms = [](qint64 value) { return std::optional<qint64>(value); };
    QTest::newRow("whole seconds") << u"3s"_s << ms(3000);
    QTest::newRow("fractional seconds") << u"1.5s"_s << ms(1500);
    QTest::newRow("protobuf nanoseconds") << u"0.000340012s"_s << ms(1);
    QTest::newRow("milliseconds") << u"20ms"_s << ms(20);
    QTest::newRow("minutes and seconds") << u"6m0s"_s << ms(360000);
    QTest::newRow("hours") << u"1h2m3.5s"_s << ms(3723500);
    QTest::newRow("gemini daily quota") << u"10h17m5.723541104s"_s << ms(37025724);
    QTest::newRow("surrounding space") << u" 2s "_s << ms(2000);
    QTest::newRow("empty") << QString() << std::optional<qint64>();
    QTest::newRow("no unit") << u"3"_s << std::optional<qint64>();
    QTest::newRow("words") << u"soon"_s << std::optional<qint64>();
    QTest::newRow("trailing junk") << u"3sx"_s << std::optional<qint64>();
    QTest::newRow("inner junk") << u"1m x2s"_s << std::optional<qint64>();
}

void TestProviderErrors::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(std::optional<qint64>, expected);
    QCOMPARE(ProviderErrors::parseDuration(text), expected);
}

void TestProviderErrors::parseHttpDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime date(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << date;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << date;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << date;
    QTest::newRow("RFC 850, this century")
        << QByteArray("Monday, 23-Nov-26 10:00:00 GMT") << QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    QTest::newRow("not a date") << QByteArray("tomorrow") << QDateTime();
    QTest::newRow("seconds") << QByteArray("120") << QDateTime();
}

void TestProviderErrors::parseHttpDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const auto parsed = ProviderErrors::parseHttpDate(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed)
        QCOMPARE(*parsed, expected);
}

void TestProviderErrors::retryAfterFromHeaders_data()
{
    QTest::addColumn<HeaderMap>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<std::optional<qint64>>("expected");
    const auto ms = [](qint64 value) { return std::optional<qint64>(value); };
    QTest::newRow("none") << HeaderMap() << 429 << std::optional<qint64>();
    QTest::newRow("seconds") << HeaderMap { { "retry-after", "20" } } << 429 << ms(20000);
    QTest::newRow("fractional seconds") << HeaderMap { { "retry-after", "0.25" } } << 503 << ms(250);
    QTest::newRow("milliseconds win") << HeaderMap { { "retry-after-ms", "1500" }, { "retry-after", "2" } } << 429
                                      << ms(1500);
    QTest::newRow("HTTP date") << HeaderMap { { "retry-after", "Mon, 23 Nov 2026 10:00:30 GMT" } } << 429 << ms(30000);
    QTest::newRow("HTTP date in the past")
        << HeaderMap { { "retry-after", "Mon, 23 Nov 2026 09:00:00 GMT" } } << 429 << ms(0);
    QTest::newRow("garbage") << HeaderMap { { "retry-after", "later" } } << 429 << std::optional<qint64>();
    QTest::newRow("OpenAI reset headers on a 429")
        << HeaderMap { { "x-ratelimit-reset-requests", "1s" }, { "x-ratelimit-reset-tokens", "6m0s" } } << 429
        << ms(360000);
    QTest::newRow("reset headers mean nothing on success")
        << HeaderMap { { "x-ratelimit-reset-requests", "1s" } } << 200 << std::optional<qint64>();
}

void TestProviderErrors::retryAfterFromHeaders()
{
    QFETCH(HeaderMap, headers);
    QFETCH(int, status);
    QFETCH(std::optional<qint64>, expected);
    const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    QCOMPARE(ProviderErrors::retryAfterFromHeaders(headers, status, now), expected);
}

void TestProviderErrors::scrubSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the key itself") << u"bad key abcd1234efgh given"_s << u"abcd1234efgh"_s << u"bad key [key] given"_s;
    QTest::newRow("OpenAI's masked echo")
        << u"Incorrect API key provided: sk-proj-****************abcd. You can find your API key at https://platform.openai.com/account/api-keys."_s
        << QString()
        << u"Incorrect API key provided: [key] You can find your API key at https://platform.openai.com/account/api-keys."_s;
    QTest::newRow("anthropic-style key") << u"key sk-ant-api03-AAAABBBBCCCC rejected"_s << QString()
                                         << u"key [key] rejected"_s;
    QTest::newRow("google-style key") << u"API key AIzaSyA1234567890abcdef not valid"_s << QString()
                                      << u"API key [key] not valid"_s;
    QTest::newRow("bearer token") << u"header Authorization: Bearer tok3n-value-0123456789 was refused"_s << QString()
                                  << u"header Authorization: Bearer [key] was refused"_s;
    QTest::newRow("bearer in prose") << u"use Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."_s << QString()
                                     << u"use Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."_s;
    QTest::newRow("nothing secret") << u"model: claude-x not found; ask-me-later"_s << u"secret-value"_s
                                    << u"model: claude-x not found; ask-me-later"_s;
}

void TestProviderErrors::scrubSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(ProviderErrors::scrubSecrets(text, key), expected);
}

void TestProviderErrors::estimateTokens()
{
    QCOMPARE(::estimateTokens(QString()), 0);
    QCOMPARE(::estimateTokens(u"abc"_s), 1);
    QCOMPARE(::estimateTokens(u"abcd"_s), 1);
    QCOMPARE(::estimateTokens(u"abcde"_s), 2);
    QCOMPARE(::estimateTokens(QString(400, u'x')), 100);
    CompletionRequest request;
    request.systemPrompt = QString(40, u's');
    request.messages = { { u"user"_s, QString(80, u'u') } };
    QCOMPARE(estimateInputTokens(request), 10 + 20 + 3);
}

QTEST_GUILESS_MAIN(TestProviderErrors)
#include "tst_providererrors.moc"
