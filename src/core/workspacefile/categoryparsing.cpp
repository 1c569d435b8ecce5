// SPDX-License-Identifier: GPL-3.0-or-later
// The categories section of a workspace file, with the case files categories refer to.
#include "boundedfile.h"
#include "caseimport.h"
#include "textcheck.h"
#include "workspaceparser.h"
#include "yamlcasereader.h"

namespace {
const QStringList categoryKeys = { QStringLiteral("name"),
                                   QStringLiteral("description"),
                                   QStringLiteral("target"),
                                   QStringLiteral("threshold"),
                                   QStringLiteral("traffic_share"),
                                   QStringLiteral("error_cost_usd"),
                                   QStringLiteral("system_prompt"),
                                   QStringLiteral("prompt_template"),
                                   QStringLiteral("scorers"),
                                   QStringLiteral("pass_threshold"),
                                   QStringLiteral("cases"),
                                   QStringLiteral("cases_file") };

// A little room for shares written with rounding, such as three times 0.333...
constexpr double shareTolerance = 1e-9;
} // namespace

void WorkspaceParser::readCategories(const YAML::Node& list)
{
    QList<YAML::Mark> shareMarks; // one per category read
    for (const YAML::Node& item : list) {
        const qsizetype before = m_workspace.categories.size();
        readCategory(item);
        if (m_workspace.categories.size() > before)
            shareMarks.append(item["traffic_share"] ? item["traffic_share"].Mark() : item.Mark());
    }
    checkTrafficShares(shareMarks);
}

void WorkspaceParser::readErrorCost(const YamlMap& map, Category& category)
{
    category.errorCostUsd = map.number("error_cost_usd", NumberRange::NonNegative);
    if (category.errorCostUsd && *category.errorCostUsd > maxErrorCostUsd) {
        map.invalid("error_cost_usd",
                    tr("error_cost_usd: expected the price of one wrong answer in US dollars, at most %1, found %2")
                        .arg(QString::number(maxErrorCostUsd, 'f', 0), QString::number(*category.errorCostUsd, 'g', 12)));
        category.errorCostUsd.reset();
    }
}

void WorkspaceParser::readCategory(const YAML::Node& node)
{
    const YamlMap map(node, m_errors, categoryKeys, tr("a category"));
    if (!map.isValid())
        return;
    Category category;
    category.name = map.requiredName("name").value_or(QString());
    category.description = map.text("description");
    const QString target = map.text("target");
    if (const auto known = targetFromKey(target))
        category.target = *known;
    else if (map.contains("target"))
        map.invalid("target",
                    tr("target: unknown target %1%2; expected one of %3")
                        .arg(quoted(target), didYouMean(target, targetKeys()), quotedList(targetKeys())));
    category.threshold = map.number("threshold", category.threshold, NumberRange::Unit);
    category.trafficShare = map.number("traffic_share", 0.0, NumberRange::Unit);
    readErrorCost(map, category);
    category.systemPrompt = map.text("system_prompt");
    category.promptTemplate = map.text("prompt_template");
    category.passThreshold = map.number("pass_threshold", category.passThreshold, NumberRange::Unit);
    YamlCaseReader cases(m_errors);
    category.scorers = cases.readScorers(map.list("scorers"));
    if (map.contains("cases") && map.contains("cases_file"))
        map.invalid("cases_file", tr("give either 'cases' or 'cases_file', not both"));
    else if (map.contains("cases_file"))
        readCasesFile(map, category);
    else
        category.cases = cases.readCases(map.list("cases"), category);
    if (category.name.isEmpty()
        || !checkUnique(m_categoryLines, category.name, map.markOf("name"), tr("category name")))
        return;
    m_workspace.categories.append(category);
}

void WorkspaceParser::readCasesFile(const YamlMap& map, Category& category)
{
    category.casesSource.path = map.text("cases_file");
    if (category.casesSource.path.isEmpty()) {
        map.invalid("cases_file", tr("cases_file: expected the path of a .csv or .jsonl file"));
        return;
    }
    if (caseFileFormat(category.casesSource.path) == CaseFileFormat::Unknown) {
        map.invalid("cases_file",
                    tr("cases_file: %1 is neither a .csv nor a .jsonl file").arg(quoted(category.casesSource.path)));
        return;
    }
    const QString path = resolveCasesPath(category.casesSource.path, m_path);
    if (const QString problem = fileProblem(path, maxCaseFileBytes); !problem.isEmpty()) {
        map.invalid("cases_file",
                    tr("cases_file: %1 %2 (looked for %3)").arg(quoted(category.casesSource.path), problem, path));
        return;
    }
    CaseImport imported = importCasesFile(path, category);
    category.cases = imported.cases;
    m_errorList.append(imported.errors);
    m_warningList.append(imported.warnings);
}

void WorkspaceParser::checkTrafficShares(const QList<YAML::Mark>& shareMarks)
{
    double total = 0.0;
    for (int i = 0; i < m_workspace.categories.size() && i < shareMarks.size(); ++i) {
        const double before = total;
        total += m_workspace.categories.at(i).trafficShare;
        if (before <= 1.0 + shareTolerance && total > 1.0 + shareTolerance) {
            m_errors.add(
                shareMarks.at(i),
                tr("traffic_share: the categories' traffic shares add up to %1 here; together they may be at most 1")
                    .arg(total));
        }
    }
}
