// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/dispatcherspec.h"

#include <QList>
#include <QRegularExpression>

// How one request was assigned its category.
struct Dispatch {
    enum class Source { Rule, Classifier, Default };

    QString category; // a category name, or DispatcherSpec::defaultRoute
    Source source = Source::Default;
    int rule = -1; // index of the rule that matched, when Source::Rule
    QString classifierAnswer; // what the classifier said, when it was asked
    double classifierCostUsd = 0.0;
    qint64 classifierLatencyMs = 0;
    bool classifierFailed = false; // asked, but its call ended in an error
    bool classifierUnreadable = false; // it answered, but named no category

    friend bool operator==(const Dispatch&, const Dispatch&) = default;
};

// Length in characters as the rules count them: Unicode code points, so that an emoji or a
// CJK character outside the BMP counts once, as in Python's len().
int characterCount(QStringView text);

// The rules compiled once (regular expressions, keywords) and matched in order: the first rule
// whose conditions all hold decides. A rule with an invalid pattern never matches.
class RuleMatcher
{
public:
    explicit RuleMatcher(const QList<DispatchRule>& rules = {});

    // Index of the first matching rule, or -1.
    int match(QStringView input) const;
    // Whether one rule matches, whatever the rules before it do.
    bool matches(int rule, QStringView input) const;
    qsizetype size() const { return m_rules.size(); }
    const DispatchRule& rule(int index) const { return m_rules.at(index).spec; }

private:
    struct Compiled {
        DispatchRule spec;
        QList<QString> keywords; // case-folded
        std::optional<QRegularExpression> regex;
        bool valid = true;
    };
    bool holds(const Compiled& rule, QStringView input, QStringView folded, int length) const;

    QList<Compiled> m_rules;
};
