// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceparser.h"

#include "dispatcherparsing.h"
#include "textcheck.h"

#include <QUrl>

namespace {
const QStringList rootKeys = { QStringLiteral("version"), QStringLiteral("name"),        QStringLiteral("description"),
                               QStringLiteral("traffic"), QStringLiteral("judge_model"), QStringLiteral("providers"),
                               QStringLiteral("models"),  QStringLiteral("categories"),  QStringLiteral("routing"),
                               QStringLiteral("dispatcher") };
const QStringList trafficKeys = { QStringLiteral("monthly_requests") };
const QStringList providerKeys = { QStringLiteral("name"),
                                   QStringLiteral("kind"),
                                   QStringLiteral("base_url"),
                                   QStringLiteral("api_key_env"),
                                   QStringLiteral("api_key_keyring"),
                                   QStringLiteral("concurrency"),
                                   QStringLiteral("requests_per_minute"),
                                   QStringLiteral("timeout_s"),
                                   QStringLiteral("headers") };
const QStringList modelKeys
    = { QStringLiteral("id"),           QStringLiteral("provider"), QStringLiteral("model"),
        QStringLiteral("display_name"), QStringLiteral("price"),    QStringLiteral("context_window"),
        QStringLiteral("simulation") };
const QStringList priceKeys = { QStringLiteral("input"), QStringLiteral("output"), QStringLiteral("cached_input"),
                                QStringLiteral("reasoning") };
const QStringList simulationKeys = { QStringLiteral("skill"), QStringLiteral("latency_ms") };

// Header names that carry credentials; those belong in the environment or the keyring.
bool isSecretHeader(const QString& name)
{
    static const QStringList names
        = { QStringLiteral("authorization"), QStringLiteral("proxy-authorization"), QStringLiteral("x-api-key"),
            QStringLiteral("x-goog-api-key"), QStringLiteral("api-key") };
    return names.contains(name.toLower());
}

QString syntaxHint(const std::string& message)
{
    static const QMap<std::string, const char*> hints = {
        { "end of map not found",
          QT_TRANSLATE_NOOP("WorkspaceParser",
                            "expected 'key: value' at the indentation of the mapping above; check the indentation") },
        { "end of sequence not found",
          QT_TRANSLATE_NOOP("WorkspaceParser",
                            "expected '- item' at the indentation of the list above; check the indentation") },
        { "end of map flow not found", QT_TRANSLATE_NOOP("WorkspaceParser", "expected '}' to close the '{' mapping") },
        { "end of sequence flow not found",
          QT_TRANSLATE_NOOP("WorkspaceParser", "expected ']' to close the '[' list") },
        { "illegal map value",
          QT_TRANSLATE_NOOP("WorkspaceParser",
                            "unexpected ':'; check this line's indentation, and quote a value that contains ': '") },
        { "the referenced anchor is not defined",
          QT_TRANSLATE_NOOP("WorkspaceParser", "the alias refers to an undefined anchor") },
    };
    const auto it = hints.constFind(message);
    if (it != hints.cend())
        return QCoreApplication::translate("WorkspaceParser", *it);
    return QString::fromStdString(message);
}

// The 1-based column of a tab in the line's indentation, or 0.
int leadingTabColumn(const QByteArray& text, int line)
{
    const QList<QByteArray> lines = text.split('\n');
    if (line < 0 || line >= lines.size())
        return 0;
    const QByteArray& content = lines.at(line);
    for (int i = 0; i < content.size(); ++i) {
        if (content.at(i) != ' ')
            return content.at(i) == '\t' ? i + 1 : 0;
    }
    return 0;
}

bool isHttpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}
} // namespace

WorkspaceParser::WorkspaceParser(const QString& path)
    : m_path(path)
    , m_errors(path, &m_errorList)
{
}

WorkspaceLoad WorkspaceParser::parse(const QByteArray& text)
{
    // Nothing escapes to the caller: errors are data here.
    try {
        if (!checkEncoding(text))
            return WorkspaceLoad { m_workspace, m_errorList };
        m_errors.setSource(text);
        if (const auto root = loadYaml(text))
            readRoot(*root);
    } catch (const YAML::Exception& error) {
        m_errors.add(error.mark, tr("cannot read this YAML: %1").arg(QString::fromStdString(error.msg)));
    } catch (const std::exception& error) {
        m_errorList.append(
            FileError { m_path, 0, 0, tr("cannot read this file: %1").arg(QString::fromLocal8Bit(error.what())) });
    }
    return WorkspaceLoad { m_workspace, m_errorList };
}

bool WorkspaceParser::checkEncoding(const QByteArray& text)
{
    if (const auto error = utf8Error(text, m_path)) {
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
        reportSyntaxError(error, text);
    }
    return std::nullopt;
}

void WorkspaceParser::reportSyntaxError(const YAML::Exception& error, const QByteArray& text)
{
    if (const int tab = leadingTabColumn(text, error.mark.line)) {
        m_errorList.append(
            FileError { m_path, error.mark.line + 1, tab,
                        tr("YAML syntax error: a tab indents this line; YAML is indented with spaces only") });
    } else if (error.mark.is_null()) {
        m_errorList.append(FileError { m_path, 0, 0, tr("YAML syntax error: %1").arg(syntaxHint(error.msg)) });
    } else {
        m_errors.add(error.mark, tr("YAML syntax error: %1").arg(syntaxHint(error.msg)));
    }
}

void WorkspaceParser::readRoot(const YAML::Node& root)
{
    const YamlMap map(root, m_errors, rootKeys, tr("the workspace"));
    if (!map.isValid() || !readVersion(map))
        return;
    m_workspace.name = map.requiredText("name").value_or(QString());
    m_workspace.description = map.text("description");
    if (!isAbsent(map.value("traffic"))) {
        const YamlMap traffic(map.value("traffic"), m_errors, trafficKeys, tr("traffic"));
        m_workspace.traffic.monthlyRequests = traffic.integer("monthly_requests", 0).value_or(0);
    }
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

bool WorkspaceParser::readVersion(const YamlMap& map)
{
    if (!map.contains("version")) {
        m_errors.add(map.mark(),
                     tr("the workspace is missing the required key 'version'; expected 'version: %1' as its first line")
                         .arg(Workspace::currentVersion));
        return true;
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

void WorkspaceParser::readProviders(const YAML::Node& list)
{
    for (const YAML::Node& item : list)
        readProvider(item);
}

void WorkspaceParser::readProvider(const YAML::Node& node)
{
    const YamlMap map(node, m_errors, providerKeys, tr("a provider"));
    if (!map.isValid())
        return;
    Provider provider;
    provider.name = map.requiredText("name").value_or(QString());
    if (const auto kindText = map.requiredText("kind")) {
        if (const auto kind = providerKindFromKey(*kindText))
            provider.kind = *kind;
        else
            map.invalid(
                "kind",
                tr("kind: unknown provider kind %1%2; expected one of %3")
                    .arg(quoted(*kindText), didYouMean(*kindText, providerKindKeys()), quotedList(providerKindKeys())));
    }
    provider.baseUrl = map.text("base_url");
    if (!provider.baseUrl.isEmpty() && !isHttpUrl(provider.baseUrl))
        map.invalid("base_url",
                    tr("base_url: expected an http:// or https:// URL, found %1").arg(quoted(provider.baseUrl)));
    if (map.contains("api_key_env") && map.contains("api_key_keyring"))
        map.invalid("api_key_keyring", tr("give at most one of 'api_key_env' and 'api_key_keyring'"));
    if (map.contains("api_key_env"))
        provider.key = KeyReference { KeyReference::Store::Environment, map.text("api_key_env") };
    else if (map.contains("api_key_keyring"))
        provider.key = KeyReference { KeyReference::Store::Keyring, map.text("api_key_keyring") };
    provider.concurrency = int(map.integer("concurrency", 1).value_or(provider.concurrency));
    provider.requestsPerMinute = int(map.integer("requests_per_minute", 0).value_or(0));
    provider.timeoutSeconds = int(map.integer("timeout_s", 1).value_or(provider.timeoutSeconds));
    readHeaders(map, provider);
    if (provider.name.isEmpty()
        || !checkUnique(m_providerLines, provider.name, map.markOf("name"), tr("provider name")))
        return;
    m_workspace.providers.append(provider);
}

void WorkspaceParser::readHeaders(const YamlMap& map, Provider& provider)
{
    provider.headers = map.textMap("headers");
    for (auto it = provider.headers.cbegin(); it != provider.headers.cend(); ++it) {
        if (isSecretHeader(it.key()))
            map.invalid("headers",
                        tr("headers: '%1' would carry a secret, and keys are never stored in the workspace file; "
                           "use 'api_key_env' or 'api_key_keyring'")
                            .arg(it.key()));
    }
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
    model.id = map.requiredText("id").value_or(QString());
    if (const auto provider = map.requiredText("provider")) {
        model.provider = *provider;
        checkReference(model.provider, m_providerLines.keys(), map.markOf("provider"), tr("provider"));
    }
    model.model = map.text("model");
    if (model.model.isEmpty())
        model.model = model.id;
    model.displayName = map.text("display_name");
    model.contextWindow = int(map.integer("context_window", 0).value_or(0));
    readPrice(map.value("price"), model);
    readSimulation(map.value("simulation"), model);
    if (model.id.isEmpty() || !checkUnique(m_modelLines, model.id, map.markOf("id"), tr("model id")))
        return;
    m_workspace.models.append(model);
}

void WorkspaceParser::readPrice(const YAML::Node& node, ModelSpec& model)
{
    if (isAbsent(node))
        return;
    const YamlMap map(node, m_errors, priceKeys, tr("a price"));
    if (!map.isValid())
        return;
    for (const char* key : { "input", "output" }) {
        if (!map.contains(key))
            map.missing(key);
    }
    model.price.input = map.number("input", 0.0, NumberRange::NonNegative);
    model.price.output = map.number("output", 0.0, NumberRange::NonNegative);
    model.price.cachedInput = map.number("cached_input", NumberRange::NonNegative);
    model.price.reasoning = map.number("reasoning", NumberRange::NonNegative);
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
    simulation.latencyMs = int(map.integer("latency_ms", 0).value_or(simulation.latencyMs));
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
