// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/providerfactory.h"
#include "providers/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What each client makes of the providers' responses, with bodies as the providers document them.
class TestResponseParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void success_data();
    void success();
    void failure_data();
    void failure();
    void refusals_data();
    void refusals();
    void keysNeverReachTheMessage();
};

namespace {
const QString apiKey = u"k-test-0123456789"_s;
const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

CompletionRequest request()
{
    CompletionRequest request;
    request.model = u"m1"_s;
    request.systemPrompt = u"Answer in one word."_s; // 19 characters: 5 tokens
    request.messages = { { u"user"_s, u"What colour is the sky?"_s } }; // 23 characters: 6 + 3 tokens
    return request;
}

CompletionResult interpret(ProviderKind kind, int status, const QByteArray& body, const HeaderMap& headers = {})
{
    Provider provider;
    provider.kind = kind;
    return createProviderClient(provider, apiKey)->interpret(request(), status, body, headers, now);
}

const QByteArray openAiDocs = R"({
  "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion", "created": 1741569952,
  "model": "gpt-4.1-2025-04-14",
  "choices": [{ "index": 0,
      "message": { "role": "assistant", "content": "Hello! How can I assist you today?", "refusal": null,
                   "annotations": [] },
      "logprobs": null, "finish_reason": "stop" }],
  "usage": { "prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29,
    "prompt_tokens_details": { "cached_tokens": 0, "audio_tokens": 0 },
    "completion_tokens_details": { "reasoning_tokens": 0, "audio_tokens": 0, "accepted_prediction_tokens": 0,
                                   "rejected_prediction_tokens": 0 } },
  "service_tier": "default" })";

const QByteArray anthropicDocs = R"({
  "content": [{ "text": "Hi! My name is Claude.", "type": "text" }],
  "id": "msg_013Zva2CMHLNnXjNJJKqJ2EF", "model": "claude-3-7-sonnet-20250219", "role": "assistant",
  "stop_reason": "end_turn", "stop_sequence": null, "type": "message",
  "usage": { "input_tokens": 2095, "output_tokens": 503 } })";

const QByteArray geminiDocs = R"({
  "candidates": [{ "content": { "parts": [{ "text": "The sky is blue." }], "role": "model" },
                   "finishReason": "STOP", "avgLogprobs": -0.0435 }],
  "usageMetadata": { "promptTokenCount": 8, "candidatesTokenCount": 12, "totalTokenCount": 20,
    "promptTokensDetails": [{ "modality": "TEXT", "tokenCount": 8 }],
    "candidatesTokensDetails": [{ "modality": "TEXT", "tokenCount": 12 }] },
  "modelVersion": "gemini-2.0-flash" })";

const QByteArray ollamaDocs = R"({
  "model": "llama3.2", "created_at": "2023-12-12T14:13:43.416799Z",
  "message": { "role": "assistant", "content": "Hello! How are you today?" },
  "done": true, "total_duration": 5191566416, "load_duration": 2154458, "prompt_eval_count": 26,
  "prompt_eval_duration": 383809000, "eval_count": 298, "eval_duration": 4799921000 })";
} // namespace

void TestResponseParsing::success_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("inputTokens");
    QTest::addColumn<qint64>("outputTokens");
    QTest::addColumn<qint64>("cachedTokens");
    QTest::addColumn<qint64>("reasoningTokens");
    QTest::addColumn<bool>("estimated");
    QTest::addColumn<QString>("finishReason");

    using K = ProviderKind;
    QTest::newRow("openai docs") << K::OpenAiCompatible << openAiDocs << u"Hello! How can I assist you today?"_s << 19ll
                                 << 10ll << 0ll << 0ll << false << u"stop"_s;
    QTest::newRow("openai cached and reasoning tokens")
        << K::OpenAiCompatible << QByteArray(R"({"choices":[{"index":0,"message":{"role":"assistant","content":"Blue."},
            "finish_reason":"stop"}],"usage":{"prompt_tokens":2006,"completion_tokens":300,"total_tokens":2306,
            "prompt_tokens_details":{"cached_tokens":1920},"completion_tokens_details":{"reasoning_tokens":192}}})")
        << u"Blue."_s << 2006ll << 300ll << 1920ll << 192ll << false << u"stop"_s;
    QTest::newRow("openai-compatible without usage")
        << K::OpenAiCompatible
        << QByteArray(R"({"choices":[{"index":0,"message":{"role":"assistant","content":"Blue, mostly."},
            "finish_reason":"length"}]})")
        << u"Blue, mostly."_s << 14ll << 4ll << 0ll << 0ll << true << u"length"_s;
    QTest::newRow("openai-compatible content parts")
        << K::OpenAiCompatible
        << QByteArray(R"({"choices":[{"message":{"role":"assistant","content":[{"type":"text","text":"Bl"},
            {"type":"text","text":"ue"}]}}],"usage":{"prompt_tokens":3,"completion_tokens":1}})")
        << u"Blue"_s << 3ll << 1ll << 0ll << 0ll << false << QString();
    QTest::newRow("anthropic docs") << K::Anthropic << anthropicDocs << u"Hi! My name is Claude."_s << 2095ll << 503ll
                                    << 0ll << 0ll << false << u"end_turn"_s;
    QTest::newRow("anthropic blocks and prompt cache")
        << K::Anthropic << QByteArray(R"({"type":"message","role":"assistant","content":[
            {"type":"thinking","thinking":"The user asks...","signature":"abc"},
            {"type":"text","text":"Blue"},{"type":"text","text":"."}],"stop_reason":"max_tokens",
            "usage":{"input_tokens":50,"cache_creation_input_tokens":1000,"cache_read_input_tokens":2000,
            "output_tokens":10}})")
        << u"Blue."_s << 3050ll << 10ll << 2000ll << 0ll << false << u"max_tokens"_s;
    QTest::newRow("gemini docs") << K::Gemini << geminiDocs << u"The sky is blue."_s << 8ll << 12ll << 0ll << 0ll
                                 << false << u"STOP"_s;
    QTest::newRow("gemini thoughts and cache")
        << K::Gemini << QByteArray(R"({"candidates":[{"content":{"parts":[{"text":"Let me think...","thought":true},
            {"text":"Bl"},{"text":"ue"}],"role":"model"},"finishReason":"STOP","index":0}],
            "usageMetadata":{"promptTokenCount":10,"candidatesTokenCount":5,"thoughtsTokenCount":20,
            "cachedContentTokenCount":4,"totalTokenCount":35}})")
        << u"Blue"_s << 10ll << 25ll << 4ll << 20ll << false << u"STOP"_s;
    QTest::newRow("gemini without usage")
        << K::Gemini
        << QByteArray(
               R"({"candidates":[{"content":{"parts":[{"text":"Blue"}],"role":"model"},"finishReason":"STOP"}]})")
        << u"Blue"_s << 14ll << 1ll << 0ll << 0ll << true << u"STOP"_s;
    QTest::newRow("ollama docs") << K::Ollama << ollamaDocs << u"Hello! How are you today?"_s << 26ll << 298ll << 0ll
                                 << 0ll << false << QString();
    QTest::newRow("ollama with a cached prompt")
        << K::Ollama
        << QByteArray(R"({"model":"llama3.2","message":{"role":"assistant","content":"Blue."},"done_reason":"stop",
            "done":true,"eval_count":3})")
        << u"Blue."_s << 14ll << 3ll << 0ll << 0ll << true << u"stop"_s;
}

void TestResponseParsing::success()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QByteArray, body);
    const CompletionResult result = interpret(kind, 200, body);
    QVERIFY2(result.isOk(), qPrintable(result.errorMessage));
    QTEST(result.text, "text");
    QTEST(result.inputTokens, "inputTokens");
    QTEST(result.outputTokens, "outputTokens");
    QTEST(result.cachedInputTokens, "cachedTokens");
    QTEST(result.reasoningTokens, "reasoningTokens");
    QTEST(result.usageEstimated, "estimated");
    QTEST(result.finishReason, "finishReason");
    QCOMPARE(result.httpStatus, 200);
}

void TestResponseParsing::failure_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<HeaderMap>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<CompletionError>("error");
    QTest::addColumn<QString>("message");
    QTest::addColumn<std::optional<qint64>>("retryAfterMs");

    using K = ProviderKind;
    using E = CompletionError;
    const std::optional<qint64> none;
    const auto ms = [](qint64 value) { return std::optional<qint64>(value); };
    QTest::newRow("openai insufficient quota")
        << K::OpenAiCompatible << 429 << HeaderMap()
        << QByteArray(
               R"({"error":{"message":"You exceeded your current quota, please check your plan and billing details.",
            "type":"insufficient_quota","param":null,"code":"insufficient_quota"}})")
        << E::Fatal
        << u"insufficient_quota: You exceeded your current quota, please check your plan and billing details."_s
        << none;
    QTest::newRow("openai rate limit")
        << K::OpenAiCompatible << 429 << HeaderMap { { "retry-after-ms", "1500" }, { "retry-after", "2" } }
        << QByteArray(
               R"({"error":{"message":"Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.",
            "type":"requests","param":null,"code":"rate_limit_exceeded"}})")
        << E::Retryable
        << u"rate_limit_exceeded: Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s."_s
        << ms(1500);
    QTest::newRow("vLLM top-level error")
        << K::OpenAiCompatible << 404 << HeaderMap()
        << QByteArray(
               R"({"object":"error","message":"The model `m1` does not exist.","type":"NotFoundError","param":null,"code":404})")
        << E::Fatal << u"NotFoundError: The model `m1` does not exist."_s << none;
    QTest::newRow("gateway HTML")
        << K::OpenAiCompatible << 502 << HeaderMap()
        << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>"
                      "<center><h1>502 Bad Gateway</h1></center></body></html>")
        << E::Retryable
        << u"HTTP status 502: <html> <head><title>502 Bad Gateway</title></head> <body><center><h1>502 Bad Gateway</h1></center></body></html>"_s
        << none;
    QTest::newRow("empty 503") << K::OpenAiCompatible << 503 << HeaderMap() << QByteArray() << E::Retryable
                               << u"HTTP status 503 with an empty body"_s << none;
    QTest::newRow("garbage 200") << K::OpenAiCompatible << 200 << HeaderMap() << QByteArray("\x1f\x8b\x08 upstream")
                                 << E::Malformed << QString() << none;
    QTest::newRow("truncated 200") << K::OpenAiCompatible << 200 << HeaderMap()
                                   << openAiDocs.left(openAiDocs.size() / 2) << E::Malformed << QString() << none;
    QTest::newRow("openai without choices")
        << K::OpenAiCompatible << 200 << HeaderMap() << QByteArray(R"({"id":"x","object":"chat.completion"})")
        << E::Malformed << u"The response has no choices[0].message"_s << none;
    QTest::newRow("gateway error inside a 200")
        << K::OpenAiCompatible << 200 << HeaderMap()
        << QByteArray(R"({"error":{"message":"Upstream provider returned an error","code":502}})") << E::Malformed
        << u"Upstream provider returned an error"_s << none;
    QTest::newRow("anthropic overloaded")
        << K::Anthropic << 529 << HeaderMap()
        << QByteArray(R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})") << E::Retryable
        << u"overloaded_error: Overloaded"_s << none;
    QTest::newRow("anthropic rate limit")
        << K::Anthropic << 429 << HeaderMap { { "retry-after", "30" } }
        << QByteArray(
               R"({"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}})")
        << E::Retryable << u"rate_limit_error: Number of request tokens has exceeded your per-minute rate limit"_s
        << ms(30000);
    QTest::newRow("anthropic credit")
        << K::Anthropic << 400 << HeaderMap()
        << QByteArray(
               R"({"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API."}})")
        << E::Fatal << u"invalid_request_error: Your credit balance is too low to access the Anthropic API."_s << none;
    QTest::newRow("anthropic without content")
        << K::Anthropic << 200 << HeaderMap() << QByteArray(R"({"type":"message","role":"assistant"})") << E::Malformed
        << u"The response has no content array"_s << none;
    QTest::newRow("gemini rate limit with RetryInfo")
        << K::Gemini << 429 << HeaderMap()
        << QByteArray(
               R"({"error":{"code":429,"message":"You exceeded your current quota, please check your plan and billing details.",
            "status":"RESOURCE_EXHAUSTED","details":[
            {"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests",
              "quotaId":"GenerateRequestsPerMinutePerProjectPerModel-FreeTier","quotaDimensions":{"location":"global","model":"gemini-2.0-flash"},"quotaValue":"15"}]},
            {"@type":"type.googleapis.com/google.rpc.Help","links":[{"description":"Learn more about Gemini API quotas","url":"https://ai.google.dev/gemini-api/docs/rate-limits"}]},
            {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"43s"}]}})")
        << E::Retryable
        << u"RESOURCE_EXHAUSTED: You exceeded your current quota, please check your plan and billing details."_s
        << ms(43000);
    QTest::newRow("gemini error array, fractional delay")
        << K::Gemini << 429 << HeaderMap()
        << QByteArray(R"([{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).",
            "status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"1.5s"}]}}])")
        << E::Retryable << u"RESOURCE_EXHAUSTED: Resource has been exhausted (e.g. check quota)."_s << ms(1500);
    QTest::newRow("gemini header hint wins")
        << K::Gemini << 503 << HeaderMap { { "retry-after", "4" } }
        << QByteArray(
               R"({"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE",
            "details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"9s"}]}})")
        << E::Retryable << u"UNAVAILABLE: The model is overloaded. Please try again later."_s << ms(4000);
    QTest::newRow("gemini bad key")
        << K::Gemini << 400 << HeaderMap()
        << QByteArray(
               R"({"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT"}})")
        << E::Fatal << u"INVALID_ARGUMENT: API key not valid. Please pass a valid API key."_s << none;
    QTest::newRow("ollama model not found")
        << K::Ollama << 404 << HeaderMap()
        << QByteArray(R"({"error":"model \"llama3\" not found, try pulling it first"})") << E::Fatal
        << u"model \"llama3\" not found, try pulling it first"_s << none;
    QTest::newRow("ollama busy")
        << K::Ollama << 503 << HeaderMap()
        << QByteArray(R"({"error":"server busy, please try again.  maximum pending requests exceeded"})")
        << E::Retryable << u"server busy, please try again.  maximum pending requests exceeded"_s << none;
    QTest::newRow("ollama stream to a client that asked for none")
        << K::Ollama << 200 << HeaderMap()
        << QByteArray("{\"model\":\"m1\",\"message\":{\"role\":\"assistant\",\"content\":\"Bl\"},\"done\":false}\n"
                      "{\"model\":\"m1\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true}\n")
        << E::Malformed << QString() << none;
}

void TestResponseParsing::failure()
{
    QFETCH(ProviderKind, kind);
    QFETCH(int, status);
    QFETCH(HeaderMap, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const CompletionResult result = interpret(kind, status, body, headers);
    QTEST(result.error, "error");
    QCOMPARE(result.httpStatus, status);
    QVERIFY(result.text.isEmpty());
    QVERIFY(!result.errorMessage.isEmpty());
    if (!message.isEmpty())
        QCOMPARE(result.errorMessage, message);
    QTEST(result.retryAfterMs, "retryAfterMs");
}

void TestResponseParsing::refusals_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("outputTokens");

    using K = ProviderKind;
    using R = Refusal;
    QTest::newRow("openai refusal, content null")
        << K::OpenAiCompatible << 200
        << QByteArray(R"({"choices":[{"index":0,"message":{"role":"assistant","content":null,
            "refusal":"I'm sorry, I cannot assist with that request."},"finish_reason":"stop"}],
            "usage":{"prompt_tokens":12,"completion_tokens":10}})")
        << R::Refused << u"I'm sorry, I cannot assist with that request."_s << QString() << 10ll;
    QTest::newRow("openai refusal content part")
        << K::OpenAiCompatible << 200
        << QByteArray(R"({"choices":[{"message":{"role":"assistant","content":[{"type":"refusal",
            "refusal":"I can't help with that."}]},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":6}})")
        << R::Refused << u"I can't help with that."_s << QString() << 6ll;
    QTest::newRow("openai content filter, Azure's categories")
        << K::OpenAiCompatible << 200
        << QByteArray(R"({"choices":[{"index":0,"message":{"role":"assistant","content":null},
            "finish_reason":"content_filter","content_filter_results":{"hate":{"filtered":true,"severity":"high"},
            "violence":{"filtered":false,"severity":"safe"}}}],"usage":{"prompt_tokens":30,"completion_tokens":0}})")
        << R::ContentFilter << u"finish_reason: content_filter: hate (high)"_s << QString() << 0ll;
    QTest::newRow("openai content filter, partial text")
        << K::OpenAiCompatible << 200
        << QByteArray(R"({"choices":[{"message":{"role":"assistant","content":"Here is how"},
            "finish_reason":"content_filter"}],"usage":{"prompt_tokens":30,"completion_tokens":3}})")
        << R::ContentFilter << u"finish_reason: content_filter"_s << u"Here is how"_s << 3ll;
    QTest::newRow("openai tool call instead of an answer")
        << K::OpenAiCompatible << 200
        << QByteArray(R"({"choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[
            {"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Oslo\"}"}}]},
            "finish_reason":"tool_calls"}],"usage":{"prompt_tokens":40,"completion_tokens":17}})")
        << R::EmptyAnswer << u"The model called a tool (get_weather) instead of answering"_s << QString() << 17ll;
    QTest::newRow("openai empty content")
        << K::OpenAiCompatible << 200
        << QByteArray(R"({"choices":[{"message":{"role":"assistant","content":""},"finish_reason":"stop"}],
            "usage":{"prompt_tokens":5,"completion_tokens":0}})")
        << R::EmptyAnswer << u"No text came back (finish reason: stop)"_s << QString() << 0ll;
    QTest::newRow("openai reasoning spent every token")
        << K::OpenAiCompatible << 200
        << QByteArray(R"({"choices":[{"message":{"role":"assistant","content":""},"finish_reason":"length"}],
            "usage":{"prompt_tokens":5,"completion_tokens":1024,"completion_tokens_details":{"reasoning_tokens":1024}}})")
        << R::EmptyAnswer << u"No text came back (finish reason: length)"_s << QString() << 1024ll;
    QTest::newRow("azure prompt filter, a 400")
        << K::OpenAiCompatible << 400
        << QByteArray(R"({"error":{"message":"The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
            "type":null,"param":"prompt","code":"content_filter","status":400,"innererror":{"code":"ResponsibleAIPolicyViolation",
            "content_filter_result":{"hate":{"filtered":false,"severity":"safe"},"self_harm":{"filtered":true,"severity":"medium"}}}}})")
        << R::ContentFilter
        << u"content_filter: The response was filtered due to the prompt triggering Azure OpenAI's content management policy. [self_harm (medium)]"_s
        << QString() << 0ll;
    QTest::newRow("anthropic refusal with stop_details")
        << K::Anthropic << 200
        << QByteArray(R"({"type":"message","role":"assistant","content":[{"type":"text","text":"Hello.."}],
            "stop_reason":"refusal","stop_details":{"type":"refusal","category":"cyber",
            "explanation":"This request was declined because it could enable cyber harm."},
            "usage":{"input_tokens":20,"output_tokens":2}})")
        << R::Refused << u"This request was declined because it could enable cyber harm. (cyber)"_s << u"Hello.."_s
        << 2ll;
    QTest::newRow("anthropic refusal, nothing written")
        << K::Anthropic << 200
        << QByteArray(R"({"type":"message","role":"assistant","content":[],"stop_reason":"refusal",
            "usage":{"input_tokens":20,"output_tokens":0}})")
        << R::Refused << u"stop_reason: refusal"_s << QString() << 0ll;
    QTest::newRow("anthropic empty content")
        << K::Anthropic << 200
        << QByteArray(R"({"type":"message","role":"assistant","content":[],"stop_reason":"end_turn",
            "usage":{"input_tokens":20,"output_tokens":1}})")
        << R::EmptyAnswer << u"No text came back (finish reason: end_turn)"_s << QString() << 1ll;
    for (const char* reason : { "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII" }) {
        QTest::addRow("gemini finishReason %s", reason)
            << K::Gemini << 200
            << QByteArray(R"({"candidates":[{"content":{"role":"model"},"finishReason":")") + reason
                + QByteArray(R"(","index":0}],"usageMetadata":{"promptTokenCount":9,"totalTokenCount":9}})")
            << R::ContentFilter << u"The answer was blocked (%1)"_s.arg(QLatin1String(reason)) << QString() << 0ll;
    }
    QTest::newRow("gemini SAFETY with ratings and partial text")
        << K::Gemini << 200
        << QByteArray(R"({"candidates":[{"content":{"parts":[{"text":"Step one"}],"role":"model"},"finishReason":"SAFETY",
            "safetyRatings":[{"category":"HARM_CATEGORY_DANGEROUS_CONTENT","probability":"HIGH","blocked":true},
            {"category":"HARM_CATEGORY_HARASSMENT","probability":"NEGLIGIBLE"}]}],
            "usageMetadata":{"promptTokenCount":9,"candidatesTokenCount":2}})")
        << R::ContentFilter << u"The answer was blocked (SAFETY) [HARM_CATEGORY_DANGEROUS_CONTENT (HIGH)]"_s
        << u"Step one"_s << 2ll;
    QTest::newRow("gemini blocked prompt, no candidates")
        << K::Gemini << 200
        << QByteArray(R"({"promptFeedback":{"blockReason":"PROHIBITED_CONTENT"},
            "usageMetadata":{"promptTokenCount":12559,"totalTokenCount":12559},"modelVersion":"gemini-1.5-flash-002"})")
        << R::ContentFilter << u"The prompt was blocked (PROHIBITED_CONTENT)"_s << QString() << 0ll;
    QTest::newRow("gemini blocked prompt with ratings")
        << K::Gemini << 200
        << QByteArray(R"({"promptFeedback":{"blockReason":"SAFETY","safetyRatings":[
            {"category":"HARM_CATEGORY_HARASSMENT","probability":"HIGH"}]},"usageMetadata":{"promptTokenCount":8}})")
        << R::ContentFilter << u"The prompt was blocked (SAFETY) [HARM_CATEGORY_HARASSMENT (HIGH)]"_s << QString()
        << 0ll;
    QTest::newRow("gemini out of tokens while thinking")
        << K::Gemini
        << 200
        << QByteArray(R"({"candidates":[{"content":{"role":"model"},"finishReason":"MAX_TOKENS","index":0}],
            "usageMetadata":{"promptTokenCount":7,"totalTokenCount":57,"thoughtsTokenCount":50}})")
        << R::EmptyAnswer << u"No text came back (finish reason: MAX_TOKENS)"_s << QString() << 50ll;
    QTest::newRow("ollama empty message")
        << K::Ollama << 200
        << QByteArray(R"({"model":"llama3.2","message":{"role":"assistant","content":""},"done_reason":"stop",
            "done":true,"prompt_eval_count":26,"eval_count":1})")
        << R::EmptyAnswer << u"No text came back (finish reason: stop)"_s << QString() << 1ll;
    QTest::newRow("ollama whitespace only")
        << K::Ollama << 200
        << QByteArray(R"({"model":"llama3.2","message":{"role":"assistant","content":"\n\n"},"done":true,
            "prompt_eval_count":26,"eval_count":2})")
        << R::EmptyAnswer << u"No text came back"_s << u"\n\n"_s << 2ll;
}

// A refusal is a success of the call that is no answer: no error, nothing to retry, its reason kept.
void TestResponseParsing::refusals()
{
    QFETCH(ProviderKind, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const CompletionResult result = interpret(kind, status, body);
    QCOMPARE(result.error, CompletionError::None);
    QVERIFY(result.errorMessage.isEmpty());
    QVERIFY(!result.isAnswer());
    QTEST(result.refusal, "refusal");
    QTEST(result.refusalReason, "reason");
    QTEST(result.text, "text");
    QTEST(result.outputTokens, "outputTokens");
    QCOMPARE(result.httpStatus, status);
    QVERIFY(!RetryPolicy().shouldRetry(result));
}

void TestResponseParsing::keysNeverReachTheMessage()
{
    const QByteArray body = R"({"error":{"message":"Incorrect API key provided: k-test-0123456789.",
        "type":"invalid_request_error","param":null,"code":"invalid_api_key"}})";
    const CompletionResult result = interpret(ProviderKind::OpenAiCompatible, 401, body);
    QCOMPARE(result.error, CompletionError::Fatal);
    QVERIFY(!result.errorMessage.contains(apiKey));
    QCOMPARE(result.errorMessage, u"invalid_api_key: Incorrect API key provided: [key]."_s);
}

QTEST_GUILESS_MAIN(TestResponseParsing)
#include "tst_responseparsing.moc"
