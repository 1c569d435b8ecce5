// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacereader.h"
#include "yamlmap.h"

// Reads one workspace file into a Workspace, collecting every located error it can find in one
// pass. Sections are read in a fixed order (providers, models, categories, routing) whatever their
// order in the file, so references are checked against complete lists.
class WorkspaceParser
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceParser)
public:
    explicit WorkspaceParser(const QString& path);

    WorkspaceLoad parse(const QByteArray& text);
    // A route's evidence mapping (run, date, cases, accuracy, interval, cost_per_1k,
    // latency_p95_ms, prob_meets_bar, runner_up); also read from exported routing files.
    static std::optional<RouteEvidence> readEvidence(const YAML::Node& node, YamlErrors& errors);
    // A route's rollout plan (from, to, stages, stage), checked against the route's primary and
    // the workspace's models; also read from exported routing files.
    static std::optional<RolloutPlan> readRollout(const YAML::Node& node, YamlErrors& errors,
                                                  const Workspace& workspace, const QString& primary);
    // A route's cascade_check: a scorer a gateway can run on an answer (see cascade/cascadecheck.h).
    static std::optional<ScorerSpec> readCascadeCheck(const YamlMap& route, YamlErrors& errors,
                                                      const QStringList& chain);

private:
    static std::optional<RunnerUpEvidence> readRunnerUp(const YAML::Node& node, YamlErrors& errors);
    // "interval: [low, high]" of evidence, checked to lie within 0..1 in order.
    static std::optional<std::pair<double, double>> readInterval(const YamlMap& map);
    WorkspaceLoad result() const;
    bool checkEncoding(const QByteArray& text);
    std::optional<YAML::Node> loadYaml(const QByteArray& text);
    void readRoot(const YAML::Node& root);
    bool readVersion(const YamlMap& map);
    void readRunDefaults(const YAML::Node& node);
    void readProviders(const YAML::Node& list);
    void readProvider(const YAML::Node& node);
    void readHeaders(const YamlMap& map, Provider& provider);
    void checkHeader(const YAML::Node& nameNode, const YAML::Node& valueNode, Provider& provider);
    void readModels(const YAML::Node& list);
    void readModel(const YAML::Node& node);
    std::optional<Price> readPrice(const YAML::Node& node); // nothing when absent or invalid
    void readSimulation(const YAML::Node& node, ModelSpec& model);

    void readCategories(const YAML::Node& list);
    void readCategory(const YAML::Node& node);
    void readErrorCost(const YamlMap& map, Category& category);
    void readCasesFile(const YamlMap& map, Category& category);
    void checkTrafficShares(const QList<YAML::Mark>& shareMarks);

    void readRouting(const YAML::Node& node);
    void readRoute(const YAML::Node& node, QMap<QString, int>& routeLines);
    QStringList readChain(const YamlMap& map, const char* key);

    // Reports a name defined twice; remembers its line otherwise.
    bool checkUnique(QMap<QString, int>& lines, const QString& name, const YAML::Mark& mark, const QString& what);
    void checkReference(const QString& name, const QStringList& defined, const YAML::Mark& mark, const QString& what);

    QString m_path;
    FileErrors m_errorList;
    FileErrors m_warningList;
    YamlErrors m_errors;
    Workspace m_workspace;
    QMap<QString, int> m_providerLines; // name -> line where it is defined
    QMap<QString, int> m_modelLines;
    QMap<QString, int> m_categoryLines;
};
