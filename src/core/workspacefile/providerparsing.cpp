// SPDX-License-Identifier: GPL-3.0-or-later
// The providers section of a workspace file.
#include "domain/httpheader.h"
#include "domain/limits.h"
#include "textcheck.h"
#include "workspaceparser.h"

#include <QUrl>

namespace {
const QStringList providerKeys = { QStringLiteral("name"),
                                   QStringLiteral("kind"),
                                   QStringLiteral("base_url"),
                                   QStringLiteral("api_key_env"),
                                   QStringLiteral("api_key_keyring"),
                                   QStringLiteral("concurrency"),
                                   QStringLiteral("requests_per_minute"),
                                   QStringLiteral("timeout_s"),
                                   QStringLiteral("headers"),
                                   QStringLiteral("batch_api") };
bool isHttpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}
} // namespace

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
    provider.name = map.requiredName("name").value_or(QString());
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
        provider.key = KeyReference { KeyReference::Store::Environment, map.name("api_key_env") };
    else if (map.contains("api_key_keyring"))
        provider.key = KeyReference { KeyReference::Store::Keyring, map.name("api_key_keyring") };
    provider.concurrency = int(map.integer("concurrency", 1, Limits::maxConcurrency).value_or(provider.concurrency));
    provider.requestsPerMinute = int(map.integer("requests_per_minute", 0, Limits::maxRequestsPerMinute).value_or(0));
    provider.timeoutSeconds
        = int(map.integer("timeout_s", 1, Limits::maxTimeoutSeconds).value_or(provider.timeoutSeconds));
    provider.batchApi = map.flag("batch_api");
    readHeaders(map, provider);
    if (provider.name.isEmpty()
        || !checkUnique(m_providerLines, provider.name, map.markOf("name"), tr("provider name")))
        return;
    m_workspace.providers.append(provider);
}

void WorkspaceParser::readHeaders(const YamlMap& map, Provider& provider)
{
    const YAML::Node node = map.value("headers");
    provider.headers = map.textMap("headers");
    if (!node.IsMap())
        return;
    for (auto it = node.begin(); it != node.end(); ++it)
        checkHeader(it->first, it->second, provider);
}

void WorkspaceParser::checkHeader(const YAML::Node& nameNode, const YAML::Node& valueNode, Provider& provider)
{
    const QString name = scalarText(nameNode);
    const QString value = scalarText(valueNode);
    if (!provider.headers.contains(name))
        return; // textMap reported it
    if (HttpHeader::carriesCredentials(name)) {
        m_errors.add(nameNode,
                     tr("headers: '%1' would carry a secret, and keys are never stored in the workspace file; "
                        "use 'api_key_env' or 'api_key_keyring'")
                         .arg(name));
    } else if (const qsizetype at = HttpHeader::invalidNameCharacter(name); at >= 0) {
        m_errors.add(m_errors.markInScalar(nameNode, int(at)),
                     tr("headers: a header name is a token of letters, digits and !#$%&'*+-.^_`|~; %1 holds %2")
                         .arg(quoted(name), at < name.size() ? describeCharacter(name.at(at)) : tr("nothing")));
    } else if (const qsizetype bad = HttpHeader::invalidValueCharacter(value); bad >= 0) {
        m_errors.add(m_errors.markInScalar(valueNode, int(bad)),
                     tr("headers.%1: a header value holds visible ASCII characters, with spaces and tabs only "
                        "between them; found %2")
                         .arg(name, describeCharacter(value.at(bad))));
    } else {
        return;
    }
    provider.headers.remove(name);
}
