// SPDX-License-Identifier: GPL-3.0-or-later
// The Portkey export's structure, as the gateway's config schema (1.15) and conditional router
// read it: conditions on metadata.category naming existing targets, a fallback chain per category,
// leaves with a known provider, the provider's own model id and no key, and a default target.
#include "exporttestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject exported(const Workspace& workspace)
{
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(exportRouting(workspace, ExportFormat::Portkey, fixedOptions()).toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

QJsonObject targetNamed(const QJsonObject& config, const QString& name)
{
    for (const QJsonValue& target : config[u"targets"_s].toArray()) {
        if (target[u"name"_s].toString() == name)
            return target.toObject();
    }
    return {};
}

QJsonObject firstLeaf(const QJsonObject& config, const QString& name)
{
    return targetNamed(config, name).value(u"targets"_s).toArray().at(0).toObject();
}

QStringList wireModels(const QJsonObject& chainTarget)
{
    QStringList models;
    for (const QJsonValue& leaf : chainTarget[u"targets"_s].toArray())
        models.append(leaf[u"override_params"_s][u"model"_s].toString());
    return models;
}
} // namespace

class tst_PortkeyConfig : public QObject
{
    Q_OBJECT

private slots:
    void conditionalOnCategory()
    {
        const Workspace workspace = sampleWorkspace();
        const QJsonObject config = exported(workspace);
        QCOMPARE(config[u"strategy"_s][u"mode"_s].toString(), u"conditional"_s);
        const QJsonArray conditions = config[u"strategy"_s][u"conditions"_s].toArray();
        QCOMPARE(conditions.size(), workspace.routing.routes.size());
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            const QString category = workspace.routing.routes.at(i).category;
            const QJsonObject query = conditions.at(i)[u"query"_s].toObject();
            QCOMPARE(query.keys(), QStringList { u"metadata.category"_s });
            QCOMPARE(query[u"metadata.category"_s][u"$eq"_s].toString(), category);
            QCOMPARE(conditions.at(i)[u"then"_s].toString(), category);
            QVERIFY(!targetNamed(config, category).isEmpty());
        }
        QCOMPARE(config[u"strategy"_s][u"default"_s].toString(), u"default"_s);
        QCOMPARE(wireModels(targetNamed(config, u"default"_s)),
                 (QStringList { u"gpt-4.1-mini"_s, u"claude-haiku-4-5"_s }));
    }

    void eachCategoryFallsBackAlongItsChain()
    {
        const Workspace workspace = sampleWorkspace();
        const QJsonObject config = exported(workspace);
        for (const Route& route : workspace.routing.routes) {
            const QJsonObject target = targetNamed(config, route.category);
            QCOMPARE(target[u"strategy"_s][u"mode"_s].toString(), u"fallback"_s);
            const QJsonArray codes = target[u"strategy"_s][u"on_status_codes"_s].toArray();
            for (int code : { 429, 500, 502, 503, 504 })
                QVERIFY2(codes.contains(code), qPrintable(route.category));
            QStringList expected;
            for (const QString& id : route.chain)
                expected.append(workspace.model(id)->model);
            QCOMPARE(wireModels(target), expected);
        }
    }

    void leavesNameProviderHostAndKeyVariable()
    {
        const QJsonObject config = exported(sampleWorkspace());
        const QJsonObject groq = firstLeaf(config, u"sentiment"_s);
        QCOMPARE(groq[u"provider"_s].toString(), u"openai"_s);
        QCOMPARE(groq[u"custom_host"_s].toString(), u"https://api.groq.com/openai/v1"_s);
        QCOMPARE(groq[u"api_key"_s].toString(), u"${GROQ_API_KEY}"_s);
        QCOMPARE(groq[u"request_timeout"_s].toInt(), 30000);
        const QJsonObject gemini = firstLeaf(config, u"ticket-classification"_s);
        QCOMPARE(gemini[u"provider"_s].toString(), u"google"_s);
        QVERIFY(!gemini.contains(u"custom_host"_s));
        const QJsonObject anthropic = firstLeaf(config, u"summarisation"_s);
        QCOMPARE(anthropic[u"provider"_s].toString(), u"anthropic"_s);
        const QJsonObject ollama = firstLeaf(config, u"language-detection"_s);
        QCOMPARE(ollama[u"provider"_s].toString(), u"ollama"_s);
        QCOMPARE(ollama[u"custom_host"_s].toString(), u"http://localhost:11434"_s);
        QVERIFY(!ollama.contains(u"api_key"_s));
    }

    // The gateway's schema: a leaf needs a provider with an api_key, or is Ollama, or has a
    // request_timeout; the key itself is never in the file, only the variable to fill it from.
    void leavesPassTheGatewaySchemaWithoutKeys()
    {
        Workspace workspace = sampleWorkspace();
        workspace.providers[1].key = {}; // a host without a key
        workspace.providers[1].baseUrl = u"http://127.0.0.1:8080"_s;
        const QJsonObject config = exported(workspace);
        static const QRegularExpression placeholder(u"^\\$\\{[A-Z_][A-Z0-9_]*\\}$"_s);
        const QStringList providers { u"openai"_s, u"anthropic"_s, u"google"_s, u"ollama"_s };
        int leaves = 0;
        for (const QJsonValue& chain : config[u"targets"_s].toArray()) {
            for (const QJsonValue& value : chain[u"targets"_s].toArray()) {
                const QJsonObject leaf = value.toObject();
                QVERIFY(providers.contains(leaf[u"provider"_s].toString()));
                QVERIFY(!leaf[u"override_params"_s][u"model"_s].toString().isEmpty());
                QVERIFY(leaf.contains(u"api_key"_s) || leaf[u"provider"_s].toString() == u"ollama"_s
                        || leaf[u"request_timeout"_s].toInt() > 0);
                if (leaf.contains(u"api_key"_s))
                    QVERIFY2(placeholder.match(leaf[u"api_key"_s].toString()).hasMatch(),
                             qPrintable(leaf[u"api_key"_s].toString()));
                ++leaves;
            }
        }
        QCOMPARE(leaves, 12);
        QCOMPARE(firstLeaf(config, u"summarisation"_s).value(u"custom_host"_s).toString(),
                 u"http://127.0.0.1:8080/v1"_s); // Portkey appends /messages
    }

    void categoryCalledDefaultKeepsItsRoute()
    {
        Workspace workspace = sampleWorkspace();
        workspace.categories[0].name = u"default"_s;
        workspace.routing.routes[0].category = u"default"_s;
        const QJsonObject config = exported(workspace);
        QCOMPARE(config[u"strategy"_s][u"default"_s].toString(), u"default-route"_s);
        QCOMPARE(wireModels(targetNamed(config, u"default"_s)).value(0), u"gemini-2.5-flash-lite"_s);
        QCOMPARE(wireModels(targetNamed(config, u"default-route"_s)).value(0), u"gpt-4.1-mini"_s);
    }
};

QTEST_GUILESS_MAIN(tst_PortkeyConfig)
#include "tst_portkeyconfig.moc"
