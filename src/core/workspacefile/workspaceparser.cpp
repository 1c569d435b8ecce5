// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceparser.h"

#include "dispatcherparsing.h"
#include "domain/limits.h"
#include "textcheck.h"
#include "yamlguard.h"
#include "yamlsyntaxerror.h"

namespace {
const QStringList rootKeys = { QStringLiteral("version"), QStringLiteral("name"),        QStringLiteral("description"),
                               QStringLiteral("traffic"), QStringLiteral("judge_model"), QStringLiteral("providers"),
                               QStringLiteral("models"),  QStringLiteral("categories"),  QStringLiteral("routing"),
                               QStringLiteral("run"),
                               QStringLiteral("dispatcher") };
const QStringList trafficKeys = { QStringLiteral("monthly_requests") };
const QStringList runKeys = { QStringLiteral("cache_max_age_days") };
const QStringList modelKeys
    = { QStringLiteral("id"),           QStringLiteral("provider"), QStringLiteral("model"),
        QStringLiteral("display_name"), QStringLiteral("price"),    QStringLiteral("context_window"),
        QStringLiteral("simulation"),   QStringLiteral("batch_price") };
const QStringList priceKeys = { QStringLiteral("input"), QStringLiteral("output"), QStringLiteral("cached_input"),
                                QStringLiteral("reasoning") };
const QStringList simulationKeys = { QStringLiteral("skill"), QStringLiteral("latency_ms") };
} // namespace

WorkspaceParser::WorkspaceParser(const QString& path)
    : m_path(path)
    , m_errors(path, &m_errorList, 1)
{
    m_errors.setWarnings(&m_warningList);
}

WorkspaceLoad WorkspaceParser::parse(const QByteArray& bytes)
{
    // Nothing escapes to the caller: errors are data here.
    try {
        if (!checkEncoding(bytes))
            return result();
        const QByteArray text = normalisedLineBreaks(bytes);
        m_errors.setSource(text);
        if (const auto root = loadYaml(text); root && checkYamlNodes(*root, m_errors, text.size()))
            readRoot(*root);
    } catch (const YAML::Exception& error) {
        m_errors.add(error.mark, tr("cannot read this YAML: %1").arg(QString::fromStdString(error.msg)));
    } catch (const std::exception& error) {
        m_errorList.append(
            FileError { m_path, 1, 1, tr("cannot read this file: %1").arg(QString::fromLocal8Bit(error.what())) });
    }
    return result();
}

WorkspaceLoad WorkspaceParser::result() const
{
    return WorkspaceLoad { m_workspace, withoutRepeats(m_errorList), withoutRepeats(m_warningList) };
}

bool WorkspaceParser::checkEncoding(const QByteArray& text)
{
    if (const auto error = yamlTextError(text, m_path)) {
        m_errorList.append(*error);
        return false;
    }
    if (text.trimmed().isEmpty()) {
        m_errorList.append(
            FileError { m_path, 1, 1, tr("the file is empty; expected a workspace starting with 'version: 1'") });
        return false;
    }
    return true;
}

std::optional<YAML::Node> WorkspaceParser::loadYaml(const QByteArray& text)
{
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(text.toStdString());
        if (documents.empty() || documents.front().IsNull()) {
            m_errorList.append(FileError {
                m_path, 1, 1, tr("the file holds no YAML content; expected a workspace starting with 'version: 1'") });
            return std::nullopt;
        }
        if (documents.size() > 1) {
            m_errors.add(documents.at(1),
                         tr("a workspace file holds one YAML document; found a second one after '---'"));
            return std::nullopt;
        }
        return documents.front();
    } catch (const YAML::Exception& error) {
        reportYamlSyntaxError(error, text, m_errors);
    }
    return std::nullopt;
}

void WorkspaceParser::readRoot(const YAML::Node& root)
{
    const YamlMap map(root, m_errors, rootKeys, tr("the workspace"));
    if (!map.isValid() || !readVersion(map))
        return;
    m_workspace.name = map.requiredName("name").value_or(QString());
    m_workspace.description = map.text("description");
    if (!isAbsent(map.value("traffic"))) {
        const YamlMap traffic(map.value("traffic"), m_errors, trafficKeys, tr("traffic"));
        m_workspace.traffic.monthlyRequests
            = traffic.integer("monthly_requests", 0, Limits::maxMonthlyRequests).value_or(0);
    }
    if (!isAbsent(map.value("run")))
        readRunDefaults(map.value("run"));
    readProviders(map.list("providers"));
    readModels(map.list("models"));
    m_workspace.judgeModel = map.text("judge_model");
    if (!m_workspace.judgeModel.isEmpty())
        checkReference(m_workspace.judgeModel, m_modelLines.keys(), map.markOf("judge_model"), tr("judge model"));
    readCategories(map.list("categories"));
    if (!isAbsent(map.value("routing")))
        readRouting(map.value("routing"));
    if (!isAbsent(map.value("dispatcher")))
        m_workspace.dispatcher
            = readDispatcherSection(map.value("dispatcher"), m_errors, m_categoryLines.keys(), m_modelLines.keys());
}

void WorkspaceParser::readRunDefaults(const YAML::Node& node)
{
    const YamlMap run(node, m_errors, runKeys, tr("run"));
    const std::optional<qint64> days = run.integer("cache_max_age_days", 0);
    if (days && *days > RunDefaults::maxCacheMaxAgeDays)
        run.invalid("cache_max_age_days",
                    tr("cache_max_age_days: expected at most %1 days, found %2")
                        .arg(RunDefaults::maxCacheMaxAgeDays)
                        .arg(*days));
    else if (days)
        m_workspace.run.cacheMaxAgeDays = int(*days);
}

bool WorkspaceParser::readVersion(const YamlMap& map)
{
    if (!map.contains("version")) {
        m_errors.add(map.mark(),
                     tr("the workspace is missing the required key 'version'; expected 'version: %1' as its first line")
                         .arg(Workspace::currentVersion));
        return true;
    }
    if (map.isQuoted("version")) {
        map.invalid("version",
                    tr("version: expected the number %1, found the text %2 in quotes; write 'version: %1'")
                        .arg(Workspace::currentVersion)
                        .arg(quoted(map.text("version"))));
        return false;
    }
    const auto version = map.integer("version", 1);
    if (version && *version > Workspace::currentVersion) {
        map.invalid("version",
                    tr("version %1 is newer than this Signalbox supports (%2); open it with a newer Signalbox")
                        .arg(*version)
                        .arg(Workspace::currentVersion));
        return false;
    }
    return true;
}

void WorkspaceParser::readModels(const YAML::Node& list)
{
    for (const YAML::Node& item : list)
        readModel(item);
}

void WorkspaceParser::readModel(const YAML::Node& node)
{
    const YamlMap map(node, m_errors, modelKeys, tr("a model"));
    if (!map.isValid())
        return;
    ModelSpec model;
    model.id = map.requiredName("id").value_or(QString());
    if (const auto provider = map.requiredText("provider")) {
        model.provider = *provider;
        checkReference(model.provider, m_providerLines.keys(), map.markOf("provider"), tr("provider"));
    }
    model.model = map.name("model");
    if (model.model.isEmpty())
        model.model = model.id;
    model.displayName = map.name("display_name");
    model.contextWindow = int(map.integer("context_window", 0, Limits::maxContextWindow).value_or(0));
    if (const std::optional<Price> price = readPrice(map.value("price")))
        model.price = *price;
    model.batchPrice = readPrice(map.value("batch_price"));
    readSimulation(map.value("simulation"), model);
    if (model.id.isEmpty() || !checkUnique(m_modelLines, model.id, map.markOf("id"), tr("model id")))
        return;
    m_workspace.models.append(model);
}

std::optional<Price> WorkspaceParser::readPrice(const YAML::Node& node)
{
    if (isAbsent(node))
        return std::nullopt;
    const YamlMap map(node, m_errors, priceKeys, tr("a price"));
    if (!map.isValid())
        return std::nullopt;
    for (const char* key : { "input", "output" }) {
        if (!map.contains(key))
            map.missing(key);
    }
    const NumberRange range = NumberRange::upTo(Limits::maxPricePerMillion);
    Price price;
    price.input = map.number("input", 0.0, range);
    price.output = map.number("output", 0.0, range);
    price.cachedInput = map.number("cached_input", range);
    price.reasoning = map.number("reasoning", range);
    return price;
}

void WorkspaceParser::readSimulation(const YAML::Node& node, ModelSpec& model)
{
    if (isAbsent(node))
        return;
    const YamlMap map(node, m_errors, simulationKeys, tr("a simulation profile"));
    if (!map.isValid())
        return;
    SimulationProfile simulation;
    simulation.skill = map.number("skill", simulation.skill, NumberRange::Unit);
    simulation.latencyMs
        = int(map.integer("latency_ms", 0, Limits::maxSimulatedLatencyMs).value_or(simulation.latencyMs));
    model.simulation = simulation;
}

bool WorkspaceParser::checkUnique(QMap<QString, int>& lines, const QString& name, const YAML::Mark& mark,
                                  const QString& what)
{
    const auto it = lines.constFind(name);
    if (it == lines.cend()) {
        lines.insert(name, mark.line + 1);
        return true;
    }
    m_errors.add(mark, tr("duplicate %1 '%2' (first defined on line %3)").arg(what, name).arg(*it));
    return false;
}

void WorkspaceParser::checkReference(const QString& name, const QStringList& defined, const YAML::Mark& mark,
                                     const QString& what)
{
    if (defined.contains(name))
        return;
    const QString hint = didYouMean(name, defined);
    if (!hint.isEmpty())
        m_errors.add(mark, tr("%1 '%2' is not defined in this workspace%3").arg(what, name, hint));
    else if (defined.isEmpty())
        m_errors.add(mark, tr("%1 '%2' is not defined in this workspace, which defines none").arg(what, name));
    else
        m_errors.add(mark,
                     tr("%1 '%2' is not defined in this workspace; defined: %3").arg(what, name, quotedList(defined)));
}
