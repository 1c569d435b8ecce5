// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorer.h"

#include "jsonscorers.h"
#include "llmrubric.h"
#include "measurescorers.h"
#include "textscorers.h"

#include <memory>
#include <vector>

namespace {
using Registry = std::vector<std::unique_ptr<const Scorer>>;

void addTextScorers(Registry& scorers)
{
    using Mode = EqualsScorer::Mode;
    using Match = SubstringScorer::Match;
    scorers.push_back(std::make_unique<EqualsScorer>(QStringLiteral("equals"), Mode::Exact));
    scorers.push_back(std::make_unique<EqualsScorer>(QStringLiteral("iequals"), Mode::IgnoreCase));
    scorers.push_back(std::make_unique<EqualsScorer>(QStringLiteral("normalized-equals"), Mode::Normalized));
    scorers.push_back(std::make_unique<SubstringScorer>(QStringLiteral("contains"), Match::One, Qt::CaseSensitive));
    scorers.push_back(std::make_unique<SubstringScorer>(QStringLiteral("icontains"), Match::One, Qt::CaseInsensitive));
    scorers.push_back(std::make_unique<SubstringScorer>(QStringLiteral("contains-all"), Match::All, Qt::CaseSensitive));
    scorers.push_back(
        std::make_unique<SubstringScorer>(QStringLiteral("icontains-all"), Match::All, Qt::CaseInsensitive));
    scorers.push_back(std::make_unique<SubstringScorer>(QStringLiteral("contains-any"), Match::Any, Qt::CaseSensitive));
    scorers.push_back(
        std::make_unique<SubstringScorer>(QStringLiteral("icontains-any"), Match::Any, Qt::CaseInsensitive));
    scorers.push_back(std::make_unique<StartsWithScorer>());
    scorers.push_back(std::make_unique<RegexScorer>());
    scorers.push_back(std::make_unique<LevenshteinScorer>());
    scorers.push_back(std::make_unique<SimilarScorer>());
}

Registry makeRegistry()
{
    Registry scorers;
    addTextScorers(scorers);
    scorers.push_back(std::make_unique<IsJsonScorer>());
    scorers.push_back(std::make_unique<ContainsJsonScorer>());
    scorers.push_back(std::make_unique<JsonFieldEqualsScorer>());
    scorers.push_back(std::make_unique<NumericScorer>());
    scorers.push_back(std::make_unique<WordCountScorer>());
    scorers.push_back(std::make_unique<CostScorer>());
    scorers.push_back(std::make_unique<LatencyScorer>());
    scorers.push_back(std::make_unique<LlmRubricScorer>());
    return scorers;
}

const Registry& registry()
{
    static const Registry scorers = makeRegistry(); // built once, thread-safe, read-only after
    return scorers;
}
} // namespace

const Scorer* Scorer::forType(const QString& type)
{
    const QStringView base = type.startsWith(QLatin1String("not-")) ? QStringView(type).mid(4) : QStringView(type);
    for (const auto& scorer : registry()) {
        if (scorer->type() == base)
            return scorer.get();
    }
    return nullptr;
}

QStringList Scorer::types()
{
    QStringList names;
    for (const auto& scorer : registry())
        names.append(scorer->type());
    return names;
}

QList<ScorerIssue> Scorer::issues(std::initializer_list<std::optional<ScorerIssue>> found)
{
    QList<ScorerIssue> result;
    for (const auto& issue : found) {
        if (issue)
            result.append(*issue);
    }
    return result;
}
