// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/providerfactory.h"
#include "sandbox/fakeproviderserver.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// Every client over real HTTP against the fake provider server on 127.0.0.1.
class TestProviderClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void completes_data();
    void completes();
    void jsonModeReachesTheServer_data();
    void jsonModeReachesTheServer();
    void missingUsageIsEstimated_data();
    void missingUsageIsEstimated();
    void faults_data();
    void faults();
    void rateLimitHints_data();
    void rateLimitHints();
    void connectionResetIsRetryable();
    void timeoutIsRetryable();
    void slowBodyStillArrives();
    void cancelling();
    void missingKeyIsFatal_data();
    void missingKeyIsFatal();
    void unknownModelIsFatal();
    void invalidRequestIsFatal();
    void manyRequestsInFlight();
    void skillIsReproducibleOverHttp();

private:
    Provider provider(ProviderKind kind, int timeoutSeconds = 10) const;
    CompletionResult complete(ProviderKind kind, const CompletionRequest& request, const QString& key = u"test-key"_s);

    FakeProviderServer m_server;
};

namespace {
const QString prompt = u"Ticket: I was charged twice for March."_s;

CompletionRequest classify(const QString& model = u"model-a"_s)
{
    CompletionRequest request;
    request.id = u"t01/"_s + model;
    request.model = model;
    request.systemPrompt = u"Route the ticket to one queue."_s;
    request.messages = { { u"user"_s, prompt } };
    request.temperature = 0.0;
    request.maxTokens = 20;
    request.attempt = 2;
    return request;
}

const QList<ProviderKind> allKinds { ProviderKind::OpenAiCompatible, ProviderKind::Anthropic, ProviderKind::Gemini,
                                     ProviderKind::Ollama };

void addKindRows()
{
    QTest::addColumn<ProviderKind>("kind");
    for (ProviderKind kind : allKinds)
        QTest::newRow(qPrintable(providerKindKey(kind))) << kind;
}
} // namespace

void TestProviderClients::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setTimeScale(0);
    m_server.simulator().setProfile(u"model-a"_s, { 1.0, 400 });
    m_server.simulator().addExpectedOutput(prompt, u"billing"_s);
}

void TestProviderClients::init()
{
    m_server.clearFaults();
    m_server.setLatency(0);
    m_server.setKnownModelsOnly(false);
    m_server.resetCounters();
}

Provider TestProviderClients::provider(ProviderKind kind, int timeoutSeconds) const
{
    Provider provider;
    provider.name = u"sandbox"_s;
    provider.kind = kind;
    provider.baseUrl = m_server.baseUrl(kind);
    provider.timeoutSeconds = timeoutSeconds;
    provider.headers = { { u"X-Team"_s, u"routing"_s } };
    return provider;
}

CompletionResult TestProviderClients::complete(ProviderKind kind, const CompletionRequest& request, const QString& key)
{
    const auto client = createProviderClient(provider(kind), key);
    QSignalSpy spy(client->send(request), &CompletionReply::finished);
    if (!spy.wait(10000))
        return {};
    return spy.first().first().value<CompletionResult>();
}

void TestProviderClients::completes_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QByteArray>("authHeader");
    QTest::addColumn<QString>("path");
    QTest::newRow("openai") << ProviderKind::OpenAiCompatible << QByteArray("authorization")
                            << u"/v1/chat/completions"_s;
    QTest::newRow("anthropic") << ProviderKind::Anthropic << QByteArray("x-api-key") << u"/v1/messages"_s;
    QTest::newRow("gemini") << ProviderKind::Gemini << QByteArray("x-goog-api-key")
                            << u"/v1beta/models/model-a:generateContent"_s;
    QTest::newRow("ollama") << ProviderKind::Ollama << QByteArray("authorization") << u"/api/chat"_s;
}

void TestProviderClients::completes()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QByteArray, authHeader);
    QFETCH(QString, path);
    const auto client = createProviderClient(provider(kind), u"test-key"_s);
    QSignalSpy clientSpy(client.get(), &ProviderClient::finished);
    QSignalSpy spy(client->send(classify()), &CompletionReply::finished);
    QVERIFY(spy.wait(5000));
    const auto result = spy.first().first().value<CompletionResult>();
    QVERIFY2(result.isOk(), qPrintable(result.errorMessage));
    QCOMPARE(result.text, u"billing"_s);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.requestId, u"t01/model-a"_s);
    QCOMPARE(result.attempts, 2);
    QVERIFY(!result.usageEstimated);
    QCOMPARE(result.outputTokens, 2);
    QCOMPARE(result.inputTokens, (30 + prompt.size() + 3) / 4 + 4 + 3);
    QVERIFY(result.latencyMs >= 0);
    QCOMPARE(clientSpy.size(), 1);

    const ReceivedRequest seen = m_server.lastRequest();
    QCOMPARE(seen.path, path);
    QCOMPARE(seen.model, u"model-a"_s);
    QVERIFY(seen.header(authHeader).contains("test-key"));
    QCOMPARE(seen.header("x-team"), QByteArray("routing"));
    QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
    QCOMPARE(m_server.requestCountForPath(path), 1);
}

void TestProviderClients::jsonModeReachesTheServer_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("openai") << ProviderKind::OpenAiCompatible << u"response_format"_s << u"json_object"_s;
    QTest::newRow("gemini") << ProviderKind::Gemini << u"generationConfig"_s << u"application/json"_s;
    QTest::newRow("ollama") << ProviderKind::Ollama << u"format"_s << u"json"_s;
    QTest::newRow("anthropic has no switch") << ProviderKind::Anthropic << QString() << QString();
}

void TestProviderClients::jsonModeReachesTheServer()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QString, field);
    QFETCH(QString, value);
    CompletionRequest request = classify();
    request.systemPrompt = u"Answer in JSON."_s;
    request.jsonMode = true;
    const CompletionResult result = complete(kind, request);
    QVERIFY2(result.isOk(), qPrintable(result.errorMessage));
    const QJsonObject body = m_server.lastRequest().json();
    if (field.isEmpty()) {
        QVERIFY(!body.contains(u"response_format"_s) && !body.contains(u"format"_s));
        return;
    }
    const QJsonValue actual = body[field];
    const QString seen = actual.isString()
        ? actual.toString()
        : (actual[u"type"_s].isString() ? actual[u"type"_s] : actual[u"responseMimeType"_s]).toString();
    QCOMPARE(seen, value);
}

void TestProviderClients::missingUsageIsEstimated_data()
{
    addKindRows();
}

void TestProviderClients::missingUsageIsEstimated()
{
    QFETCH(ProviderKind, kind);
    m_server.addFault({ .fault = Fault::MissingUsage, .count = 0 });
    const CompletionRequest request = classify();
    const CompletionResult result = complete(kind, request);
    QVERIFY2(result.isOk(), qPrintable(result.errorMessage));
    QCOMPARE(result.text, u"billing"_s);
    QVERIFY(result.usageEstimated);
    QCOMPARE(result.inputTokens, estimateInputTokens(request));
    QCOMPARE(result.outputTokens, estimateTokens(u"billing"_s));
}

void TestProviderClients::faults_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<CompletionError>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    using K = ProviderKind;
    using E = CompletionError;
    QTest::newRow("openai 500") << K::OpenAiCompatible << Fault::ServerError << E::Retryable << 500
                                << u"The server had an error"_s;
    QTest::newRow("openai 502 page") << K::OpenAiCompatible << Fault::BadGateway << E::Retryable << 502
                                     << u"502 Bad Gateway"_s;
    QTest::newRow("openai 503") << K::OpenAiCompatible << Fault::ServiceUnavailable << E::Retryable << 503
                                << u"overloaded"_s;
    QTest::newRow("openai quota") << K::OpenAiCompatible << Fault::InsufficientQuota << E::Fatal << 429
                                  << u"insufficient_quota: You exceeded your current quota"_s;
    QTest::newRow("openai garbage") << K::OpenAiCompatible << Fault::GarbageBody << E::Malformed << 200
                                    << u"not valid JSON"_s;
    QTest::newRow("openai truncated") << K::OpenAiCompatible << Fault::TruncatedBody << E::Malformed << 200
                                      << u"closed before the whole response"_s;
    QTest::newRow("anthropic 529") << K::Anthropic << Fault::Overloaded << E::Retryable << 529
                                   << u"overloaded_error: Overloaded"_s;
    QTest::newRow("anthropic 500") << K::Anthropic << Fault::ServerError << E::Retryable << 500
                                   << u"api_error: Internal server error"_s;
    QTest::newRow("anthropic credit") << K::Anthropic << Fault::InsufficientQuota << E::Fatal << 400
                                      << u"credit balance is too low"_s;
    QTest::newRow("anthropic garbage") << K::Anthropic << Fault::GarbageBody << E::Malformed << 200
                                       << u"not valid JSON"_s;
    QTest::newRow("gemini 503") << K::Gemini << Fault::ServiceUnavailable << E::Retryable << 503
                                << u"UNAVAILABLE: The model is overloaded"_s;
    QTest::newRow("gemini billing") << K::Gemini << Fault::InsufficientQuota << E::Fatal << 400
                                    << u"FAILED_PRECONDITION"_s;
    QTest::newRow("gemini truncated") << K::Gemini << Fault::TruncatedBody << E::Malformed << 200
                                      << u"closed before the whole response"_s;
    QTest::newRow("ollama 503 busy") << K::Ollama << Fault::ServiceUnavailable << E::Retryable << 503
                                     << u"server busy, please try again"_s;
    QTest::newRow("ollama 500") << K::Ollama << Fault::ServerError << E::Retryable << 500
                                << u"llama runner process has terminated"_s;
    QTest::newRow("ollama 502") << K::Ollama << Fault::BadGateway << E::Retryable << 502 << u"cloudflare"_s;
    QTest::newRow("ollama garbage") << K::Ollama << Fault::GarbageBody << E::Malformed << 200 << u"not valid JSON"_s;
}

void TestProviderClients::faults()
{
    QFETCH(ProviderKind, kind);
    QFETCH(Fault, fault);
    QFETCH(QString, message);
    m_server.addFault({ .fault = fault, .count = 0 });
    const CompletionResult result = complete(kind, classify());
    QTEST(result.error, "error");
    QTEST(result.httpStatus, "status");
    QVERIFY2(result.errorMessage.contains(message), qPrintable(result.errorMessage));
    QVERIFY(result.text.isEmpty());
    QVERIFY(!result.errorMessage.contains(u"test-key"_s));
}

void TestProviderClients::rateLimitHints_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<RetryHint>("hint");
    QTest::addColumn<int>("retryAfterMs");
    QTest::addColumn<qint64>("low");
    QTest::addColumn<qint64>("high");
    QTest::addColumn<QString>("message");

    using K = ProviderKind;
    QTest::newRow("openai retry-after-ms") << K::OpenAiCompatible << RetryHint::Milliseconds << 1500 << 1500ll << 1500ll
                                           << u"rate_limit_exceeded: Rate limit reached"_s;
    QTest::newRow("openai retry-after seconds")
        << K::OpenAiCompatible << RetryHint::Seconds << 2000 << 2000ll << 2000ll << u"rate_limit_exceeded"_s;
    QTest::newRow("anthropic retry-after seconds")
        << K::Anthropic << RetryHint::Seconds << 7000 << 7000ll << 7000ll << u"rate_limit_error: Number of requests"_s;
    // An HTTP date has whole seconds: the hint is what is left of them.
    QTest::newRow("anthropic retry-after date")
        << K::Anthropic << RetryHint::HttpDate << 5000 << 3000ll << 5000ll << u"rate_limit_error"_s;
    QTest::newRow("gemini retryDelay") << K::Gemini << RetryHint::GeminiRetryDelay << 1500 << 1500ll << 1500ll
                                       << u"RESOURCE_EXHAUSTED: You exceeded your current quota"_s;
    QTest::newRow("ollama retry-after") << K::Ollama << RetryHint::Seconds << 3000 << 3000ll << 3000ll
                                        << u"too many requests"_s;
}

void TestProviderClients::rateLimitHints()
{
    QFETCH(ProviderKind, kind);
    QFETCH(RetryHint, hint);
    QFETCH(int, retryAfterMs);
    QFETCH(qint64, low);
    QFETCH(qint64, high);
    QFETCH(QString, message);
    m_server.addFault({ .fault = Fault::RateLimited, .count = 0, .hint = hint, .retryAfterMs = retryAfterMs });
    const CompletionResult result = complete(kind, classify());
    QCOMPARE(result.error, CompletionError::Retryable);
    QCOMPARE(result.httpStatus, 429);
    QVERIFY(result.retryAfterMs.has_value());
    QVERIFY2(*result.retryAfterMs >= low && *result.retryAfterMs <= high,
             qPrintable(QString::number(*result.retryAfterMs)));
    QVERIFY2(result.errorMessage.startsWith(message), qPrintable(result.errorMessage));
}

void TestProviderClients::connectionResetIsRetryable()
{
    m_server.addFault({ .fault = Fault::ConnectionReset, .count = 0 });
    const CompletionResult result = complete(ProviderKind::OpenAiCompatible, classify());
    QCOMPARE(result.error, CompletionError::Retryable);
    QCOMPARE(result.httpStatus, 0);
    QCOMPARE(result.errorMessage, u"The server closed the connection without answering"_s);
    // Qt resends a request once or twice on its own when a connection drops before any answer.
    QVERIFY(m_server.requestCount() >= 1 && m_server.requestCount() <= 3);
}

void TestProviderClients::timeoutIsRetryable()
{
    m_server.setLatency(4000);
    const auto client = createProviderClient(provider(ProviderKind::Anthropic, 1), u"test-key"_s);
    QElapsedTimer clock;
    clock.start();
    QSignalSpy spy(client->send(classify()), &CompletionReply::finished);
    QVERIFY(spy.wait(5000));
    const auto result = spy.first().first().value<CompletionResult>();
    QCOMPARE(result.error, CompletionError::Retryable);
    QVERIFY2(result.errorMessage.contains(u"1 second"_s), qPrintable(result.errorMessage));
    QVERIFY(clock.elapsed() >= 900 && clock.elapsed() < 3500);
}

void TestProviderClients::slowBodyStillArrives()
{
    m_server.addFault({ .fault = Fault::SlowBody, .count = 0, .dribbleIntervalMs = 5 });
    const CompletionResult result = complete(ProviderKind::Gemini, classify());
    QVERIFY2(result.isOk(), qPrintable(result.errorMessage));
    QCOMPARE(result.text, u"billing"_s);
    QVERIFY(result.latencyMs >= 5 * 10);
}

void TestProviderClients::cancelling()
{
    m_server.setLatency(2000);
    const auto client = createProviderClient(provider(ProviderKind::Ollama), {});
    CompletionReply* reply = client->send(classify());
    QSignalSpy spy(reply, &CompletionReply::finished);
    QTimer::singleShot(50, reply, &CompletionReply::abort);
    QVERIFY(spy.wait(1500));
    const auto result = spy.first().first().value<CompletionResult>();
    QCOMPARE(result.error, CompletionError::Cancelled);
    QCOMPARE(result.requestId, u"t01/model-a"_s);
    QVERIFY(!spy.wait(100));
    QCOMPARE(spy.size(), 1);
}

void TestProviderClients::missingKeyIsFatal_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("openai") << ProviderKind::OpenAiCompatible << 401 << u"You didn't provide an API key"_s;
    QTest::newRow("anthropic") << ProviderKind::Anthropic << 401
                               << u"authentication_error: x-api-key header is required"_s;
    QTest::newRow("gemini") << ProviderKind::Gemini << 403 << u"PERMISSION_DENIED: Method doesn't allow"_s;
}

void TestProviderClients::missingKeyIsFatal()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QString, message);
    const CompletionResult result = complete(kind, classify(), {});
    QCOMPARE(result.error, CompletionError::Fatal);
    QTEST(result.httpStatus, "status");
    QVERIFY2(result.errorMessage.contains(message), qPrintable(result.errorMessage));
}

void TestProviderClients::unknownModelIsFatal()
{
    m_server.setKnownModelsOnly(true);
    const CompletionResult result = complete(ProviderKind::Gemini, classify(u"gemini-9-ultra"_s));
    QCOMPARE(result.error, CompletionError::Fatal);
    QCOMPARE(result.httpStatus, 404);
    QVERIFY(result.errorMessage.startsWith(u"NOT_FOUND: models/gemini-9-ultra is not found"_s));
}

void TestProviderClients::invalidRequestIsFatal()
{
    CompletionRequest request = classify();
    request.jsonMode = true; // OpenAI wants the word JSON in the messages then
    const CompletionResult result = complete(ProviderKind::OpenAiCompatible, request);
    QCOMPARE(result.error, CompletionError::Fatal);
    QCOMPARE(result.httpStatus, 400);
    QVERIFY(result.errorMessage.contains(u"must contain the word 'json'"_s));
}

void TestProviderClients::manyRequestsInFlight()
{
    m_server.setLatency(20, 20);
    const auto client = createProviderClient(provider(ProviderKind::OpenAiCompatible), u"test-key"_s);
    QSignalSpy spy(client.get(), &ProviderClient::finished);
    constexpr int count = 60;
    for (int i = 0; i < count; ++i) {
        CompletionRequest request = classify();
        request.id = QString::number(i);
        client->send(request);
    }
    while (spy.size() < count)
        QVERIFY(spy.wait(5000));
    QSet<QString> ids;
    for (const auto& arguments : spy) {
        const auto result = arguments.first().value<CompletionResult>();
        QVERIFY2(result.isOk(), qPrintable(result.errorMessage));
        ids.insert(result.requestId);
    }
    QCOMPARE(ids.size(), count);
    QCOMPARE(m_server.requestCount(), count);
}

void TestProviderClients::skillIsReproducibleOverHttp()
{
    m_server.simulator().setProfile(u"model-b"_s, { 0.8, 300 });
    const QStringList labels { u"billing"_s, u"account"_s, u"shipping"_s, u"technical"_s };
    const auto casePrompt = [](int i) { return u"Case %1: where should this ticket go?"_s.arg(i); };
    for (int i = 0; i < 200; ++i)
        m_server.simulator().addExpectedOutput(casePrompt(i), labels[i % labels.size()]);
    const auto client = createProviderClient(provider(ProviderKind::Gemini), u"test-key"_s);
    const auto run = [&] {
        QSignalSpy spy(client.get(), &ProviderClient::finished);
        for (int i = 0; i < 200; ++i) {
            CompletionRequest request = classify(u"model-b"_s);
            request.id = QString::number(i);
            request.messages = { { u"user"_s, casePrompt(i) } };
            client->send(request);
        }
        while (spy.size() < 200 && spy.wait(5000)) { }
        QList<bool> right(200);
        for (const auto& arguments : spy) {
            const auto result = arguments.first().value<CompletionResult>();
            const int i = result.requestId.toInt();
            right[i] = result.text == labels[i % labels.size()];
        }
        return right;
    };
    const QList<bool> first = run();
    const double share = first.count(true) / 200.0;
    QVERIFY2(share >= 0.7 && share <= 0.9, qPrintable(QString::number(share)));
    QCOMPARE(run(), first);
    QCOMPARE(m_server.requestCountForModel(u"model-b"_s), 400);
}

QTEST_GUILESS_MAIN(TestProviderClients)
#include "tst_providerclients.moc"
