// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters/routingexport.h"
#include "gatewayfixture.h"
#include "rollout/rollout.h"

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// A route in the middle of a gradual rollout, exported for Portkey and run in the real gateway: at
// the 25% stage the new primary takes a quarter of the category's requests (within binomial
// bounds), and when either primary answers 503 the request still falls back along the route's chain.
class TestPortkeyRollout : public GatewayFixture
{
    Q_OBJECT

private Q_SLOTS:
    void exportIsALoadBalancer();
    void quarterStageSendsAQuarter();
    void eitherPrimaryFallsBack_data();
    void eitherPrimaryFallsBack();

private:
    struct Answer {
        int status = 0;
        QString model;
    };
    Answer send();
    void deploy() override;
};

namespace {
const QString category = u"ticket-classification"_s;
constexpr int stagePercent = 25;
constexpr int requests = 400;

// The categories and routes, on the fixture's workspace of one OpenAI-compatible provider.
Workspace rolloutWorkspace(Workspace ws)
{
    Category c;
    c.name = category;
    c.trafficShare = 1.0;
    ws.categories = { c };
    const Route route { category, { u"gpt-mini"_s, u"llama-70b"_s }, u"manual"_s, std::nullopt };
    ws.routing.routes = { *startRollout(ws, route, u"gpt-large"_s, defaultRolloutStages(), stagePercent).route };
    return ws;
}
} // namespace

void TestPortkeyRollout::deploy()
{
    deployWorkspace(
        rolloutWorkspace(openAiWorkspace(u"Rollout check"_s, { u"gpt-mini"_s, u"gpt-large"_s, u"llama-70b"_s })));
}

// The category's target balances two fallback chains by weight: 75 on the old primary, 25 on the new.
void TestPortkeyRollout::exportIsALoadBalancer()
{
    const QJsonObject config = QJsonDocument::fromJson(m_config).object();
    const QJsonObject target = config[u"targets"_s].toArray().first().toObject();
    QCOMPARE(target[u"name"_s].toString(), category);
    QCOMPARE(target[u"strategy"_s][u"mode"_s].toString(), u"loadbalance"_s);
    const QJsonArray shares = target[u"targets"_s].toArray();
    QCOMPARE(shares.size(), 2);
    QCOMPARE(shares[0][u"weight"_s].toInt(), 100 - stagePercent);
    QCOMPARE(shares[1][u"weight"_s].toInt(), stagePercent);
    for (const QJsonValue& share : shares) {
        QCOMPARE(share[u"strategy"_s][u"mode"_s].toString(), u"fallback"_s);
        QCOMPARE(share[u"targets"_s].toArray().last()[u"override_params"_s][u"model"_s].toString(), u"sim-llama-70b"_s);
    }
}

void TestPortkeyRollout::quarterStageSendsAQuarter()
{
    int toNew = 0;
    for (int i = 0; i < requests; ++i) {
        const Answer answer = send();
        QCOMPARE(answer.status, 200);
        QVERIFY2(answer.model == u"sim-gpt-large" || answer.model == u"sim-gpt-mini", qPrintable(answer.model));
        toNew += answer.model == u"sim-gpt-large" ? 1 : 0;
    }
    // Four standard deviations of Binomial(400, 0.25) either side of 100: a false alarm about once
    // in 16,000 runs.
    const double mean = requests * stagePercent / 100.0;
    const double bound = 4.0 * std::sqrt(mean * (1.0 - stagePercent / 100.0));
    qInfo().noquote() << u"at the %1% stage, %2 of %3 requests (%4%) reached the new primary; bounds %5-%6"_s
                             .arg(stagePercent)
                             .arg(toNew)
                             .arg(requests)
                             .arg(100.0 * toNew / requests, 0, 'f', 1)
                             .arg(std::ceil(mean - bound))
                             .arg(std::floor(mean + bound));
    QVERIFY(toNew >= mean - bound && toNew <= mean + bound);
}

void TestPortkeyRollout::eitherPrimaryFallsBack_data()
{
    QTest::addColumn<QString>("down");
    QTest::newRow("old primary down") << u"sim-gpt-mini"_s;
    QTest::newRow("new primary down") << u"sim-gpt-large"_s;
}

void TestPortkeyRollout::eitherPrimaryFallsBack()
{
    QFETCH(QString, down);
    m_providers.addFault(FaultRule { Fault::ServiceUnavailable, down, 1, 0 }); // every request from the first
    int fellBack = 0;
    for (int i = 0; i < 40; ++i) {
        m_served.clear();
        const Answer answer = send();
        QCOMPARE(answer.status, 200);
        QVERIFY(!m_served.isEmpty());
        if (m_served.constFirst().model != down)
            continue;
        QCOMPARE(m_served.size(), 2);
        QCOMPARE(m_served.at(0).status, 503);
        QCOMPARE(answer.model, u"sim-llama-70b"_s);
        ++fellBack;
    }
    qInfo().noquote() << u"%1 answered 503: %2 of 40 requests fell back to sim-llama-70b"_s.arg(down).arg(fellBack);
    QVERIFY(fellBack > 0);
}

TestPortkeyRollout::Answer TestPortkeyRollout::send()
{
    const PortkeyGateway::Reply reply = m_gateway->chat(m_network, m_config, category, u"Where is my parcel?"_s);
    return { reply.status, reply.model };
}

QTEST_GUILESS_MAIN(TestPortkeyRollout)
#include "tst_portkeyrollout.moc"
