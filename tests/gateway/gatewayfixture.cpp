// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewayfixture.h"

#include <QNetworkProxy>
#include <QTest>

using namespace Qt::StringLiterals;

GatewayFixture::~GatewayFixture() = default;

QString GatewayFixture::unavailableReason() const
{
    const QString missing = PortkeyGateway::missingReason();
    return missing.isEmpty() ? PortkeyGateway::envsubstMissingReason() : missing;
}

Workspace GatewayFixture::openAiWorkspace(const QString& name, const QStringList& modelIds) const
{
    Workspace ws;
    ws.name = name;
    Provider provider;
    provider.name = u"openai"_s;
    provider.baseUrl = m_providers.baseUrl(ProviderKind::OpenAiCompatible);
    provider.key = { KeyReference::Store::Environment, u"OPENAI_API_KEY"_s };
    provider.timeoutSeconds = 20;
    ws.providers = { provider };
    for (const QString& id : modelIds) {
        ModelSpec model;
        model.id = id;
        model.provider = provider.name;
        model.model = u"sim-"_s + id;
        model.price = { 1.0, 2.0, std::nullopt, std::nullopt };
        ws.models.append(model);
    }
    return ws;
}

void GatewayFixture::deployWorkspace(const Workspace& workspace)
{
    QString error;
    m_config = PortkeyGateway::deployedConfig(workspace, m_folder.path(), &error);
    QVERIFY2(!m_config.isEmpty(), qPrintable(error));
}

void GatewayFixture::initTestCase()
{
    if (const QString missing = unavailableReason(); !missing.isEmpty()) {
        if (qEnvironmentVariable("CI") == u"true")
            QFAIL(qPrintable(u"CI must run the Portkey gateway test, but %1"_s.arg(missing)));
        QSKIP(qPrintable(u"Portkey gateway not available: %1. Run packaging/setup-debian.sh."_s.arg(missing)));
    }
    m_providers.setTimeScale(0);
    QVERIFY(m_providers.listen());
    connect(&m_providers, &FakeProviderServer::requestServed, this,
            [this](const QString&, const QString& model, int status) {
                m_served.append({ model, status });
            });
    m_network.setProxy(QNetworkProxy::NoProxy);
    QVERIFY(m_folder.isValid());
    deploy();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!m_config.isEmpty());

    m_gateway = std::make_unique<PortkeyGateway>();
    const QString preload = QFINDTESTDATA("loopback.cjs");
    QVERIFY(!preload.isEmpty());
    QString error;
    QVERIFY2(m_gateway->start(preload, &error), qPrintable(error));
    gatewayStarted();
}

void GatewayFixture::init()
{
    m_providers.clearFaults();
    m_providers.resetCounters();
    m_served.clear();
}

void GatewayFixture::stopGateway()
{
    if (m_gateway)
        m_gateway->stop();
}
