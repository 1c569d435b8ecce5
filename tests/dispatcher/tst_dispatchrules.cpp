// SPDX-License-Identifier: GPL-3.0-or-later
// Rule matching as the README states it: in order, first match decides, all conditions must hold.
#include "dispatcher/classifierprompt.h"
#include "dispatcher/dispatchbenchmark.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
DispatchRule rule(const QString& category, const QStringList& any, const QString& regex = {},
                  std::optional<int> minChars = {}, std::optional<int> maxChars = {})
{
    return DispatchRule { category, any, regex, minChars, maxChars };
}

QList<DispatchRule> rules()
{
    return { rule(u"billing"_s, { u"refund"_s, u"Invoice"_s }, u"(?i)\\border\\s+#?\\d+"_s),
             rule(u"billing"_s, { u"charged"_s }),
             rule(u"long"_s, {}, {}, 20, {}),
             rule(u"short"_s, { u"hi"_s }, {}, {}, 5),
             rule(u"straße"_s, { u"Straße"_s }) };
}
} // namespace

class TestDispatchRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstMatchDecides_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("rule");

        QTest::newRow("keyword and regex") << u"REFUND for Order #123"_s << 0;
        QTest::newRow("keyword without the regex") << u"refund please"_s << -1;
        QTest::newRow("regex without a keyword") << u"order 123"_s << -1;
        QTest::newRow("second keyword, any case") << u"iNvOiCe order 9"_s << 0;
        QTest::newRow("substring counts") << u"overcharged"_s << 1;
        QTest::newRow("earlier rule wins") << u"charged twice, refund order 5 please, thanks"_s << 0;
        QTest::newRow("length only") << u"twenty characters ok"_s << 2;
        QTest::newRow("nineteen") << u"nineteen characters"_s << -1;
        QTest::newRow("at max") << u"hi yo"_s << 3;
        QTest::newRow("over max") << u"hi you"_s << -1;
        QTest::newRow("case folding") << u"HauptSTRAßE 5"_s << 4;
        QTest::newRow("simple folding only") << u"hauptstrasse"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void firstMatchDecides()
    {
        QFETCH(QString, input);
        QFETCH(int, rule);
        const RuleMatcher matcher(rules());
        QCOMPARE(matcher.match(input), rule);
        const Dispatch dispatch = dispatchByRules(DispatcherSpec { rules(), {}, u"default"_s, {} }, matcher, input);
        QCOMPARE(dispatch.rule, rule);
        QCOMPARE(dispatch.source, rule < 0 ? Dispatch::Source::Default : Dispatch::Source::Rule);
        QCOMPARE(dispatch.category, rule < 0 ? u"default"_s : rules().at(rule).category);
    }

    void countsCodePoints()
    {
        QCOMPARE(characterCount(u"abc"), 3);
        QCOMPARE(characterCount(u"é🙌x"), 3); // the emoji is two UTF-16 units
        QCOMPARE(characterCount(u""), 0);
        const RuleMatcher matcher({ rule(u"short"_s, {}, {}, {}, 2) });
        QCOMPARE(matcher.match(u"🙌🙌"), 0);
        QCOMPARE(matcher.match(u"🙌🙌🙌"), -1);
    }

    void invalidPatternNeverMatches()
    {
        const RuleMatcher matcher({ rule(u"a"_s, {}, u"(unclosed"_s), rule(u"b"_s, { u"x"_s }) });
        QCOMPARE(matcher.match(u"(unclosed x"), 1);
    }

    void readsClassifierAnswers_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("category");

        QTest::newRow("exact") << u"billing"_s << u"billing"_s;
        QTest::newRow("case and quotes") << u"  \"Billing\".\n"_s << u"billing"_s;
        QTest::newRow("in a sentence") << u"The category is field-extraction."_s << u"field-extraction"_s;
        QTest::newRow("default") << u"default"_s << u"default"_s;
        QTest::newRow("two names") << u"billing or sentiment"_s << QString();
        QTest::newRow("none") << u"I cannot tell."_s << QString();
        QTest::newRow("part of a longer word") << u"field"_s << QString();
    }

    void readsClassifierAnswers()
    {
        QFETCH(QString, answer);
        QFETCH(QString, category);
        const QStringList categories { u"billing"_s, u"sentiment"_s, u"field-extraction"_s };
        QCOMPARE(parseClassifierAnswer(answer, categories).value_or(QString()), category);
    }

    void promptListsCategories()
    {
        Workspace workspace;
        Category billing;
        billing.name = u"billing"_s;
        billing.description = u"Charges and\ninvoices"_s;
        Category other;
        other.name = u"other"_s;
        workspace.categories = { billing, other };
        const ClassifierPrompt prompt = classifierPrompt(workspace, DispatchClassifier { u"m"_s, {} }, u"Hello"_s);
        QCOMPARE(prompt.systemPrompt, defaultClassifierInstructions());
        QCOMPARE(prompt.userMessage,
                 u"<categories>\n- billing: Charges and invoices\n- other\n</categories>\n<request>\nHello\n</request>"_s);
        QCOMPARE(classifierPrompt(workspace, DispatchClassifier { u"m"_s, u"Mine"_s }, u"x"_s).systemPrompt, u"Mine"_s);
    }
};

QTEST_GUILESS_MAIN(TestDispatchRules)
#include "tst_dispatchrules.moc"
