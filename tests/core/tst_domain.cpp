// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/workspace.h"

#include <QTest>

class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void targetKeysRoundTrip()
    {
        for (const QString& key : targetKeys()) {
            const auto target = targetFromKey(key);
            QVERIFY(target.has_value());
            QCOMPARE(targetKey(*target), key);
            QVERIFY(!targetDisplayName(*target).isEmpty());
        }
        QVERIFY(!targetFromKey(QStringLiteral("cheapest")).has_value());
    }

    void providerKindsRoundTrip()
    {
        for (const QString& key : providerKindKeys()) {
            const auto kind = providerKindFromKey(key);
            QVERIFY(kind.has_value());
            QCOMPARE(providerKindKey(*kind), key);
            QVERIFY(defaultBaseUrl(*kind).startsWith(QLatin1String("http")));
        }
        QVERIFY(!providerKindFromKey(QStringLiteral("openai")).has_value());
    }

    void scorerNegation()
    {
        const ScorerSpec spec { QStringLiteral("not-icontains"), QStringLiteral("sorry") };
        QVERIFY(spec.negated());
        QCOMPARE(spec.baseType(), QStringLiteral("icontains"));
        QVERIFY(isKnownScorerType(spec.type));
        QVERIFY(!isKnownScorerType(QStringLiteral("not-fuzzy")));
    }

    void priceCost()
    {
        const Price price { 0.15, 0.60 };
        QCOMPARE(price.costOf(1'000'000, 0), 0.15);
        QCOMPARE(price.costOf(2000, 500), (2000 * 0.15 + 500 * 0.60) / 1e6);
    }

    void lookups()
    {
        Workspace ws;
        ws.providers.append(Provider { QStringLiteral("openai") });
        ws.models.append(ModelSpec { QStringLiteral("gpt-4o-mini"), QStringLiteral("openai") });
        Category category { QStringLiteral("sentiment") };
        category.cases.append(TestCase { QStringLiteral("s1") });
        category.cases.append(TestCase { QStringLiteral("s2") });
        ws.categories.append(category);
        ws.routing.routes.append(Route { QStringLiteral("sentiment"), { QStringLiteral("gpt-4o-mini") } });

        QCOMPARE(ws.indexOfModel(QStringLiteral("gpt-4o-mini")), 0);
        QCOMPARE(ws.indexOfModel(QStringLiteral("nope")), -1);
        QCOMPARE(ws.provider(QStringLiteral("openai"))->name, QStringLiteral("openai"));
        QCOMPARE(ws.category(QStringLiteral("sentiment"))->indexOfCase(QStringLiteral("s2")), 1);
        QCOMPARE(ws.caseCount(), 2);
        QCOMPARE(ws.routing.routeFor(QStringLiteral("sentiment"))->primary(), QStringLiteral("gpt-4o-mini"));
        QVERIFY(!ws.routing.routeFor(QStringLiteral("other")));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
