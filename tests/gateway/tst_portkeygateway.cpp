// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters/routingexport.h"
#include "gatewayfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// An exported Portkey config in the real Portkey gateway: requests carrying x-portkey-metadata
// {"category": ...} and the config go through the gateway to the in-tree fake providers, and each
// category must reach its routed model, fall back along its chain when a model answers 503, and
// unknown categories must reach the default chain; through OpenAI-compatible, Anthropic and Gemini
// providers, each with its key filled in from the config. The gateway is confined to 127.0.0.1.
class TestPortkeyGateway : public GatewayFixture
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnlyOnLoopback();
    void routesEachCategory_data();
    void routesEachCategory();
    void fallsBackWhenAModelAnswers503_data();
    void fallsBackWhenAModelAnswers503();
    void bareEnvsubstBreaksTheRouter();
    void triedNoOtherHost();

private:
    struct Answer {
        int status = 0;
        QString model;
        QByteArray body;
    };
    Answer send(const QString& category, const QByteArray& config = {});
    QString trail() const;
    QStringList servedModels() const;
    QString wireModel(const QString& modelId) const { return m_workspace.model(modelId)->model; }
    QStringList chainOf(const QString& category) const; // model ids: the route's, or the default chain
    QStringList wireChain(const QString& category) const;
    QByteArray keyOf(const ReceivedRequest& request) const;
    // The gateway alone is checked first: without envsubst this test fails rather than skips.
    QString unavailableReason() const override { return PortkeyGateway::missingReason(); }
    void deploy() override;
    void gatewayStarted() override;

    Workspace m_workspace;
    QString m_configPath; // the export, as written to disk
    QStringList m_variables; // the key variables it names
};

namespace {
const QString unknownCategory = u"legal-review"_s;

Provider provider(const QString& name, ProviderKind kind, const QString& baseUrl, const QString& keyVariable)
{
    Provider result;
    result.name = name;
    result.kind = kind;
    result.baseUrl = baseUrl;
    result.key = { KeyReference::Store::Environment, keyVariable };
    result.timeoutSeconds = 20;
    return result;
}

ModelSpec model(const QString& id, const QString& providerName, const QString& wireId)
{
    ModelSpec result;
    result.id = id;
    result.provider = providerName;
    result.model = wireId;
    result.price = { 1.0, 2.0, std::nullopt, std::nullopt };
    return result;
}

Workspace routedWorkspace(const FakeProviderServer& fake)
{
    Workspace ws;
    ws.name = u"Gateway check"_s;
    const QString openAiBase = fake.baseUrl(ProviderKind::OpenAiCompatible);
    ws.providers
        = { provider(u"openai"_s, ProviderKind::OpenAiCompatible, openAiBase, u"OPENAI_API_KEY"_s),
            provider(u"together"_s, ProviderKind::OpenAiCompatible, openAiBase, u"TOGETHER_API_KEY"_s),
            provider(u"anthropic"_s, ProviderKind::Anthropic, fake.baseUrl(ProviderKind::Anthropic),
                     u"ANTHROPIC_API_KEY"_s),
            provider(u"gemini"_s, ProviderKind::Gemini, fake.baseUrl(ProviderKind::Gemini), u"GEMINI_API_KEY"_s) };
    // Wire ids differ from the workspace's ids, so the config must carry the provider's own id.
    ws.models = { model(u"gpt-mini"_s, u"openai"_s, u"sim-gpt-mini"_s),
                  model(u"gpt-large"_s, u"openai"_s, u"sim-gpt-large"_s),
                  model(u"llama-70b"_s, u"together"_s, u"sim-llama-70b"_s),
                  model(u"claude-haiku"_s, u"anthropic"_s, u"sim-claude-haiku"_s),
                  model(u"gemini-flash"_s, u"gemini"_s, u"sim-gemini-flash"_s) };
    const QList<std::pair<QString, QStringList>> routes {
        { u"ticket-classification"_s, { u"gpt-mini"_s, u"llama-70b"_s } },
        { u"summarisation"_s, { u"claude-haiku"_s, u"gpt-large"_s } },
        { u"field-extraction"_s, { u"llama-70b"_s, u"gpt-mini"_s, u"gpt-large"_s } },
        { u"sentiment"_s, { u"gemini-flash"_s, u"claude-haiku"_s } },
    };
    for (const auto& [category, chain] : routes) {
        Category c;
        c.name = category;
        c.trafficShare = 0.3;
        ws.categories.append(c);
        ws.routing.routes.append(Route { category, chain, u"manual"_s, std::nullopt });
    }
    ws.routing.defaultChain = { u"gpt-large"_s, u"claude-haiku"_s };
    return ws;
}

// Every provider target of the config, however deeply nested.
void collectLeaves(const QJsonObject& target, QList<QJsonObject>& leaves)
{
    if (target.contains(u"provider"_s))
        leaves.append(target);
    for (const QJsonValue& child : target.value(u"targets"_s).toArray())
        collectLeaves(child.toObject(), leaves);
}

// One line per target of the config: its name and its chain, as the gateway will try it.
QString describeRoutes(const QJsonObject& config)
{
    QStringList lines;
    for (const QJsonValue& target : config.value(u"targets"_s).toArray()) {
        QList<QJsonObject> leaves;
        collectLeaves(target.toObject(), leaves);
        QStringList chain;
        for (const QJsonObject& leaf : std::as_const(leaves))
            chain.append(u"%1 (%2)"_s.arg(leaf.value(u"override_params"_s)[u"model"_s].toString(),
                                          leaf.value(u"provider"_s).toString()));
        lines.append(u"  %1 %2"_s.arg(target[u"name"_s].toString(), -22).arg(chain.join(u" -> "_s)));
    }
    return lines.join(u'\n');
}

QString label(const QString& category)
{
    return u"%1"_s.arg(category.isEmpty() ? u"(no category)"_s : category, -22);
}

// The local addresses, as /proc/net/tcp{,6} writes them in hex, of the sockets listening on port.
QStringList listeningAddresses(quint16 port)
{
    QStringList addresses;
    const QString portHex = u"%1"_s.arg(port, 4, 16, QLatin1Char('0')).toUpper();
    for (const QString& table : { u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s }) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the column titles
        while (!file.atEnd()) {
            const QStringList fields = QString::fromLatin1(file.readLine()).simplified().split(u' ');
            if (fields.size() > 3 && fields[3] == u"0A" && fields[1].endsWith(u':' + portHex)) // 0A: LISTEN
                addresses.append(fields[1].section(u':', 0, 0));
        }
    }
    return addresses;
}
} // namespace

void TestPortkeyGateway::deploy()
{
    if (const QString missing = PortkeyGateway::envsubstMissingReason(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
    m_workspace = routedWorkspace(m_providers);
    m_configPath = m_folder.filePath(u"portkey-config.json"_s);
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exportRouting(m_workspace, ExportFormat::Portkey).toUtf8());
    file.close();
    // The keys filled in exactly as the README says, with the list the export prints.
    m_variables = exportKeyVariables(m_workspace);
    QCOMPARE(envsubstFormat(m_variables),
             u"${ANTHROPIC_API_KEY} ${GEMINI_API_KEY} ${OPENAI_API_KEY} ${TOGETHER_API_KEY}"_s);
    QString error;
    m_config = PortkeyGateway::filledConfig(m_configPath, m_variables, envsubstFormat(m_variables), &error);
    QVERIFY2(!m_config.isEmpty(), qPrintable(error));
    QVERIFY(m_config.contains("\"$eq\""));
    // Nothing may leave the machine: every target must name the fake providers' host.
    QList<QJsonObject> leaves;
    collectLeaves(QJsonDocument::fromJson(m_config).object(), leaves);
    QCOMPARE(leaves.size(), 2 + 2 + 3 + 2 + 2); // one per model of each chain, the default's included
    for (const QJsonObject& leaf : std::as_const(leaves)) {
        const QUrl host(leaf.value(u"custom_host"_s).toString());
        QVERIFY2(host.host() == u"127.0.0.1" && host.port() == m_providers.serverPort(),
                 QJsonDocument(leaf).toJson(QJsonDocument::Compact).constData());
    }
}

void TestPortkeyGateway::gatewayStarted()
{
    qInfo().noquote() << u"Portkey gateway %1 on %2, fake providers on 127.0.0.1:%3; the exported config routes:\n%4"_s
                             .arg(PortkeyGateway::version(), m_gateway->baseUrl(),
                                  QString::number(m_providers.serverPort()),
                                  describeRoutes(QJsonDocument::fromJson(m_config).object()));
}

void TestPortkeyGateway::listensOnlyOnLoopback()
{
    const QStringList addresses = listeningAddresses(m_gateway->port());
    QVERIFY2(!addresses.isEmpty(), "the gateway's port is not among the listening sockets");
    // 127.0.0.1 as /proc/net/tcp writes it; ::1 and ::ffff:127.0.0.1 as tcp6 does.
    static const QStringList loopback { u"0100007F"_s, u"00000000000000000000000001000000"_s,
                                        u"0000000000000000FFFF00000100007F"_s };
    for (const QString& address : addresses)
        QVERIFY2(loopback.contains(address), qPrintable(u"listening on %1"_s.arg(address)));
    qInfo().noquote()
        << u"listening sockets on port %1: %2 (loopback only)"_s.arg(m_gateway->port()).arg(addresses.join(u", "_s));
}

void TestPortkeyGateway::routesEachCategory_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("expected"); // wire id
    for (const Route& route : std::as_const(m_workspace.routing.routes))
        QTest::newRow(qPrintable(route.category)) << route.category << wireModel(route.primary());
    QTest::newRow("unknown category") << unknownCategory << wireModel(m_workspace.routing.defaultChain.first());
    QTest::newRow("no metadata") << QString() << wireModel(m_workspace.routing.defaultChain.first());
}

void TestPortkeyGateway::routesEachCategory()
{
    QFETCH(QString, category);
    QFETCH(QString, expected);
    const Answer answer = send(category);
    qInfo().noquote() << u"%1 -> %2"_s.arg(label(category), trail());
    QCOMPARE(answer.status, 200);
    QCOMPARE(servedModels(), QStringList { expected });
    QCOMPARE(answer.model, expected);
    // The key the config names for the provider, filled in as a deployment would.
    const QString provider = m_workspace.model(chainOf(category).first())->provider;
    QCOMPARE(keyOf(m_providers.lastRequest()), "sk-test-" + m_workspace.provider(provider)->key.name.toLatin1());
}

void TestPortkeyGateway::fallsBackWhenAModelAnswers503_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("failing"); // how many models of the chain answer 503, from the primary on
    for (const Route& route : std::as_const(m_workspace.routing.routes))
        QTest::newRow(qPrintable(route.category)) << route.category << 1;
    QTest::newRow("unknown category") << unknownCategory << 1;
    QTest::newRow("field-extraction, two down") << u"field-extraction"_s << 2;
    QTest::newRow("ticket-classification, all down") << u"ticket-classification"_s << 2;
}

void TestPortkeyGateway::fallsBackWhenAModelAnswers503()
{
    QFETCH(QString, category);
    QFETCH(int, failing);
    const QStringList chain = wireChain(category);
    for (const QString& model : chain.first(failing))
        m_providers.addFault(FaultRule { Fault::ServiceUnavailable, model, 1, 0 });
    const Answer answer = send(category);
    qInfo().noquote() << u"%1 -> %2   [503 from %3]"_s.arg(label(category), trail(),
                                                           chain.first(failing).join(u", "_s));
    const bool allDown = failing == chain.size();
    QCOMPARE(servedModels(), chain.first(allDown ? failing : failing + 1));
    QCOMPARE(answer.status, allDown ? 503 : 200);
    if (!allDown)
        QCOMPARE(answer.model, chain.at(failing));
}

// Why the README names the variables: a bare envsubst replaces the conditional router's "$eq" too,
// and the gateway then refuses every request.
void TestPortkeyGateway::bareEnvsubstBreaksTheRouter()
{
    QString error;
    const QByteArray broken = PortkeyGateway::filledConfig(m_configPath, m_variables, QString(), &error);
    QVERIFY2(!broken.isEmpty(), qPrintable(error));
    QVERIFY(!broken.contains("$eq"));
    const Answer answer = send(u"ticket-classification"_s, broken);
    qInfo().noquote() << u"bare envsubst: HTTP %1 %2"_s.arg(answer.status).arg(QString::fromUtf8(answer.body));
    QCOMPARE(answer.status, 400);
    QVERIFY(m_served.isEmpty());
}

void TestPortkeyGateway::triedNoOtherHost()
{
    const QByteArray output = m_gateway->output();
    QVERIFY2(!output.contains("loopback guard"), output.constData());
}

TestPortkeyGateway::Answer TestPortkeyGateway::send(const QString& category, const QByteArray& config)
{
    const PortkeyGateway::Reply reply = m_gateway->chat(m_network, config.isEmpty() ? m_config : config, category,
                                                        u"My invoice shows two charges."_s);
    if (reply.status != 200)
        qInfo().noquote() << u"gateway answered %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body));
    return { reply.status, reply.model, reply.body };
}

QString TestPortkeyGateway::trail() const
{
    QStringList steps;
    for (const Served& served : m_served)
        steps.append(u"%1 %2"_s.arg(served.model).arg(served.status));
    return steps.isEmpty() ? u"(nothing reached the providers)"_s : steps.join(u", then "_s);
}

QStringList TestPortkeyGateway::servedModels() const
{
    QStringList models;
    for (const Served& served : m_served)
        models.append(served.model);
    return models;
}

QStringList TestPortkeyGateway::chainOf(const QString& category) const
{
    const Route* route = m_workspace.routing.routeFor(category);
    return route ? route->chain : m_workspace.routing.defaultChain;
}

QStringList TestPortkeyGateway::wireChain(const QString& category) const
{
    QStringList chain;
    for (const QString& id : chainOf(category))
        chain.append(wireModel(id));
    return chain;
}

QByteArray TestPortkeyGateway::keyOf(const ReceivedRequest& request) const
{
    // As OpenAI, Anthropic and Gemini carry it.
    const QByteArray bearer = request.header("authorization");
    if (bearer.startsWith("Bearer "))
        return bearer.mid(7);
    if (request.headers.contains("x-api-key"))
        return request.header("x-api-key");
    if (request.headers.contains("x-goog-api-key"))
        return request.header("x-goog-api-key");
    return request.query.queryItemValue(u"key"_s).toLatin1();
}

QTEST_GUILESS_MAIN(TestPortkeyGateway)
#include "tst_portkeygateway.moc"
