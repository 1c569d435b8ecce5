// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters/routingexport.h"
#include "gatewayfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// A cascade route exported for Portkey and run in the real gateway: the cheap model answers first,
// an output guardrail denies (446) an answer that fails the route's check, and the fallback on 446
// takes the request to the next model; an answer that passes the check stands.
class TestPortkeyCascade : public GatewayFixture
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase();
    void exportCarriesTheGuardrail();
    void escalatesOnlyWhenTheCheckFails_data();
    void escalatesOnlyWhenTheCheckFails();

private:
    void deploy() override;

    int m_escalations = 0;
};

namespace {
const QString category = u"ticket-classification"_s;
const QString extraction = u"field-extraction"_s; // a cascade whose check is a JSON schema
const QString labelPrompt = u"Classify: my parcel never arrived"_s;
const QString jsonPrompt = u"Classify: I was charged twice"_s;
const QString orderPrompt = u"Extract: order LH-1234567 came broken"_s;

// The categories and routes, on the fixture's workspace of one OpenAI-compatible provider.
Workspace cascadeWorkspace(Workspace ws)
{
    Category c;
    c.name = category;
    c.trafficShare = 0.5;
    Category e;
    e.name = extraction;
    e.trafficShare = 0.5;
    ws.categories = { c, e };
    Route route { category, { u"cheap"_s, u"big"_s }, u"manual"_s, std::nullopt };
    route.cascadeCheck = ScorerSpec { u"regex"_s, u"^(billing|shipping)$"_s };
    Route schema { extraction, { u"cheap"_s, u"big"_s }, u"manual"_s, std::nullopt };
    const QVariantMap orderId { { u"type"_s, u"string"_s }, { u"pattern"_s, u"^LH-[0-9]{7}$"_s } };
    schema.cascadeCheck
        = ScorerSpec { u"is-json"_s,
                       QVariantMap { { u"type"_s, u"object"_s },
                                     { u"required"_s, QVariantList { u"order_id"_s } },
                                     { u"properties"_s, QVariantMap { { u"order_id"_s, orderId } } } } };
    ws.routing.routes = { route, schema };
    return ws;
}
} // namespace

void TestPortkeyCascade::deploy()
{
    // Every model answers right: the label for one prompt, a JSON object for the other.
    m_providers.simulator().setDefaultProfile(SimulationProfile { 1.0, 50 });
    m_providers.simulator().addExpectedOutput(labelPrompt, u"shipping"_s);
    m_providers.simulator().addExpectedOutput(jsonPrompt, u"{\"queue\": \"billing\"}"_s);
    m_providers.simulator().addExpectedOutput(orderPrompt, u"{\"order_id\": \"LH-1234567\"}"_s);
    deployWorkspace(cascadeWorkspace(openAiWorkspace(u"Cascade check"_s, { u"cheap"_s, u"big"_s })));
}

void TestPortkeyCascade::cleanupTestCase()
{
    qInfo().noquote() << u"escalations seen: %1"_s.arg(m_escalations);
    stopGateway();
}

// The cheap model's target carries the denying guardrail; the fallback moves on at 446 too.
void TestPortkeyCascade::exportCarriesTheGuardrail()
{
    const QJsonObject target = QJsonDocument::fromJson(m_config).object()[u"targets"_s].toArray().first().toObject();
    QCOMPARE(target[u"strategy"_s][u"mode"_s].toString(), u"fallback"_s);
    QVERIFY(target[u"strategy"_s][u"on_status_codes"_s].toArray().contains(446));
    const QJsonArray leaves = target[u"targets"_s].toArray();
    QCOMPARE(leaves.size(), 2);
    const QJsonObject guardrail = leaves[0][u"output_guardrails"_s].toArray().first().toObject();
    QCOMPARE(guardrail[u"deny"_s].toBool(), true);
    QCOMPARE(guardrail[u"default.regexMatch"_s][u"rule"_s].toString(), u"^(billing|shipping)$"_s);
    QVERIFY(!leaves[1].toObject().contains(u"output_guardrails"_s)); // the last answer stands
    const QJsonObject schema = QJsonDocument::fromJson(m_config)
                                   .object()[u"targets"_s][1][u"targets"_s][0][u"output_guardrails"_s][0]
                                            [u"default.jsonSchema"_s][u"schema"_s]
                                   .toObject();
    QCOMPARE(schema[u"required"_s].toArray(), QJsonArray { u"order_id"_s });
}

void TestPortkeyCascade::escalatesOnlyWhenTheCheckFails_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QStringList>("served"); // wire models, in order
    QTest::addColumn<QString>("answer");
    QTest::newRow("label passes the check")
        << category << labelPrompt << QStringList { u"sim-cheap"_s } << u"shipping"_s;
    QTest::newRow("JSON fails it: escalates")
        << category << jsonPrompt << QStringList { u"sim-cheap"_s, u"sim-big"_s } << u"{\"queue\": \"billing\"}"_s;
    QTest::newRow("schema met") << extraction << orderPrompt << QStringList { u"sim-cheap"_s }
                                << u"{\"order_id\": \"LH-1234567\"}"_s;
    QTest::newRow("schema missed: escalates")
        << extraction << jsonPrompt << QStringList { u"sim-cheap"_s, u"sim-big"_s } << u"{\"queue\": \"billing\"}"_s;
    QTest::newRow("not JSON: escalates") << extraction << labelPrompt << QStringList { u"sim-cheap"_s, u"sim-big"_s }
                                         << u"shipping"_s;
}

void TestPortkeyCascade::escalatesOnlyWhenTheCheckFails()
{
    QFETCH(QString, route);
    QFETCH(QString, prompt);
    QFETCH(QStringList, served);
    QFETCH(QString, answer);
    const PortkeyGateway::Reply reply = m_gateway->chat(m_network, m_config, route, prompt);
    QStringList models;
    for (const auto& [model, status] : std::as_const(m_served)) {
        models.append(model);
        QCOMPARE(status, 200); // the provider answered; the gateway's guardrail decided
    }
    qInfo().noquote() << u"%1: %2 -> %3, answer %4"_s.arg(route, prompt, models.join(u" then "_s), reply.content);
    QCOMPARE(reply.status, 200);
    QCOMPARE(models, served);
    QCOMPARE(reply.model, served.last());
    QCOMPARE(reply.content, answer);
    m_escalations += int(served.size()) - 1;
}

QTEST_GUILESS_MAIN(TestPortkeyCascade)
#include "tst_portkeycascade.moc"
