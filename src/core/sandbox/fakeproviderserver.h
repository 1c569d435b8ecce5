// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/provider.h"
#include "faultinjector.h"
#include "httpmessage.h"
#include "modelsimulator.h"

#include <memory>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <vector>

class FakeApi;
class FakeBatchService;
class HttpConnection;
class QTcpServer;

// A request as the server saw it, for tests to inspect.
struct ReceivedRequest {
    QByteArray method;
    QString path;
    QString model; // empty when the request was refused before its model was known
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QUrlQuery query; // Gemini's key may travel here

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    QJsonObject json() const;
};

// An in-process stand-in for LLM providers on 127.0.0.1, speaking all four wire formats on their
// real paths: /v1/chat/completions and /chat/completions (OpenAI), /v1/messages (Anthropic),
// /v1beta/models/{model}:generateContent (Gemini), /api/chat (Ollama), and the batch APIs of the
// first three (see FakeBatchService). It checks the
// authentication headers and the request shape as the real APIs do, answers with simulated models
// (see ModelSimulator) after a latency that never blocks its thread, and injects faults on demand.
// Lives on the thread that creates it; serves many keep-alive connections at once.
class FakeProviderServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeProviderServer(QObject* parent = nullptr);
    ~FakeProviderServer() override;

    bool listen(quint16 port = 0); // 0: any free port
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QString errorString() const;
    // What a Provider of this kind should use as its base URL to reach this server.
    QString baseUrl(ProviderKind kind) const;

    // Latency of every answer: fixed plus a uniform jitter, on top of the simulated model's.
    void setLatency(int fixedMs, int jitterMs = 0);
    // Multiplies the simulated models' latencies: 0 answers at once, 0.1 runs ten times faster.
    void setTimeScale(double scale);
    void setSeed(quint64 seed); // jitter and probabilistic faults
    // When set, a model without a simulation profile gets the format's 404, like a wrong model id.
    void setKnownModelsOnly(bool knownOnly);

    // The three providers' batch APIs, and how they behave (completion time, failures, expiry).
    FakeBatchService& batches() { return *m_batches; }

    ModelSimulator& simulator() { return m_simulator; }
    const ModelSimulator& simulator() const { return m_simulator; }

    void addFault(const FaultRule& rule);
    void clearFaults();

    int requestCount() const { return m_requestCount; }
    int requestCountForModel(const QString& model) const { return m_byModel.value(model); }
    int requestCountForPath(const QString& path) const { return m_byPath.value(path); }
    QList<ReceivedRequest> receivedRequests() const { return m_received; } // oldest first, see maxRecordedBody
    ReceivedRequest lastRequest() const;
    void resetCounters();
    int connectionCount() const;

    static constexpr int maxRecorded = 256;
    // A body past this size is recorded empty: batch uploads run to many megabytes, and 256 of them
    // would hold the sandbox's memory for nothing.
    static constexpr qsizetype maxRecordedBody = 1024 * 1024;

Q_SIGNALS:
    void requestServed(const QString& path, const QString& model, int httpStatus); // 0: connection dropped
    // A streamed answer (Fault::HugeAnswer) ended, sent in full or cut off by the client.
    void streamEnded(qint64 bytesWritten);

private:
    void acceptConnections();
    void handle(HttpConnection* connection, const HttpRequest& request);
    void record(const HttpRequest& request, const QString& model);
    const FakeApi* apiFor(const QString& path) const;
    HttpResponse respondToCall(const FakeApi& api, const SimulatedCall& call, qint64* delayMs);
    HttpResponse faultResponse(const FakeApi& api, const SimulatedCall& call, const SimulatedAnswer& answer,
                               const FaultRule& fault) const;
    void deliver(HttpConnection* connection, const HttpResponse& response, qint64 delayMs, const QString& path,
                 const QString& model);
    qint64 baseLatencyMs();

    QTcpServer* m_server;
    std::vector<std::unique_ptr<FakeApi>> m_apis;
    std::unique_ptr<FakeBatchService> m_batches;
    ModelSimulator m_simulator;
    FaultInjector m_faults;
    QRandomGenerator m_random;
    int m_fixedLatencyMs = 0;
    int m_jitterMs = 0;
    double m_timeScale = 1.0;
    bool m_knownModelsOnly = false;
    int m_requestCount = 0;
    QHash<QString, int> m_byModel;
    QHash<QString, int> m_byPath;
    QList<ReceivedRequest> m_received;
};
