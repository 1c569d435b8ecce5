// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingimport.h"

#include "dispatcher/classifierprompt.h"
#include "exportwriters.h"
#include "workspacefile/dispatcherparsing.h"
#include "workspacefile/textcheck.h"
#include "workspacefile/workspaceparser.h"
#include "workspacefile/yamlguard.h"

#include <QFile>
#include <QSet>

namespace {
const QStringList rootKeys { QStringLiteral("version"), QStringLiteral("default"), QStringLiteral("categories"),
                            QStringLiteral("dispatcher") };
const QStringList defaultKeys { QStringLiteral("model"), QStringLiteral("provider"), QStringLiteral("fallbacks") };
const QStringList routeKeys
    = defaultKeys
    + QStringList { QStringLiteral("target"), QStringLiteral("threshold"), QStringLiteral("evidence"),
                    QStringLiteral("rollout"), QStringLiteral("cascade_check") };
constexpr qsizetype maxFallbacks = 3;

// Reads one native routing file against the workspace it is imported into.
class RoutingReader
{
    Q_DECLARE_TR_FUNCTIONS(RoutingImport)
public:
    RoutingReader(const QString& path, const Workspace& workspace)
        : m_path(path)
        , m_workspace(workspace)
        , m_errors(path, &m_import.errors)
    {
    }

    RoutingImport read(const QByteArray& text);

private:
    std::optional<YAML::Node> load(const QByteArray& text);
    bool readVersion(const YamlMap& root);
    void readCategories(const YAML::Node& node);
    std::optional<Route> readRoute(const QString& category, const YAML::Node& node);
    QStringList readChain(const YamlMap& map);
    QString readModelId(const YAML::Node& node, const QString& key);
    void checkProvider(const YamlMap& map, const QString& modelId);
    void readDispatcher(const YAML::Node& node);
    void notDefined(const YAML::Mark& mark, const QString& what, const QString& name, const QStringList& defined);

    QString m_path;
    const Workspace& m_workspace;
    RoutingImport m_import;
    YamlErrors m_errors;
};

// The names or ids of a workspace's models or categories, in its order.
template <typename Item> QStringList namesOf(const QList<Item>& items, QString Item::*name)
{
    QStringList names;
    for (const Item& item : items)
        names.append(item.*name);
    return names;
}

QStringList ruleKeys()
{
    return targetKeys() << QStringLiteral("manual");
}

RoutingImport RoutingReader::read(const QByteArray& text)
{
    const std::optional<YAML::Node> root = load(text);
    if (!root)
        return m_import;
    const YamlMap map(*root, m_errors, rootKeys, tr("the routing map"));
    if (!map.isValid() || !readVersion(map))
        return m_import;
    if (!isAbsent(map.value("default")))
        m_import.routing.defaultChain = readChain(YamlMap(map.value("default"), m_errors, defaultKeys, tr("default")));
    if (!isAbsent(map.value("categories")))
        readCategories(map.value("categories"));
    if (!isAbsent(map.value("dispatcher")))
        readDispatcher(map.value("dispatcher"));
    if (!m_import.ok()) {
        m_import.routing = {};
        m_import.dispatcher.reset();
    }
    return m_import;
}

std::optional<YAML::Node> RoutingReader::load(const QByteArray& bytes)
{
    if (const std::optional<FileError> error = yamlTextError(bytes, m_path)) {
        m_import.errors.append(*error);
        return std::nullopt;
    }
    const QByteArray text = normalisedLineBreaks(bytes);
    m_errors.setSource(text);
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!isAbsent(root) && !checkYamlNodes(root, m_errors, text.size()))
            return std::nullopt;
        if (!isAbsent(root))
            return root;
        m_import.errors.append(FileError {
            m_path, 1, 1,
            tr("the file holds no routing map; expected one starting with 'version: %1'").arg(nativeRoutingVersion) });
    } catch (const YAML::Exception& error) {
        m_errors.add(error.mark, tr("YAML syntax error: %1").arg(QString::fromStdString(error.msg)));
    }
    return std::nullopt;
}

bool RoutingReader::readVersion(const YamlMap& root)
{
    if (!root.contains("version")) {
        root.missing("version");
        return false;
    }
    const std::optional<qint64> version = root.integer("version", 1);
    if (version && *version != nativeRoutingVersion)
        root.invalid("version",
                     tr("version %1 is not one this Signalbox reads; expected 'version: %2'")
                         .arg(*version)
                         .arg(nativeRoutingVersion));
    return version == nativeRoutingVersion;
}

void RoutingReader::readCategories(const YAML::Node& node)
{
    if (!node.IsMap()) {
        m_errors.add(
            node, tr("categories: expected a mapping of category names to routes, found %1").arg(describeNode(node)));
        return;
    }
    const QStringList defined = namesOf(m_workspace.categories, &Category::name);
    QSet<QString> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString category = scalarText(it->first);
        if (seen.contains(category)) {
            m_errors.add(it->first, tr("category '%1' is routed twice").arg(category));
            continue;
        }
        seen.insert(category);
        if (!defined.contains(category))
            notDefined(it->first.Mark(), tr("category"), category, defined);
        if (const std::optional<Route> route = readRoute(category, it->second))
            m_import.routing.routes.append(*route);
    }
}

std::optional<Route> RoutingReader::readRoute(const QString& category, const YAML::Node& node)
{
    const YamlMap map(node, m_errors, routeKeys, tr("the route of '%1'").arg(category));
    if (!map.isValid())
        return std::nullopt;
    Route route;
    route.category = category;
    route.chain = readChain(map);
    if (const std::optional<QString> rule = map.requiredText("target")) {
        route.rule = *rule;
        if (!ruleKeys().contains(route.rule))
            map.invalid("target",
                        tr("target: unknown rule %1%2; expected one of %3")
                            .arg(quoted(route.rule), didYouMean(route.rule, ruleKeys()), quotedList(ruleKeys())));
    }
    map.number("threshold", NumberRange::Unit); // the category's bar when exported; the workspace keeps its own
    if (!isAbsent(map.value("evidence")))
        route.evidence = WorkspaceParser::readEvidence(map.value("evidence"), m_errors);
    if (!isAbsent(map.value("rollout")))
        route.rollout = WorkspaceParser::readRollout(map.value("rollout"), m_errors, m_workspace, route.primary());
    if (!isAbsent(map.value("cascade_check")))
        route.cascadeCheck = WorkspaceParser::readCascadeCheck(map, m_errors, route.chain);
    return route;
}

// model and fallbacks as one chain, primary first.
QStringList RoutingReader::readChain(const YamlMap& map)
{
    if (!map.isValid())
        return {};
    QStringList chain;
    if (map.contains("model")) {
        chain.append(readModelId(map.value("model"), QStringLiteral("model")));
        checkProvider(map, chain.constFirst());
    }
    const YAML::Node fallbacks = map.value("fallbacks");
    if (!isAbsent(fallbacks) && !fallbacks.IsSequence()) {
        map.invalid("fallbacks",
                    tr("fallbacks: expected a list of model ids such as [gpt-4.1-mini], found %1")
                        .arg(describeNode(fallbacks)));
        return chain;
    }
    const qsizetype count = fallbacks.IsSequence() ? qsizetype(fallbacks.size()) : 0;
    if (count > 0 && chain.isEmpty())
        map.invalid("fallbacks", tr("fallbacks: a route without a 'model' has no fallbacks"));
    if (count > maxFallbacks)
        map.invalid("fallbacks",
                    tr("fallbacks: a route has up to %1 fallbacks; found %2").arg(maxFallbacks).arg(count));
    for (const YAML::Node& item : fallbacks) {
        const QString id = readModelId(item, QStringLiteral("fallbacks"));
        if (chain.contains(id))
            m_errors.add(item, tr("fallbacks: model '%1' is already in this chain").arg(id));
        chain.append(id);
    }
    return chain;
}

QString RoutingReader::readModelId(const YAML::Node& node, const QString& key)
{
    if (!node.IsScalar()) {
        m_errors.add(node, tr("%1: expected a model id, found %2").arg(key, describeNode(node)));
        return {};
    }
    QString id = scalarText(node);
    if (!m_workspace.model(id))
        notDefined(node.Mark(), tr("model"), id, namesOf(m_workspace.models, &ModelSpec::id));
    return id;
}

void RoutingReader::checkProvider(const YamlMap& map, const QString& modelId)
{
    const ModelSpec* model = m_workspace.model(modelId);
    if (!map.contains("provider") || !model)
        return;
    const QString provider = map.text("provider");
    if (provider != model->provider)
        map.invalid("provider",
                    tr("provider: model '%1' is served by '%2' in this workspace, not %3")
                        .arg(modelId, model->provider, quoted(provider)));
}

// The export writes the default classifier prompt out; it comes back as "the default".
void RoutingReader::readDispatcher(const YAML::Node& node)
{
    m_import.dispatcher = readDispatcherSection(node, m_errors, namesOf(m_workspace.categories, &Category::name),
                                                namesOf(m_workspace.models, &ModelSpec::id));
    if (m_import.dispatcher && m_import.dispatcher->classifier
        && m_import.dispatcher->classifier->prompt.trimmed() == defaultClassifierInstructions())
        m_import.dispatcher->classifier->prompt.clear();
}

void RoutingReader::notDefined(const YAML::Mark& mark, const QString& what, const QString& name,
                               const QStringList& defined)
{
    const QString hint = didYouMean(name, defined);
    if (!hint.isEmpty())
        m_errors.add(mark, tr("%1 '%2' is not defined in this workspace%3").arg(what, name, hint));
    else
        m_errors.add(mark,
                     tr("%1 '%2' is not defined in this workspace; expected one of %3")
                         .arg(what, name, defined.isEmpty() ? tr("(none defined)") : quotedList(defined)));
}
} // namespace

RoutingImport parseNativeRouting(const QByteArray& text, const QString& path, const Workspace& workspace)
{
    return RoutingReader(path, workspace).read(text);
}

RoutingImport importNativeRouting(const QString& path, const Workspace& workspace)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RoutingImport failed;
        failed.errors.append(FileError {
            path, 0, 0,
            QCoreApplication::translate("RoutingImport", "cannot read this file: %1").arg(file.errorString()) });
        return failed;
    }
    return parseNativeRouting(file.readAll(), path, workspace);
}
