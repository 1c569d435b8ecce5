// SPDX-License-Identifier: GPL-3.0-or-later
// Every check a cascade may run, as the Portkey gateway's denying output guardrail, and what the
// LiteLLM export says instead.
#include "cascade/cascadecheck.h"
#include "exporters/cascadeguardrail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
ScorerSpec check(const QString& text)
{
    QString error;
    const std::optional<ScorerSpec> spec = parseCascadeCheck(text, &error);
    if (!spec)
        qWarning("%s", qPrintable(error));
    return spec.value_or(ScorerSpec {});
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

class tst_CascadeGuardrail : public QObject
{
    Q_OBJECT

private slots:
    void guardrails_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("guardrail");
        QTest::addColumn<bool>("caveat");
        QTest::newRow("regex") << u"{type: regex, value: '^(a|b)$'}"_s
                               << u"{\"default.regexMatch\":{\"not\":false,\"rule\":\"^(a|b)$\"},\"deny\":true}"_s
                               << true;
        QTest::newRow("not-regex") << u"{type: not-regex, value: sorry}"_s
                                   << u"{\"default.regexMatch\":{\"not\":true,\"rule\":\"sorry\"},\"deny\":true}"_s
                                   << true;
        QTest::newRow("contains-any") << u"{type: contains-any, value: [a, b]}"_s
                                      << u"{\"default.contains\":{\"operator\":\"any\",\"words\":[\"a\",\"b\"]},"
                                         "\"deny\":true}"_s
                                      << false;
        QTest::newRow("not-contains-any") << u"{type: not-contains-any, value: [sorry]}"_s
                                          << u"{\"default.contains\":{\"operator\":\"none\",\"words\":[\"sorry\"]},"
                                             "\"deny\":true}"_s
                                          << false;
        QTest::newRow("icontains-any") << u"{type: icontains-any, value: [Ok]}"_s
                                       << u"{\"default.regexMatch\":{\"not\":false,\"rule\":\"[oO][kK]\"},\"deny\":true}"_s
                                       << false;
        QTest::newRow("not-icontains-any") << u"{type: not-icontains-any, value: [no, 'a.b']}"_s
                                           << u"{\"default.regexMatch\":{\"not\":true,\"rule\":\"[nN][oO]|[aA]\\\\.[bB]\"},"
                                              "\"deny\":true}"_s
                                           << false;
        QTest::newRow("word-count range") << u"{type: word-count, value: {min: 2, max: 9}}"_s
                                          << u"{\"default.wordCount\":{\"maxWords\":9,\"minWords\":2,\"not\":false},"
                                             "\"deny\":true}"_s
                                          << false;
        QTest::newRow("word-count list") << u"{type: word-count, value: [3, 4]}"_s
                                         << u"{\"default.wordCount\":{\"maxWords\":4,\"minWords\":3,\"not\":false},"
                                            "\"deny\":true}"_s
                                         << false;
        QTest::newRow("not-word-count exact") << u"{type: not-word-count, value: 1}"_s
                                              << u"{\"default.wordCount\":{\"maxWords\":1,\"minWords\":1,\"not\":true},"
                                                 "\"deny\":true}"_s
                                              << false;
        QTest::newRow("is-json") << u"{type: is-json}"_s
                                 << u"{\"default.jsonSchema\":{\"not\":false,\"schema\":{}},\"deny\":true}"_s << true;
        QTest::newRow("not-contains-json") << u"{type: not-contains-json}"_s
                                           << u"{\"default.jsonSchema\":{\"not\":true,\"schema\":{}},\"deny\":true}"_s
                                           << true;
        QTest::newRow("is-json schema")
            << u"{type: is-json, value: {type: object, required: [id], properties: {id: {type: integer, minimum: 1}}}}"_s
            << u"{\"default.jsonSchema\":{\"not\":false,\"schema\":{\"properties\":{\"id\":{\"minimum\":1,"
               "\"type\":\"integer\"}},\"required\":[\"id\"],\"type\":\"object\"}},\"deny\":true}"_s
            << true;
        QTest::newRow("not-contains-json schema")
            << u"{type: not-contains-json, value: {required: [error]}}"_s
            << u"{\"default.jsonSchema\":{\"not\":true,\"schema\":{\"required\":[\"error\"]}},\"deny\":true}"_s << true;
    }

    void guardrails()
    {
        QFETCH(QString, check);
        QFETCH(QString, guardrail);
        QFETCH(bool, caveat);
        const ScorerSpec spec = ::check(check);
        QVERIFY(!spec.type.isEmpty());
        const std::optional<PortkeyGuardrail> exported = portkeyGuardrail(spec);
        QVERIFY(exported);
        QCOMPARE(compact(exported->guardrail), guardrail);
        QCOMPARE(!exported->caveat.isEmpty(), caveat);
        // LiteLLM cannot run any of them: its export says so, naming the check.
        const QString litellm = liteLlmCascadeCaveat(spec);
        QVERIFY(litellm.startsWith(u"NOT A CASCADE IN THIS FILE."_s));
        QVERIFY2(litellm.contains(cascadeCheckText(spec)), qPrintable(litellm));
    }

    // What the gateway cannot express is not exported as if it could.
    void noGuardrail()
    {
        QVERIFY(!portkeyGuardrail(ScorerSpec { u"equals"_s, u"x"_s }));
        QVERIFY(!portkeyGuardrail(ScorerSpec { u"word-count"_s, QVariantMap { { u"min"_s, u"1.5"_s } } }));
    }

    void schemaCaveatNamesTheValidators()
    {
        const auto exported = portkeyGuardrail(::check(u"{type: is-json, value: {type: object}}"_s));
        QVERIFY(exported);
        QVERIFY2(exported->caveat.contains(u"Ajv"_s), qPrintable(exported->caveat));
    }
};

QTEST_GUILESS_MAIN(tst_CascadeGuardrail)
#include "tst_cascadeguardrail.moc"
