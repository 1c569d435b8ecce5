// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatchrules.h"

int characterCount(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

RuleMatcher::RuleMatcher(const QList<DispatchRule>& rules)
{
    m_rules.reserve(rules.size());
    for (const DispatchRule& rule : rules) {
        Compiled compiled { rule, {}, std::nullopt, true };
        for (const QString& keyword : rule.any)
            compiled.keywords.append(keyword.toCaseFolded());
        if (!rule.regex.isEmpty()) {
            compiled.regex = QRegularExpression(rule.regex);
            compiled.regex->optimize();
            compiled.valid = compiled.regex->isValid();
        }
        m_rules.append(compiled);
    }
}

bool RuleMatcher::holds(const Compiled& rule, QStringView input, QStringView folded, int length) const
{
    if (!rule.valid)
        return false;
    if (rule.spec.minChars && length < *rule.spec.minChars)
        return false;
    if (rule.spec.maxChars && length > *rule.spec.maxChars)
        return false;
    if (!rule.keywords.isEmpty()) {
        const bool found = std::any_of(rule.keywords.cbegin(), rule.keywords.cend(),
                                       [&](const QString& keyword) { return folded.contains(keyword); });
        if (!found)
            return false;
    }
    return !rule.regex || rule.regex->match(input).hasMatch();
}

int RuleMatcher::match(QStringView input) const
{
    const QString folded = input.toString().toCaseFolded();
    const int length = characterCount(input);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (holds(m_rules.at(i), input, folded, length))
            return int(i);
    }
    return -1;
}

bool RuleMatcher::matches(int rule, QStringView input) const
{
    if (rule < 0 || rule >= m_rules.size())
        return false;
    return holds(m_rules.at(rule), input, input.toString().toCaseFolded(), characterCount(input));
}
