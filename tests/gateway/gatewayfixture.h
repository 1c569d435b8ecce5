// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portkeygateway.h"
#include "sandbox/fakeproviderserver.h"

#include <memory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

// What every test of an exported config in the real Portkey gateway sets up once: the fake
// providers on 127.0.0.1 with a record of what they served, the config to deploy (deploy(), written
// by each test into m_folder), and the gateway running it. Without node or the gateway installed
// (or envsubst, when requiresEnvsubst()) the whole test is skipped, except in CI where it fails.
// QtTest calls initTestCase(), init() and cleanupTestCase() of this base.
class GatewayFixture : public QObject
{
    Q_OBJECT
public:
    ~GatewayFixture() override;

protected:
    struct Served {
        QString model; // on the wire
        int status = 0;
    };

    // A workspace of one OpenAI-compatible provider, the fake providers, with a model "sim-<id>" for
    // each id, all at the same price; a test adds its categories and routes.
    Workspace openAiWorkspace(const QString& name, const QStringList& modelIds) const;
    // The workspace's Portkey export deployed as the README says, into m_config.
    void deployWorkspace(const Workspace& workspace);
    // Sets m_config, with the fake providers already listening; fails the test (QVERIFY) if it cannot.
    virtual void deploy() = 0;
    // What keeps the gateway from running here; empty when it can run.
    virtual QString unavailableReason() const;
    virtual void gatewayStarted() { }
    void stopGateway();

    FakeProviderServer m_providers;
    std::unique_ptr<PortkeyGateway> m_gateway;
    QNetworkAccessManager m_network;
    QTemporaryDir m_folder;
    QByteArray m_config; // compact, keys filled in: what the application sends as x-portkey-config
    QList<Served> m_served;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase() { stopGateway(); }
};
