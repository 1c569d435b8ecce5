// SPDX-License-Identifier: GPL-3.0-or-later
#include "portkeygateway.h"

#include "exporters/routingexport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString startScript()
{
    return PortkeyGateway::installDir() + u"/node_modules/@portkey-ai/gateway/build/start-server.js"_s;
}

QString nodeProgram()
{
    return QStandardPaths::findExecutable(u"node"_s);
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QProcessEnvironment gatewayEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The gateway sends through HTTP_PROXY when set: nothing may leave the machine.
    for (const QString& name : { u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s, u"http_proxy"_s, u"https_proxy"_s, u"ALL_PROXY"_s,
                                 u"all_proxy"_s, u"REDIS_CONNECTION_STRING"_s })
        environment.remove(name);
    return environment;
}
} // namespace

PortkeyGateway::PortkeyGateway(QObject* parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_output += m_process.readAllStandardOutput(); });
}

PortkeyGateway::~PortkeyGateway()
{
    stop();
}

QString PortkeyGateway::installDir()
{
    return QStringLiteral(SIGNALBOX_PORTKEY_GATEWAY_DIR);
}

QString PortkeyGateway::version()
{
    QFile manifest(installDir() + u"/node_modules/@portkey-ai/gateway/package.json"_s);
    if (!manifest.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(manifest.readAll()).object().value(u"version"_s).toString();
}

QString PortkeyGateway::missingReason()
{
    if (nodeProgram().isEmpty())
        return u"node is not on PATH"_s;
    if (!QFile::exists(startScript()))
        return u"the Portkey gateway is not installed in %1 (packaging/setup-debian.sh installs it)"_s.arg(
            installDir());
    return {};
}

bool PortkeyGateway::start(const QString& preloadScript, QString* error)
{
    m_port = freeLoopbackPort();
    m_process.setProcessEnvironment(gatewayEnvironment());
    m_process.setWorkingDirectory(installDir());
    m_process.start(nodeProgram(),
                    { u"--require"_s, QDir::toNativeSeparators(preloadScript), startScript(),
                      u"--port=%1"_s.arg(m_port), u"--headless"_s });
    if (!m_process.waitForStarted(10000)) {
        *error = u"node did not start: %1"_s.arg(m_process.errorString());
        return false;
    }
    if (!waitUntilAnswering(30000)) {
        *error = u"the gateway did not answer on %1 within 30 s; its output:\n%2"_s.arg(baseUrl(),
                                                                                        QString::fromUtf8(m_output));
        stop();
        return false;
    }
    return true;
}

void PortkeyGateway::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_output += m_process.readAllStandardOutput();
}

QString PortkeyGateway::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

bool PortkeyGateway::waitUntilAnswering(int timeoutMs)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QNetworkReply* reply = manager.get(QNetworkRequest(QUrl(baseUrl() + u"/"_s)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(2000);
        const bool answered = reply->error() == QNetworkReply::NoError && reply->readAll().contains("AI Gateway");
        reply->deleteLater();
        if (answered)
            return true;
        QTest::qWait(100); // not listening yet: node takes about a second to load the gateway
    }
    return false;
}

QString PortkeyGateway::envsubstMissingReason()
{
    return QStandardPaths::findExecutable(u"envsubst"_s).isEmpty()
        ? u"envsubst is not on PATH (Debian package gettext-base; packaging/setup-debian.sh installs it)"_s
        : QString();
}

QByteArray PortkeyGateway::filledConfig(const QString& configPath, const QStringList& variables,
                                        const QString& shellFormat, QString* error)
{
    const QFileInfo config(configPath);
    const QString envsubst = shellFormat.isEmpty() ? u"envsubst"_s : u"envsubst '%1'"_s.arg(shellFormat);
    const QString command = u"export PORTKEY_CONFIG=\"$(%1 < %2)\" && printf '%s' \"$PORTKEY_CONFIG\""_s.arg(
        envsubst, config.fileName());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& variable : variables)
        environment.insert(variable, u"sk-test-"_s + variable);
    QProcess shell;
    shell.setWorkingDirectory(config.absolutePath());
    shell.setProcessEnvironment(environment);
    shell.start(u"/bin/sh"_s, { u"-c"_s, command });
    if (!shell.waitForFinished(10000) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        *error = u"%1 failed: %2"_s.arg(command, QString::fromUtf8(shell.readAllStandardError()));
        return {};
    }
    const QByteArray filled = shell.readAllStandardOutput();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(filled, &parseError);
    if (document.isNull()) {
        *error = u"%1 wrote no JSON (%2):\n%3"_s.arg(command, parseError.errorString(), QString::fromUtf8(filled));
        return {};
    }
    return document.toJson(QJsonDocument::Compact);
}

QByteArray PortkeyGateway::deployedConfig(const Workspace& workspace, const QString& folder, QString* error)
{
    const QString path = QDir(folder).filePath(u"portkey-config.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportRouting(workspace, ExportFormat::Portkey).toUtf8()) < 0) {
        *error = u"cannot write %1"_s.arg(path);
        return {};
    }
    file.close();
    const QStringList variables = exportKeyVariables(workspace);
    return filledConfig(path, variables, envsubstFormat(variables), error);
}

PortkeyGateway::Reply PortkeyGateway::chat(QNetworkAccessManager& network, const QByteArray& config,
                                           const QString& category, const QString& prompt) const
{
    QNetworkRequest request(QUrl(baseUrl() + u"/v1/chat/completions"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("x-portkey-config", config);
    if (!category.isEmpty())
        request.setRawHeader("x-portkey-metadata",
                             QJsonDocument(QJsonObject { { u"category"_s, category } }).toJson(QJsonDocument::Compact));
    const QJsonObject message { { u"role"_s, u"user"_s }, { u"content"_s, prompt } };
    const QJsonObject body { { u"model"_s, u"chosen-by-the-gateway"_s },
                             { u"max_tokens"_s, 64 },
                             { u"messages"_s, QJsonArray { message } } };
    QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(result.body).object();
    result.model = json.value(u"model"_s).toString();
    result.content = json[u"choices"_s][0][u"message"_s][u"content"_s].toString();
    reply->deleteLater();
    return result;
}
