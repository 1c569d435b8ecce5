// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"
#include "yamlmap.h"

// Test cases and scorers as written in the workspace file and, one per line, in JSONL files.
// Scorers are checked by the scoring module, which is what applies them.
class YamlCaseReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlCaseReader)
public:
    explicit YamlCaseReader(YamlErrors& errors);

    // The cases of a category whose scorers are read already; each is also checked against the
    // scorers that apply to it.
    QList<TestCase> readCases(const YAML::Node& list, const Category& category);
    std::optional<TestCase> readCase(const YAML::Node& node);
    QList<ScorerSpec> readScorers(const YAML::Node& list);
    std::optional<ScorerSpec> readScorer(const YAML::Node& node);

    // Reports a case id used twice and returns false; remembers the first use otherwise.
    bool checkUniqueId(const TestCase& testCase, const YAML::Mark& mark);
    // Reports what the scorers that apply to a case read from node find wrong once the case fills
    // them in (see appliedScorerIssues()): at the entry of its own scorer, or at the case.
    void checkAppliedScorers(const TestCase& testCase, const Category& category, const YAML::Node& node);

private:
    QList<ChatMessage> readMessages(const YAML::Node& list);
    QVariant readScorerValue(const YamlMap& map);
    void reportScorerIssues(const ScorerSpec& spec, const YamlMap& map);

    YamlErrors& m_errors;
    QMap<QString, int> m_caseLines; // case id -> line of first use, within one category
};
