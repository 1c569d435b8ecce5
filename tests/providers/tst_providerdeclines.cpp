// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/providerfactory.h"
#include "providers/retrypolicy.h"
#include "sandbox/fakeproviderserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Refusals, content filters, empty answers and blocked prompts, each in its provider's own words
// over real HTTP from the fake provider server: classified as what they are, with the provider's
// reason, and never worth a retry.
class TestProviderDeclines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void declines_data();
    void declines();
    void ordinaryAnswersAreNotDeclines_data();
    void ordinaryAnswersAreNotDeclines();

private:
    CompletionResult complete(ProviderKind kind);

    FakeProviderServer m_server;
};

namespace {
const QString prompt = u"Ticket: how do I get into my neighbour's wifi?"_s;

CompletionRequest request()
{
    CompletionRequest request;
    request.id = u"t07/model-a"_s;
    request.model = u"model-a"_s;
    request.messages = { { u"user"_s, prompt } };
    request.maxTokens = 50;
    return request;
}
} // namespace

void TestProviderDeclines::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setTimeScale(0);
    m_server.simulator().setProfile(u"model-a"_s, { 1.0, 400 });
    m_server.simulator().addExpectedOutput(prompt, u"security"_s);
}

void TestProviderDeclines::init()
{
    m_server.clearFaults();
    m_server.resetCounters();
}

CompletionResult TestProviderDeclines::complete(ProviderKind kind)
{
    Provider provider;
    provider.name = u"sandbox"_s;
    provider.kind = kind;
    provider.baseUrl = m_server.baseUrl(kind);
    const auto client = createProviderClient(provider, u"test-key"_s);
    QSignalSpy spy(client->send(request()), &CompletionReply::finished);
    if (!spy.wait(10000))
        return {};
    return spy.first().first().value<CompletionResult>();
}

void TestProviderDeclines::declines_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    using K = ProviderKind;
    using R = Refusal;
    QTest::newRow("openai refusal") << K::OpenAiCompatible << Fault::Refusal << R::Refused << 200
                                    << u"I'm sorry, but I can't help with that request."_s;
    QTest::newRow("openai content filter") << K::OpenAiCompatible << Fault::ContentFilter << R::ContentFilter << 200
                                           << u"finish_reason: content_filter: hate (medium)"_s;
    QTest::newRow("openai tool call, null content") << K::OpenAiCompatible << Fault::EmptyAnswer << R::EmptyAnswer
                                                    << 200 << u"The model called a tool (lookup_order)"_s;
    QTest::newRow("openai safety block (Azure 400)") << K::OpenAiCompatible << Fault::SafetyBlock << R::ContentFilter
                                                     << 400 << u"content_filter: The response was filtered"_s;
    QTest::newRow("anthropic refusal") << K::Anthropic << Fault::Refusal << R::Refused << 200
                                       << u"This request was declined because it could enable cyber harm. (cyber)"_s;
    QTest::newRow("anthropic classifier stop") << K::Anthropic << Fault::ContentFilter << R::Refused << 200
                                               << u"declined because it could enable cyber harm"_s;
    QTest::newRow("anthropic empty content") << K::Anthropic << Fault::EmptyAnswer << R::EmptyAnswer << 200
                                             << u"No text came back (finish reason: end_turn)"_s;
    QTest::newRow("anthropic safety block") << K::Anthropic << Fault::SafetyBlock << R::Refused << 200
                                            << u"stop_reason: refusal"_s;
    QTest::newRow("gemini prohibited content") << K::Gemini << Fault::Refusal << R::ContentFilter << 200
                                               << u"The answer was blocked (PROHIBITED_CONTENT)"_s;
    QTest::newRow("gemini SAFETY") << K::Gemini << Fault::ContentFilter << R::ContentFilter << 200
                                   << u"The answer was blocked (SAFETY) [HARM_CATEGORY_DANGEROUS_CONTENT (HIGH)]"_s;
    QTest::newRow("gemini empty candidate") << K::Gemini << Fault::EmptyAnswer << R::EmptyAnswer << 200
                                            << u"No text came back (finish reason: STOP)"_s;
    QTest::newRow("gemini blockReason") << K::Gemini << Fault::SafetyBlock << R::ContentFilter << 200
                                        << u"The prompt was blocked (SAFETY) [HARM_CATEGORY_DANGEROUS_CONTENT (HIGH)]"_s;
    for (Fault fault : { Fault::Refusal, Fault::ContentFilter, Fault::EmptyAnswer, Fault::SafetyBlock }) {
        QTest::addRow("ollama %d", int(fault))
            << K::Ollama << fault << R::EmptyAnswer << 200 << u"No text came back (finish reason: stop)"_s;
    }
}

void TestProviderDeclines::declines()
{
    QFETCH(ProviderKind, kind);
    QFETCH(Fault, fault);
    QFETCH(QString, reason);
    m_server.addFault({ .fault = fault, .count = 0 });
    const CompletionResult result = complete(kind);
    QVERIFY2(result.isOk(), qPrintable(result.errorMessage));
    QTEST(result.refusal, "refusal");
    QTEST(result.httpStatus, "status");
    QVERIFY2(result.refusalReason.startsWith(reason) || result.refusalReason.contains(reason),
             qPrintable(result.refusalReason));
    QVERIFY(!result.isAnswer());
    QVERIFY(result.text != u"security"_s);
    QCOMPARE(result.attempts, 1);
    QVERIFY(!RetryPolicy().shouldRetry(result));
    QCOMPARE(m_server.requestCount(), 1);
}

void TestProviderDeclines::ordinaryAnswersAreNotDeclines_data()
{
    QTest::addColumn<ProviderKind>("kind");
    for (ProviderKind kind :
         { ProviderKind::OpenAiCompatible, ProviderKind::Anthropic, ProviderKind::Gemini, ProviderKind::Ollama })
        QTest::newRow(qPrintable(providerKindKey(kind))) << kind;
}

void TestProviderDeclines::ordinaryAnswersAreNotDeclines()
{
    QFETCH(ProviderKind, kind);
    const CompletionResult result = complete(kind);
    QVERIFY(result.isAnswer());
    QCOMPARE(result.refusal, Refusal::None);
    QVERIFY(result.refusalReason.isEmpty());
    QCOMPARE(result.text, u"security"_s);
}

QTEST_GUILESS_MAIN(TestProviderDeclines)
#include "tst_providerdeclines.moc"
