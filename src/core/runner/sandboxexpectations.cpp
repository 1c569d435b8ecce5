// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxexpectations.h"

#include "scoring/scorervalue.h"
#include "scoring/scoringengine.h"

namespace {
bool looksFor(const QString& type)
{
    return type == u"contains" || type == u"icontains" || type == u"contains-all" || type == u"icontains-all";
}

bool acceptsOneOf(const QString& type)
{
    return type == u"contains-any" || type == u"icontains-any";
}
} // namespace

ExpectedAnswer sandboxExpectation(const Category& category, const TestCase& testCase)
{
    ExpectedAnswer answer { testCase.expected, category.name, {}, {} };
    for (const ScorerSpec& scorer : effectiveScorers(testCase, category)) {
        if (scorer.negated())
            continue;
        const QString type = scorer.baseType();
        if (looksFor(type)) {
            for (const QString& phrase : valueItems(resolvedValue(scorer, testCase, true))) {
                if (!phrase.trimmed().isEmpty())
                    answer.keyPhrases.append(phrase.trimmed());
            }
        } else if (type == u"json-field-equals" && !scorer.path.isEmpty()) {
            // The top-level field a path starts with: "customer.id" is checked through "customer".
            answer.checkedFields.append(scorer.path.section(u'.', 0, 0).section(u'[', 0, 0));
        }
    }
    return answer;
}

QStringList sandboxScorerLabels(const Category& category)
{
    QStringList labels;
    for (const ScorerSpec& scorer : category.scorers) {
        if (scorer.negated() || !acceptsOneOf(scorer.baseType()))
            continue;
        for (const QString& item : valueItems(scorer.value)) {
            if (!hasPlaceholder(item))
                labels.append(item.trimmed());
        }
    }
    return labels;
}
