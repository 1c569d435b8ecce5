// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerclient.h"

#include "domain/httpheader.h"
#include "responselimit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
HeaderMap headersOf(const QNetworkReply* reply)
{
    HeaderMap headers;
    for (const auto& [name, value] : reply->rawHeaderPairs())
        headers.insert(name.toLower(), value);
    return headers;
}

// Errors below the HTTP layer: the connection, the proxy, or the framing of the response.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolFailure;
}

CompletionError transportErrorKind(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return CompletionError::Retryable;
    case QNetworkReply::ProtocolFailure:
        return CompletionError::Malformed;
    default:
        return CompletionError::Fatal;
    }
}

// Qt does not always report a connection that closed before Content-Length bytes as an error.
bool isCutShort(const QNetworkReply* reply, const QByteArray& body)
{
    if (reply->hasRawHeader("Content-Encoding")) // the length counts compressed bytes
        return false;
    bool known = false;
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    return known && body.size() < declared;
}
} // namespace

ProviderClient::ProviderClient(const Provider& provider, const QString& apiKey, QNetworkAccessManager* network,
                               QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_apiKey(apiKey)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    registerCompletionMetaTypes();
}

ProviderClient::~ProviderClient()
{
    // Replies die while this is still a ProviderClient, so none can call back into a half-destroyed one.
    qDeleteAll(findChildren<CompletionReply*>(Qt::FindDirectChildrenOnly));
}

CompletionReply* ProviderClient::send(const CompletionRequest& request)
{
    QNetworkReply* networkReply = m_network->post(networkRequest(request), requestBody(request));
    auto* reply = new CompletionReply(request, networkReply, ResponseLimit::answerBytes(request), this);
    connect(networkReply, &QNetworkReply::finished, reply, [this, reply] { onNetworkFinished(reply); });
    return reply;
}

QNetworkRequest ProviderClient::networkRequest(const CompletionRequest& request) const
{
    QNetworkRequest networkRequest(endpoint(request));
    for (auto it = m_provider.headers.cbegin(); it != m_provider.headers.cend(); ++it) {
        // The loader refuses such headers; one that reached here anyway (an edit, a caller that
        // skipped the loader) is not sent, so a CR or LF cannot smuggle a header in.
        if (HttpHeader::isValid(it.key(), it.value()))
            networkRequest.setRawHeader(it.key().toLatin1(), it.value().toLatin1());
    }
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Signalbox/" SIGNALBOX_VERSION));
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setTransferTimeout(std::max(1, m_provider.timeoutSeconds) * 1000);
    setProtocolHeaders(networkRequest);
    if (!m_apiKey.isEmpty())
        authenticate(networkRequest);
    return networkRequest;
}

QByteArray ProviderClient::requestBody(const CompletionRequest& request) const
{
    return QJsonDocument(body(request)).toJson(QJsonDocument::Compact);
}

QString ProviderClient::baseUrl() const
{
    return callBaseUrl(m_provider);
}

void ProviderClient::setProtocolHeaders(QNetworkRequest&) const
{
}

CompletionError ProviderClient::classifyError(int httpStatus, const QJsonValue&) const
{
    return ProviderErrors::classifyHttpStatus(httpStatus);
}

std::optional<qint64> ProviderClient::retryHintFromBody(const QJsonValue&) const
{
    return std::nullopt;
}

std::optional<QString> ProviderClient::filterReasonOfError(int, const QJsonValue&) const
{
    return std::nullopt;
}

QJsonArray ProviderClient::chatMessages(const CompletionRequest& request)
{
    QJsonArray messages;
    const QString system = joinedSystemPrompt(request);
    if (!system.isEmpty())
        messages.append(QJsonObject { { u"role"_s, u"system"_s }, { u"content"_s, system } });
    for (const auto& message : request.messages) {
        if (message.role != u"system")
            messages.append(QJsonObject { { u"role"_s, message.role }, { u"content"_s, message.content } });
    }
    return messages;
}

QString ProviderClient::joinedSystemPrompt(const CompletionRequest& request)
{
    QStringList parts;
    if (!request.systemPrompt.isEmpty())
        parts.append(request.systemPrompt);
    for (const auto& message : request.messages) {
        if (message.role == u"system" && !message.content.isEmpty())
            parts.append(message.content);
    }
    return parts.join(u"\n\n"_s);
}

std::optional<qint64> ProviderClient::tokenCount(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() < 0)
        return std::nullopt;
    return value.toInteger();
}

QString ProviderClient::describeError(const QString& type, const QString& message)
{
    if (type.isEmpty())
        return message;
    if (message.isEmpty())
        return type;
    return type + u": "_s + message;
}

void ProviderClient::onNetworkFinished(CompletionReply* reply)
{
    CompletionResult result = resultOf(reply);
    result.requestId = reply->m_request.id;
    result.attempts = reply->m_request.attempt;
    result.latencyMs = reply->m_clock.elapsed();
    result.errorMessage = ProviderErrors::scrubSecrets(result.errorMessage, m_apiKey);
    QNetworkReply* networkReply = std::exchange(reply->m_networkReply, nullptr);
    reply->complete(result);
    Q_EMIT finished(result);
    // The reply goes first, so that its connections to the network reply end here, on this thread.
    // Deleted after it, the network reply left them to Qt's network thread, which frees them when
    // it lets the network reply go (ordered by QtCore's locks, but reported by ThreadSanitizer).
    reply->deleteLater();
    if (networkReply)
        networkReply->deleteLater();
}

CompletionResult ProviderClient::resultOf(CompletionReply* reply) const
{
    const QNetworkReply* networkReply = reply->m_networkReply;
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOversize()) // before the abort it caused is taken for a cancel
        return oversizeResult(reply, status);
    if (reply->m_aborted) {
        CompletionResult result;
        result.error = CompletionError::Cancelled;
        result.errorMessage = tr("Cancelled");
        return result;
    }
    if (status == 0 || isTransportError(networkReply->error()))
        return transportFailure(networkReply);
    const QByteArray body = reply->takeBody();
    if (reply->isOversize())
        return oversizeResult(reply, status);
    if (isCutShort(networkReply, body)) {
        CompletionResult result;
        result.httpStatus = status;
        result.error = CompletionError::Malformed;
        result.errorMessage = tr("The connection closed before the whole response arrived");
        return result;
    }
    return interpret(reply->m_request, status, body, headersOf(networkReply), QDateTime::currentDateTimeUtc());
}

CompletionResult ProviderClient::oversizeResult(CompletionReply* reply, int httpStatus) const
{
    if (httpStatus < 200 || httpStatus >= 300) {
        // The error's start says what it is; its status says whether to try again.
        CompletionResult result = errorResult(httpStatus, reply->takeBody(), headersOf(reply->m_networkReply),
                                              QDateTime::currentDateTimeUtc());
        result.errorMessage += u' ' + tr("(error body longer than %1 MB, cut)")
                                          .arg(ResponseLimit::megabytes(ResponseLimit::errorBodyBytes));
        return result;
    }
    CompletionResult result;
    result.httpStatus = httpStatus;
    result.error = CompletionError::TooLarge;
    result.errorMessage = tr("Answer larger than %1 MB, more than a max tokens of %2 allows: not read further")
                              .arg(ResponseLimit::megabytes(reply->answerLimit()),
                                   reply->m_request.maxTokens > 0 ? QString::number(reply->m_request.maxTokens)
                                                                  : tr("the provider's default"));
    return result;
}

CompletionResult ProviderClient::transportFailure(const QNetworkReply* reply) const
{
    CompletionResult result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = transportErrorKind(reply->error());
    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what Qt reports when a transfer timeout fires
        result.errorMessage
            = tr("No data from %1 for %n second(s)", nullptr, m_provider.timeoutSeconds).arg(m_provider.name);
        break;
    case QNetworkReply::RemoteHostClosedError:
        if (result.httpStatus != 0) {
            result.error = CompletionError::Malformed;
            result.errorMessage = tr("The connection closed before the whole response arrived");
            break;
        }
        result.errorMessage = tr("The server closed the connection without answering");
        break;
    default:
        result.errorMessage = reply->errorString();
        break;
    }
    return result;
}
