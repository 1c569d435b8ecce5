// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeproviderserver.h"

#include "batch/fakebatchservice.h"
#include "fakeanthropicapi.h"
#include "fakegeminiapi.h"
#include "fakeollamaapi.h"
#include "fakeopenaiapi.h"
#include "faultresponses.h"
#include "httpconnection.h"

#include <cmath>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
ApiError apiErrorOf(Fault fault)
{
    switch (fault) {
    case Fault::RateLimited:
        return ApiError::RateLimited;
    case Fault::BadGateway:
        return ApiError::BadGateway;
    case Fault::ServiceUnavailable:
        return ApiError::Unavailable;
    case Fault::Overloaded:
        return ApiError::Overloaded;
    case Fault::InsufficientQuota:
        return ApiError::QuotaExceeded;
    default:
        return ApiError::ServerError;
    }
}

HttpResponse simpleError(int status, const QString& message)
{
    return HttpResponse::json(
        status,
        QJsonObject {
            { u"error"_s, QJsonObject { { u"message"_s, message }, { u"type"_s, u"invalid_request_error"_s } } } });
}
} // namespace

QJsonObject ReceivedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeProviderServer::FakeProviderServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_apis.push_back(std::make_unique<FakeOpenAiApi>());
    m_apis.push_back(std::make_unique<FakeAnthropicApi>());
    m_apis.push_back(std::make_unique<FakeGeminiApi>());
    m_apis.push_back(std::make_unique<FakeOllamaApi>());
    m_batches = std::make_unique<FakeBatchService>(m_simulator, *m_apis.at(0), *m_apis.at(1), *m_apis.at(2));
    m_server->setMaxPendingConnections(1024);
    m_server->setListenBacklogSize(1024);
    connect(m_server, &QTcpServer::newConnection, this, &FakeProviderServer::acceptConnections);
}

FakeProviderServer::~FakeProviderServer() = default;

bool FakeProviderServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void FakeProviderServer::close()
{
    m_server->close();
    qDeleteAll(findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly));
}

bool FakeProviderServer::isListening() const
{
    return m_server->isListening();
}

quint16 FakeProviderServer::serverPort() const
{
    return m_server->serverPort();
}

QString FakeProviderServer::errorString() const
{
    return m_server->errorString();
}

QString FakeProviderServer::baseUrl(ProviderKind kind) const
{
    const QString root = u"http://127.0.0.1:"_s + QString::number(serverPort());
    return kind == ProviderKind::OpenAiCompatible ? root + u"/v1"_s : root;
}

void FakeProviderServer::setLatency(int fixedMs, int jitterMs)
{
    m_fixedLatencyMs = std::max(0, fixedMs);
    m_jitterMs = std::max(0, jitterMs);
}

void FakeProviderServer::setTimeScale(double scale)
{
    m_timeScale = std::max(0.0, scale);
}

void FakeProviderServer::setSeed(quint64 seed)
{
    m_random.seed(quint32(seed ^ (seed >> 32)));
    m_faults.setSeed(seed);
}

void FakeProviderServer::setKnownModelsOnly(bool knownOnly)
{
    m_knownModelsOnly = knownOnly;
}

void FakeProviderServer::addFault(const FaultRule& rule)
{
    m_faults.addRule(rule);
}

void FakeProviderServer::clearFaults()
{
    m_faults.clear();
}

ReceivedRequest FakeProviderServer::lastRequest() const
{
    return m_received.isEmpty() ? ReceivedRequest() : m_received.constLast();
}

void FakeProviderServer::resetCounters()
{
    m_requestCount = 0;
    m_byModel.clear();
    m_byPath.clear();
    m_received.clear();
}

int FakeProviderServer::connectionCount() const
{
    return int(findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly).size());
}

void FakeProviderServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest& request) { handle(connection, request); });
        connect(connection, &HttpConnection::streamEnded, this, &FakeProviderServer::streamEnded);
    }
}

const FakeApi* FakeProviderServer::apiFor(const QString& path) const
{
    for (const auto& api : m_apis) {
        if (api->handles(path))
            return api.get();
    }
    return nullptr;
}

void FakeProviderServer::handle(HttpConnection* connection, const HttpRequest& request)
{
    ++m_requestCount;
    ++m_byPath[request.path];
    if (m_batches->handles(request)) {
        record(request, {});
        deliver(connection, m_batches->respond(request), baseLatencyMs(), request.path, {});
        return;
    }
    const FakeApi* api = apiFor(request.path);
    if (!api || request.method != "POST") {
        record(request, {});
        const HttpResponse response = api
            ? simpleError(405, u"Method not allowed"_s)
            : simpleError(404, u"Unknown request URL: %1 %2"_s.arg(QString::fromLatin1(request.method), request.path));
        deliver(connection, response, 0, request.path, {});
        return;
    }
    const auto parsed = api->parse(request);
    if (const auto* refusal = std::get_if<HttpResponse>(&parsed)) {
        record(request, {});
        deliver(connection, *refusal, baseLatencyMs(), request.path, {});
        return;
    }
    const SimulatedCall& call = std::get<SimulatedCall>(parsed);
    record(request, call.model);
    ++m_byModel[call.model];
    qint64 delayMs = 0;
    const HttpResponse response = respondToCall(*api, call, &delayMs);
    deliver(connection, response, delayMs, request.path, call.model);
}

void FakeProviderServer::record(const HttpRequest& request, const QString& model)
{
    const QByteArray body = request.body.size() <= maxRecordedBody ? request.body : QByteArray();
    m_received.append({ request.method, request.path, model, request.headers, body, request.query });
    if (m_received.size() > maxRecorded)
        m_received.removeFirst();
}

HttpResponse FakeProviderServer::respondToCall(const FakeApi& api, const SimulatedCall& call, qint64* delayMs)
{
    *delayMs = baseLatencyMs();
    if (m_knownModelsOnly && !m_simulator.hasProfile(call.model))
        return api.modelNotFound(call.model);
    const std::optional<FaultRule> fault = m_faults.next(call.model);
    const SimulatedAnswer answer = m_simulator.answer(call);
    if (!fault || FaultResponses::takesModelTime(fault->fault))
        *delayMs += qint64(std::llround(double(answer.latencyMs) * m_timeScale));
    SimulatedAnswer scaled = answer;
    scaled.latencyMs = *delayMs;
    return fault ? faultResponse(api, call, scaled, *fault) : api.success(call, scaled);
}

HttpResponse FakeProviderServer::faultResponse(const FakeApi& api, const SimulatedCall& call,
                                               const SimulatedAnswer& answer, const FaultRule& fault) const
{
    if (std::optional<HttpResponse> response = FaultResponses::answer(api, call, answer, fault))
        return *response;
    const bool inBody = fault.fault == Fault::RateLimited && fault.hint == RetryHint::GeminiRetryDelay;
    HttpResponse response
        = api.error(apiErrorOf(fault.fault), {}, inBody ? std::optional<qint64>(fault.retryAfterMs) : std::nullopt);
    if (fault.fault == Fault::RateLimited)
        FaultResponses::addRetryHint(response, fault);
    return response;
}

void FakeProviderServer::deliver(HttpConnection* connection, const HttpResponse& response, qint64 delayMs,
                                 const QString& path, const QString& model)
{
    const int status = response.delivery == HttpResponse::Delivery::Reset ? 0 : response.status;
    QTimer::singleShot(std::chrono::milliseconds(delayMs), connection,
                       [this, connection, response, path, model, status] {
                           connection->respond(response);
                           Q_EMIT requestServed(path, model, status);
                       });
}

qint64 FakeProviderServer::baseLatencyMs()
{
    return m_fixedLatencyMs + (m_jitterMs > 0 ? m_random.bounded(m_jitterMs + 1) : 0);
}
