// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/cachedresponse.h"
#include "results/resultrecord.h"
#include "results/runinfo.h"
#include "results/shadowverdict.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(CacheKeyParts)

namespace {

CacheKeyParts baseParts()
{
    return { QStringLiteral("openai-compatible"), QStringLiteral("https://api.openai.com/v1"),
             QStringLiteral("gpt-4o-mini"),
             QJsonObject { { QStringLiteral("temperature"), 0.0 }, { QStringLiteral("max_tokens"), 256 } },
             QStringLiteral("system: Classify.\nuser: I love it") };
}

} // namespace

class TestResultValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runStatusKeysRoundTrip()
    {
        QCOMPARE(runStatusKeys().size(), 6);
        for (const QString& key : runStatusKeys()) {
            const auto status = runStatusFromKey(key);
            QVERIFY(status.has_value());
            QCOMPARE(runStatusKey(*status), key);
            QVERIFY(!runStatusDisplayName(*status).isEmpty());
        }
        QVERIFY(!runStatusFromKey(QStringLiteral("done")).has_value());
    }

    void verdictKeysRoundTrip()
    {
        QCOMPARE(verdictKeys(),
                 (QStringList { QStringLiteral("better"), QStringLiteral("same"), QStringLiteral("worse") }));
        for (const QString& key : verdictKeys())
            QCOMPARE(verdictKey(*verdictFromKey(key)), key);
        QVERIFY(!verdictFromKey(QStringLiteral("Better")).has_value());
    }

    void runSettingsJsonRoundTrip_data()
    {
        QTest::addColumn<RunSettings>("settings");
        QTest::newRow("defaults") << RunSettings {};
        QTest::newRow("everything set") << RunSettings { 0.7, 2048, false, 16, 2.5 };
        QTest::newRow("zero temperature and budget") << RunSettings { 0.0, 0, true, 1, 0.0 };
    }

    void runSettingsJsonRoundTrip()
    {
        QFETCH(RunSettings, settings);
        QCOMPARE(RunSettings::fromJson(settings.toJson()), settings);
    }

    void runSettingsFromPartialJson()
    {
        const auto settings = RunSettings::fromJson(QJsonObject { { QStringLiteral("concurrency"), 2 } });
        QCOMPARE(settings.concurrency, 2);
        QCOMPARE(settings.maxTokens, RunSettings {}.maxTokens);
        QVERIFY(!settings.temperature.has_value());
        QVERIFY(!settings.budgetUsd.has_value());
    }

    void runIdFromStartTime()
    {
        const auto utc = QDateTime::fromString(QStringLiteral("2026-11-23T09:14:03.900Z"), Qt::ISODateWithMs);
        QCOMPARE(makeRunId(utc), QStringLiteral("2026-11-23T09-14-03"));
        QCOMPARE(makeRunId(utc.toOffsetFromUtc(3600)), QStringLiteral("2026-11-23T09-14-03"));
    }

    void jobKeysHashAndCompare()
    {
        const JobKey a { QStringLiteral("c"), QStringLiteral("1"), QStringLiteral("m"), 0 };
        JobKey b = a;
        QCOMPARE(qHash(a), qHash(b));
        b.repeat = 1;
        QVERIFY(a != b);
        const QSet<JobKey> set { a, b, a };
        QCOMPARE(set.size(), 2);
    }

    void metaTypesRegistered()
    {
        registerResultsMetaTypes();
        for (const char* name : { "ResultRecord", "RunInfo", "JobKey", "RunStatus", "ShadowVerdict", "CachedResponse" })
            QVERIFY2(QMetaType::fromName(name).isValid(), name);
        ResultRecord record;
        record.caseId = QStringLiteral("s1");
        record.score = 0.5;
        QCOMPARE(QVariant::fromValue(record).value<ResultRecord>(), record);
    }

    void cacheKeyIsStable()
    {
        const QString key = responseCacheKey(baseParts());
        QCOMPARE(key.size(), 64);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(key).hasMatch());
        QCOMPARE(responseCacheKey(baseParts()), key);

        CacheKeyParts reordered = baseParts();
        reordered.parameters
            = QJsonObject { { QStringLiteral("max_tokens"), 256 }, { QStringLiteral("temperature"), 0.0 } };
        QCOMPARE(responseCacheKey(reordered), key);

        CacheKeyParts slash = baseParts();
        slash.baseUrl += u'/';
        QCOMPARE(responseCacheKey(slash), key);
    }

    void cacheKeyChangesWithAnyPart_data()
    {
        QTest::addColumn<CacheKeyParts>("parts");
        auto row = [](const char* name, auto change) {
            CacheKeyParts parts = baseParts();
            change(parts);
            QTest::newRow(name) << parts;
        };
        row("provider kind", [](CacheKeyParts& p) { p.providerKind = QStringLiteral("ollama"); });
        row("base url", [](CacheKeyParts& p) { p.baseUrl = QStringLiteral("https://openrouter.ai/api/v1"); });
        row("model", [](CacheKeyParts& p) { p.model = QStringLiteral("gpt-4o"); });
        row("temperature", [](CacheKeyParts& p) { p.parameters[QStringLiteral("temperature")] = 0.2; });
        row("max tokens", [](CacheKeyParts& p) { p.parameters[QStringLiteral("max_tokens")] = 257; });
        row("extra parameter", [](CacheKeyParts& p) { p.parameters[QStringLiteral("json_mode")] = true; });
        row("no parameters", [](CacheKeyParts& p) { p.parameters = {}; });
        row("input", [](CacheKeyParts& p) { p.renderedInput += u'.'; });
        row("input case", [](CacheKeyParts& p) { p.renderedInput = p.renderedInput.toUpper(); });
        // Without length prefixes these two would hash the same bytes.
        row("text moved between parts", [](CacheKeyParts& p) {
            p.providerKind += QStringLiteral("https:");
            p.baseUrl.remove(0, 6);
        });
    }

    void cacheKeyChangesWithAnyPart()
    {
        QFETCH(CacheKeyParts, parts);
        QVERIFY(responseCacheKey(parts) != responseCacheKey(baseParts()));
    }
};

QTEST_GUILESS_MAIN(TestResultValues)
#include "tst_resultvalues.moc"
