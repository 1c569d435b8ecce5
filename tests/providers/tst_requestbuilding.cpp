// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/providerfactory.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The exact requests each client makes, checked without a network.
class TestRequestBuilding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void request_data();
    void request();
    void transferTimeoutFollowsTheProvider();
};

namespace {
using Headers = QList<std::pair<QByteArray, QByteArray>>;

CompletionRequest standardRequest(bool jsonMode = false)
{
    CompletionRequest request;
    request.id = u"case-1/m1"_s;
    request.model = u"m1"_s;
    request.systemPrompt = u"Be brief."_s;
    request.messages = { { u"user"_s, u"Hi"_s } };
    request.temperature = 0.2;
    request.maxTokens = 50;
    request.jsonMode = jsonMode;
    return request;
}

Provider provider(ProviderKind kind, const QString& baseUrl, const QMap<QString, QString>& headers = {})
{
    Provider provider;
    provider.name = u"p"_s;
    provider.kind = kind;
    provider.baseUrl = baseUrl;
    provider.headers = headers;
    return provider;
}
} // namespace

void TestRequestBuilding::request_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<CompletionRequest>("request");
    QTest::addColumn<QString>("url");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArrayList>("absentHeaders");
    QTest::addColumn<QByteArray>("body");

    CompletionRequest chat = standardRequest();
    chat.model = u"models/gemini-2.0-flash"_s;
    chat.messages = { { u"user"_s, u"Hi"_s },
                      { u"assistant"_s, u"Hello."_s },
                      { u"system"_s, u"No emoji."_s },
                      { u"user"_s, u"Bye"_s } };
    CompletionRequest unbounded = standardRequest();
    unbounded.maxTokens = 0;
    unbounded.temperature = 1.5;

    QTest::newRow("openai-compatible")
        << provider(ProviderKind::OpenAiCompatible, u"http://vllm.local:8000/v1/"_s) << u"k-123"_s << standardRequest()
        << u"http://vllm.local:8000/v1/chat/completions"_s
        << Headers { { "Authorization", "Bearer k-123" }, { "Content-Type", "application/json" } }
        << QByteArrayList { "x-api-key" }
        << QByteArray(R"({"model":"m1","messages":[{"role":"system","content":"Be brief."},
            {"role":"user","content":"Hi"}],"temperature":0.2,"max_tokens":50})");
    QTest::newRow("openai, JSON mode, extra header")
        << provider(ProviderKind::OpenAiCompatible, u"https://api.openai.com/v1"_s,
                    { { u"OpenAI-Organization"_s, u"org-example"_s } })
        << u"k-123"_s << standardRequest(true) << u"https://api.openai.com/v1/chat/completions"_s
        << Headers { { "Authorization", "Bearer k-123" }, { "OpenAI-Organization", "org-example" } } << QByteArrayList()
        << QByteArray(R"({"model":"m1","messages":[{"role":"system","content":"Be brief."},
            {"role":"user","content":"Hi"}],"temperature":0.2,"max_completion_tokens":50,
            "response_format":{"type":"json_object"}})");
    QTest::newRow("openai-compatible without a key")
        << provider(ProviderKind::OpenAiCompatible, u"http://localhost:1234/v1"_s) << QString() << standardRequest()
        << u"http://localhost:1234/v1/chat/completions"_s << Headers() << QByteArrayList { "Authorization" }
        << QByteArray(R"({"model":"m1","messages":[{"role":"system","content":"Be brief."},
            {"role":"user","content":"Hi"}],"temperature":0.2,"max_tokens":50})");
    QTest::newRow("anthropic") << provider(ProviderKind::Anthropic, QString()) << u"k-123"_s << standardRequest(true)
                               << u"https://api.anthropic.com/v1/messages"_s
                               << Headers { { "x-api-key", "k-123" }, { "anthropic-version", "2023-06-01" } }
                               << QByteArrayList { "Authorization" }
                               << QByteArray(R"({"model":"m1","max_tokens":50,"system":"Be brief.",
            "messages":[{"role":"user","content":"Hi"}],"temperature":0.2})");
    QTest::newRow("anthropic, required max_tokens, its temperature scale")
        << provider(ProviderKind::Anthropic, u"https://gateway.example/v1"_s) << u"k-123"_s << unbounded
        << u"https://gateway.example/v1/messages"_s << Headers { { "anthropic-version", "2023-06-01" } }
        << QByteArrayList() << QByteArray(R"({"model":"m1","max_tokens":1024,"system":"Be brief.",
            "messages":[{"role":"user","content":"Hi"}],"temperature":1})");
    QTest::newRow("gemini") << provider(ProviderKind::Gemini, QString()) << u"k-123"_s << standardRequest(true)
                            << u"https://generativelanguage.googleapis.com/v1beta/models/m1:generateContent"_s
                            << Headers { { "x-goog-api-key", "k-123" } } << QByteArrayList { "Authorization" }
                            << QByteArray(R"({"contents":[{"role":"user","parts":[{"text":"Hi"}]}],
            "systemInstruction":{"parts":[{"text":"Be brief."}]},
            "generationConfig":{"temperature":0.2,"maxOutputTokens":50,"responseMimeType":"application/json"}})");
    QTest::newRow("gemini, a conversation")
        << provider(ProviderKind::Gemini, u"http://127.0.0.1:9/"_s) << u"k-123"_s << chat
        << u"http://127.0.0.1:9/v1beta/models/gemini-2.0-flash:generateContent"_s << Headers() << QByteArrayList()
        << QByteArray(R"({"contents":[{"role":"user","parts":[{"text":"Hi"}]},
            {"role":"model","parts":[{"text":"Hello."}]},{"role":"user","parts":[{"text":"Bye"}]}],
            "systemInstruction":{"parts":[{"text":"Be brief.\n\nNo emoji."}]},
            "generationConfig":{"temperature":0.2,"maxOutputTokens":50}})");
    QTest::newRow("ollama") << provider(ProviderKind::Ollama, QString()) << QString() << standardRequest(true)
                            << u"http://localhost:11434/api/chat"_s << Headers()
                            << QByteArrayList { "Authorization", "x-api-key" }
                            << QByteArray(R"({"model":"m1","messages":[{"role":"system","content":"Be brief."},
            {"role":"user","content":"Hi"}],"stream":false,"format":"json",
            "options":{"temperature":0.2,"num_predict":50}})");
    QTest::newRow("ollama behind an authenticating proxy")
        << provider(ProviderKind::Ollama, u"https://ollama.com"_s) << u"k-123"_s << unbounded
        << u"https://ollama.com/api/chat"_s << Headers { { "Authorization", "Bearer k-123" } } << QByteArrayList()
        << QByteArray(R"({"model":"m1","messages":[{"role":"system","content":"Be brief."},
            {"role":"user","content":"Hi"}],"stream":false,"options":{"temperature":1.5}})");
}

void TestRequestBuilding::request()
{
    QFETCH(Provider, provider);
    QFETCH(QString, apiKey);
    QFETCH(CompletionRequest, request);
    QFETCH(QString, url);
    QFETCH(Headers, headers);
    QFETCH(QByteArrayList, absentHeaders);
    QFETCH(QByteArray, body);

    const auto client = createProviderClient(provider, apiKey);
    const QNetworkRequest networkRequest = client->networkRequest(request);
    QCOMPARE(networkRequest.url().toString(), url);
    for (const auto& [name, value] : headers)
        QCOMPARE(networkRequest.rawHeader(name), value);
    for (const auto& name : absentHeaders)
        QVERIFY2(!networkRequest.hasRawHeader(name), name.constData());
    QJsonParseError error;
    const QJsonObject expected = QJsonDocument::fromJson(body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QByteArray actual = client->requestBody(request);
    QCOMPARE(QJsonDocument::fromJson(actual).object(), expected);
}

void TestRequestBuilding::transferTimeoutFollowsTheProvider()
{
    Provider slow = provider(ProviderKind::OpenAiCompatible, u"http://localhost/v1"_s);
    slow.timeoutSeconds = 90;
    QCOMPARE(createProviderClient(slow, {})->networkRequest(standardRequest()).transferTimeout(), 90000);
    slow.timeoutSeconds = 0;
    QCOMPARE(createProviderClient(slow, {})->networkRequest(standardRequest()).transferTimeout(), 1000);
}

QTEST_GUILESS_MAIN(TestRequestBuilding)
#include "tst_requestbuilding.moc"
