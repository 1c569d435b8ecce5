// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttpconnection.h"
#include "sandbox/fakeproviderserver.h"

#include <memory>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The fake provider server at the HTTP level: framing, connections, validation, faults, counters.
class TestFakeProviderServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void servesEveryWireFormat_data();
    void servesEveryWireFormat();
    void validatesLikeTheRealApis_data();
    void validatesLikeTheRealApis();
    void keepsConnectionsAlive();
    void answersPipelinedRequestsInOrder();
    void closesWhenAsked();
    void refusesBrokenRequests_data();
    void refusesBrokenRequests();
    void unknownPathsAndMethods();
    void countsWhatItServes();
    void knownModelsOnly();
    void ollamaStreamsUnlessToldNot();
    void servesManyConnectionsAtOnce();
    void latencyDoesNotBlock();
    void faultsByCounter();
    void faultsByProbabilityAreReproducible();
    void truncatedBody();
    void slowBody();
    void connectionReset();

private:
    std::unique_ptr<FakeProviderServer> m_server;
    quint16 port() const { return m_server->serverPort(); }
};

namespace {
using Lines = QList<QByteArray>;

const QByteArray openAiPath = "/v1/chat/completions";
const QByteArray openAiBody = R"({"model":"m1","messages":[{"role":"user","content":"Hi"}]})";
const Lines openAiAuth { "Authorization: Bearer test-key" };
const QByteArray anthropicBody = R"({"model":"m1","max_tokens":50,"messages":[{"role":"user","content":"Hi"}]})";
const Lines anthropicAuth { "x-api-key: test-key", "anthropic-version: 2023-06-01" };
const QByteArray geminiPath = "/v1beta/models/m1:generateContent";
const QByteArray geminiBody = R"({"contents":[{"role":"user","parts":[{"text":"Hi"}]}]})";
const Lines geminiAuth { "x-goog-api-key: test-key" };
const QByteArray ollamaBody = R"({"model":"m1","messages":[{"role":"user","content":"Hi"}],"stream":false})";

QJsonValue at(const QJsonObject& root, const QString& path)
{
    QJsonValue value = root;
    for (const QString& step : path.split(u'.')) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        value = isIndex ? value[index] : value[step];
    }
    return value;
}

RawHttpConnection::Response exchange(quint16 port, const QByteArray& path, const QByteArray& body, const Lines& headers)
{
    RawHttpConnection connection(port);
    connection.post(path, body, headers);
    return connection.read().value_or(RawHttpConnection::Response());
}
} // namespace

void TestFakeProviderServer::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    m_server->setTimeScale(0);
    QVERIFY(m_server->listen());
}

void TestFakeProviderServer::servesEveryWireFormat_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<Lines>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("textPath");
    QTest::addColumn<QString>("usagePath");

    QTest::newRow("openai") << openAiPath << openAiAuth << openAiBody << u"choices.0.message.content"_s
                            << u"usage.completion_tokens"_s;
    QTest::newRow("openai without /v1") << QByteArray("/chat/completions") << openAiAuth << openAiBody
                                        << u"choices.0.message.content"_s << u"usage.prompt_tokens"_s;
    QTest::newRow("anthropic") << QByteArray("/v1/messages") << anthropicAuth << anthropicBody << u"content.0.text"_s
                               << u"usage.output_tokens"_s;
    QTest::newRow("gemini") << geminiPath << geminiAuth << geminiBody << u"candidates.0.content.parts.0.text"_s
                            << u"usageMetadata.candidatesTokenCount"_s;
    QTest::newRow("gemini, key in the query")
        << geminiPath + "?key=test-key" << Lines() << geminiBody << u"candidates.0.content.parts.0.text"_s
        << u"usageMetadata.promptTokenCount"_s;
    QTest::newRow("ollama") << QByteArray("/api/chat") << Lines() << ollamaBody << u"message.content"_s
                            << u"eval_count"_s;
}

void TestFakeProviderServer::servesEveryWireFormat()
{
    QFETCH(QByteArray, path);
    QFETCH(Lines, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, textPath);
    QFETCH(QString, usagePath);
    const auto response = exchange(port(), path, body, headers);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("content-type"), QByteArray("application/json"));
    QVERIFY(!at(response.json(), textPath).toString().isEmpty());
    QVERIFY(at(response.json(), usagePath).toInteger() > 0);
}

void TestFakeProviderServer::validatesLikeTheRealApis_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<Lines>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("openai without a key")
        << openAiPath << Lines() << openAiBody << 401 << u"error.type"_s << u"invalid_request_error"_s;
    QTest::newRow("openai with an empty bearer") << openAiPath << Lines { "Authorization: Bearer " } << openAiBody
                                                 << 401 << u"error.type"_s << u"invalid_request_error"_s;
    QTest::newRow("openai bad JSON") << openAiPath << openAiAuth << QByteArray("{\"model\":") << 400 << u"error.type"_s
                                     << u"invalid_request_error"_s;
    QTest::newRow("openai without a model")
        << openAiPath << openAiAuth << QByteArray(R"({"messages":[{"role":"user","content":"Hi"}]})") << 400
        << u"error.message"_s << u"you must provide a model parameter"_s;
    QTest::newRow("openai, empty messages") << openAiPath << openAiAuth << QByteArray(R"({"model":"m1","messages":[]})")
                                            << 400 << u"error.type"_s << u"invalid_request_error"_s;
    QTest::newRow("openai, bad role") << openAiPath << openAiAuth
                                      << QByteArray(R"({"model":"m1","messages":[{"role":"bot","content":"Hi"}]})")
                                      << 400 << u"error.type"_s << u"invalid_request_error"_s;
    QTest::newRow("openai, hot temperature")
        << openAiPath << openAiAuth
        << QByteArray(R"({"model":"m1","temperature":2.5,"messages":[{"role":"user","content":"Hi"}]})") << 400
        << u"error.type"_s << u"invalid_request_error"_s;
    QTest::newRow("openai, JSON mode without saying JSON")
        << openAiPath << openAiAuth
        << QByteArray(
               R"({"model":"m1","response_format":{"type":"json_object"},"messages":[{"role":"user","content":"Hi"}]})")
        << 400 << u"error.message"_s
        << u"'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'."_s;
    QTest::newRow("anthropic without a key") << QByteArray("/v1/messages") << Lines { "anthropic-version: 2023-06-01" }
                                             << anthropicBody << 401 << u"error.type"_s << u"authentication_error"_s;
    QTest::newRow("anthropic without a version")
        << QByteArray("/v1/messages") << Lines { "x-api-key: k" } << anthropicBody << 400 << u"error.message"_s
        << u"anthropic-version: header is required"_s;
    QTest::newRow("anthropic without max_tokens")
        << QByteArray("/v1/messages") << anthropicAuth
        << QByteArray(R"({"model":"m1","messages":[{"role":"user","content":"Hi"}]})") << 400 << u"error.message"_s
        << u"max_tokens: Field required"_s;
    QTest::newRow("anthropic, system as a message")
        << QByteArray("/v1/messages") << anthropicAuth
        << QByteArray(
               R"({"model":"m1","max_tokens":5,"messages":[{"role":"system","content":"x"},{"role":"user","content":"Hi"}]})")
        << 400 << u"error.type"_s << u"invalid_request_error"_s;
    QTest::newRow("anthropic, temperature above 1")
        << QByteArray("/v1/messages") << anthropicAuth
        << QByteArray(R"({"model":"m1","max_tokens":5,"temperature":1.5,"messages":[{"role":"user","content":"Hi"}]})")
        << 400 << u"type"_s << u"error"_s;
    QTest::newRow("gemini without a key")
        << geminiPath << Lines() << geminiBody << 403 << u"error.status"_s << u"PERMISSION_DENIED"_s;
    QTest::newRow("gemini, unknown field")
        << geminiPath << geminiAuth << QByteArray(R"({"contents":[{"parts":[{"text":"Hi"}]}],"generation_confg":{}})")
        << 400 << u"error.message"_s
        << u"Invalid JSON payload received. Unknown name \"generation_confg\": Cannot find field."_s;
    QTest::newRow("gemini, no contents") << geminiPath << geminiAuth << QByteArray(R"({"contents":[]})") << 400
                                         << u"error.status"_s << u"INVALID_ARGUMENT"_s;
    QTest::newRow("gemini, bad MIME type")
        << geminiPath << geminiAuth
        << QByteArray(R"({"contents":[{"parts":[{"text":"Hi"}]}],"generationConfig":{"responseMimeType":"text/json"}})")
        << 400 << u"error.code"_s << u"400"_s;
    QTest::newRow("ollama without a model")
        << QByteArray("/api/chat") << Lines() << QByteArray(R"({"messages":[{"role":"user","content":"Hi"}]})") << 400
        << u"error"_s << u"model is required"_s;
}

void TestFakeProviderServer::validatesLikeTheRealApis()
{
    QFETCH(QByteArray, path);
    QFETCH(Lines, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const auto response = exchange(port(), path, body, headers);
    QTEST(response.status, "status");
    const QJsonValue actual = at(response.json(), field);
    QCOMPARE(actual.isDouble() ? QString::number(actual.toInteger()) : actual.toString(), value);
    QCOMPARE(m_server->requestCountForModel(u"m1"_s), 0);
}

void TestFakeProviderServer::keepsConnectionsAlive()
{
    RawHttpConnection connection(port());
    for (int i = 0; i < 3; ++i) {
        connection.post(openAiPath, openAiBody, openAiAuth);
        const auto response = connection.read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->headers.value("connection"), QByteArray("keep-alive"));
    }
    QVERIFY(connection.isOpen());
    QCOMPARE(m_server->connectionCount(), 1);
    QCOMPARE(m_server->requestCount(), 3);
}

void TestFakeProviderServer::answersPipelinedRequestsInOrder()
{
    m_server->setLatency(30, 30);
    RawHttpConnection connection(port());
    const QByteArray first = R"({"model":"first","messages":[{"role":"user","content":"Hi"}],"stream":false})";
    const QByteArray second = R"({"model":"second","messages":[{"role":"user","content":"Hi"}],"stream":false})";
    connection.post("/api/chat", first);
    connection.post("/api/chat", second);
    const auto one = connection.read();
    const auto two = connection.read();
    QVERIFY(one && two);
    QCOMPARE(one->json()[u"model"_s].toString(), u"first"_s);
    QCOMPARE(two->json()[u"model"_s].toString(), u"second"_s);
}

void TestFakeProviderServer::closesWhenAsked()
{
    RawHttpConnection connection(port());
    connection.post(openAiPath, openAiBody, openAiAuth + Lines { "Connection: close" });
    const auto response = connection.read();
    QVERIFY(response);
    QCOMPARE(response->headers.value("connection"), QByteArray("close"));
    QVERIFY(connection.waitForClose());
}

void TestFakeProviderServer::refusesBrokenRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::newRow("no version") << QByteArray("POST /api/chat\r\n\r\n") << 400;
    QTest::newRow("header without colon") << QByteArray("POST /api/chat HTTP/1.1\r\nHost\r\n\r\n") << 400;
    QTest::newRow("bad length") << QByteArray("POST /api/chat HTTP/1.1\r\nContent-Length: x\r\n\r\n") << 400;
    QTest::newRow("chunked") << QByteArray("POST /api/chat HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                             << 411;
    QTest::newRow("huge head") << QByteArray("POST /api/chat HTTP/1.1\r\nX-Pad: " + QByteArray(70000, 'a')) << 431;
    QTest::newRow("huge body") << QByteArray("POST /api/chat HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n") << 413;
}

void TestFakeProviderServer::refusesBrokenRequests()
{
    QFETCH(QByteArray, bytes);
    RawHttpConnection connection(port());
    connection.send(bytes);
    const auto response = connection.read();
    QVERIFY(response);
    QTEST(response->status, "status");
    QVERIFY(connection.waitForClose());
}

void TestFakeProviderServer::unknownPathsAndMethods()
{
    QCOMPARE(exchange(port(), "/v2/complete", openAiBody, openAiAuth).status, 404);
    RawHttpConnection connection(port());
    connection.send("GET /api/chat HTTP/1.1\r\nHost: x\r\n\r\n");
    const auto response = connection.read();
    QVERIFY(response);
    QCOMPARE(response->status, 405);
    QCOMPARE(m_server->requestCountForPath(u"/v2/complete"_s), 1);
}

void TestFakeProviderServer::countsWhatItServes()
{
    exchange(port(), openAiPath, openAiBody, openAiAuth);
    exchange(port(), openAiPath, openAiBody, openAiAuth);
    exchange(port(), "/v1/messages", anthropicBody, anthropicAuth);
    exchange(port(), geminiPath, geminiBody, geminiAuth);
    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(m_server->requestCountForModel(u"m1"_s), 4);
    QCOMPARE(m_server->requestCountForPath(QString::fromLatin1(openAiPath)), 2);
    QCOMPARE(m_server->requestCountForPath(QString::fromLatin1(geminiPath)), 1);
    const ReceivedRequest last = m_server->lastRequest();
    QCOMPARE(last.model, u"m1"_s);
    QCOMPARE(last.header("x-goog-api-key"), QByteArray("test-key"));
    QCOMPARE(last.json()[u"contents"_s][0][u"parts"_s][0][u"text"_s].toString(), u"Hi"_s);
    m_server->resetCounters();
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(m_server->receivedRequests().isEmpty());
}

void TestFakeProviderServer::knownModelsOnly()
{
    m_server->setKnownModelsOnly(true);
    m_server->simulator().setProfile(u"known"_s, { 0.9, 0 });
    const auto unknown = exchange(port(), "/v1/messages", anthropicBody, anthropicAuth);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(at(unknown.json(), u"error.type"_s).toString(), u"not_found_error"_s);
    QByteArray known = anthropicBody;
    known.replace("\"m1\"", "\"known\"");
    QCOMPARE(exchange(port(), "/v1/messages", known, anthropicAuth).status, 200);
}

void TestFakeProviderServer::ollamaStreamsUnlessToldNot()
{
    const auto response
        = exchange(port(), "/api/chat", R"({"model":"m1","messages":[{"role":"user","content":"Hi"}]})", {});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("content-type"), QByteArray("application/x-ndjson"));
    const QList<QByteArray> lines = response.body.trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    QString text;
    for (const auto& line : lines)
        text += QJsonDocument::fromJson(line)[u"message"_s][u"content"_s].toString();
    QVERIFY(!text.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(lines.constLast())[u"done"_s].toBool(), true);
    QVERIFY(QJsonDocument::fromJson(lines.constLast())[u"eval_count"_s].toInteger() > 0);
}

void TestFakeProviderServer::servesManyConnectionsAtOnce()
{
    m_server->setLatency(20, 20);
    std::vector<std::unique_ptr<RawHttpConnection>> connections;
    for (int i = 0; i < 120; ++i) {
        connections.push_back(std::make_unique<RawHttpConnection>(port()));
        connections.back()->post("/api/chat", ollamaBody);
    }
    for (const auto& connection : connections) {
        const auto response = connection->read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }
    QCOMPARE(m_server->requestCount(), 120);
}

void TestFakeProviderServer::latencyDoesNotBlock()
{
    m_server->setLatency(300);
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<RawHttpConnection>> connections;
    for (int i = 0; i < 20; ++i) {
        connections.push_back(std::make_unique<RawHttpConnection>(port()));
        connections.back()->post("/api/chat", ollamaBody);
    }
    for (const auto& connection : connections)
        QVERIFY(connection->read());
    QVERIFY(clock.elapsed() >= 300);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TestFakeProviderServer::faultsByCounter()
{
    m_server->addFault({ .fault = Fault::ServerError, .model = u"m1"_s, .from = 2, .count = 2 });
    QList<int> statuses;
    for (int i = 0; i < 5; ++i)
        statuses.append(exchange(port(), openAiPath, openAiBody, openAiAuth).status);
    QCOMPARE(statuses, (QList<int> { 200, 500, 500, 200, 200 }));
    QByteArray other = openAiBody;
    other.replace("\"m1\"", "\"m2\"");
    QCOMPARE(exchange(port(), openAiPath, other, openAiAuth).status, 200);
}

void TestFakeProviderServer::faultsByProbabilityAreReproducible()
{
    const auto pattern = [this] {
        init();
        m_server->setSeed(7);
        m_server->addFault({ .fault = Fault::ServiceUnavailable, .count = 0, .probability = 0.3 });
        QList<int> statuses;
        for (int i = 0; i < 60; ++i)
            statuses.append(exchange(port(), "/api/chat", ollamaBody, {}).status);
        return statuses;
    };
    const QList<int> first = pattern();
    QCOMPARE(pattern(), first);
    const auto failures = first.count(503);
    QVERIFY2(failures >= 8 && failures <= 30, qPrintable(QString::number(failures)));
    QCOMPARE(first.count(200) + failures, 60);
}

void TestFakeProviderServer::truncatedBody()
{
    m_server->addFault({ .fault = Fault::TruncatedBody, .count = 0 });
    RawHttpConnection connection(port());
    connection.post("/api/chat", ollamaBody);
    QVERIFY(!connection.read());
    QVERIFY(connection.waitForClose());
    const QByteArray received = connection.unparsed();
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QVERIFY(received.contains("200 OK"));
    const qsizetype declared
        = received.mid(received.indexOf("Content-Length: ") + 16, 8).split('\r').first().toLongLong();
    QVERIFY(received.size() - headEnd - 4 < declared);
}

void TestFakeProviderServer::slowBody()
{
    m_server->addFault({ .fault = Fault::SlowBody, .count = 0, .dribbleIntervalMs = 10 });
    RawHttpConnection connection(port());
    QElapsedTimer clock;
    clock.start();
    connection.post("/api/chat", ollamaBody);
    const auto response = connection.read();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QVERIFY(!response->json()[u"message"_s][u"content"_s].toString().isEmpty());
    const qint64 chunks = (response->body.size() + 15) / 16;
    QVERIFY(clock.elapsed() >= (chunks - 1) * 10);
    QVERIFY(connection.readyReadCount() > 2);
}

void TestFakeProviderServer::connectionReset()
{
    m_server->addFault({ .fault = Fault::ConnectionReset, .count = 0 });
    RawHttpConnection connection(port());
    connection.post("/api/chat", ollamaBody);
    QVERIFY(!connection.read());
    QVERIFY(connection.waitForClose());
    QVERIFY(connection.unparsed().isEmpty());
}

QTEST_GUILESS_MAIN(TestFakeProviderServer)
#include "tst_fakeproviderserver.moc"
