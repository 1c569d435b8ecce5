// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricecatalogue.h"

#include <initializer_list>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QSet>
#include <yaml-cpp/yaml.h>

namespace {

// Reads the catalogue's YAML tree, collecting every problem with its place in the file.
class CatalogueParser
{
    Q_DECLARE_TR_FUNCTIONS(PriceCatalogue)

public:
    explicit CatalogueParser(const QString& fileName)
        : m_fileName(fileName)
    {
    }

    FileErrors errors;

    void error(const YAML::Mark& mark, const QString& message)
    {
        const bool located = !mark.is_null();
        errors.append(FileError { m_fileName, located ? mark.line + 1 : 0, located ? mark.column + 1 : 0, message });
    }

    static QString text(const YAML::Node& node) { return QString::fromStdString(node.Scalar()); }

    // Every key of the map must be one of the known ones: unknown keys are usually typos.
    bool onlyKeys(const YAML::Node& map, std::initializer_list<const char*> known)
    {
        bool ok = true;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const std::string key = it->first.Scalar();
            bool found = false;
            for (const char* name : known)
                found = found || key == name;
            if (!found) {
                QStringList names;
                for (const char* name : known)
                    names.append(QLatin1String(name));
                error(it->first.Mark(),
                      tr("Unknown key \"%1\"; expected one of: %2.")
                          .arg(text(it->first), names.join(QLatin1String(", "))));
                ok = false;
            }
        }
        return ok;
    }

    bool isMap(const YAML::Node& node, const YAML::Mark& where, const QString& what)
    {
        if (node.IsMap())
            return true;
        error(node.IsDefined() ? node.Mark() : where, tr("Expected %1 as a mapping of keys to values.").arg(what));
        return false;
    }

    std::optional<QString> string(const YAML::Node& map, const char* key, bool required)
    {
        const YAML::Node node = map[key];
        if (!node.IsDefined() || node.IsNull()) {
            if (required)
                error(map.Mark(), tr("Missing required key \"%1\".").arg(QLatin1String(key)));
            return std::nullopt;
        }
        if (!node.IsScalar() || node.Scalar().empty()) {
            error(node.Mark(), tr("\"%1\" must be a non-empty text.").arg(QLatin1String(key)));
            return std::nullopt;
        }
        return text(node);
    }

    std::optional<double> price(const YAML::Node& map, const char* key, bool required)
    {
        const YAML::Node node = map[key];
        if (!node.IsDefined() || node.IsNull()) {
            if (required)
                error(map.Mark(), tr("Missing required price \"%1\".").arg(QLatin1String(key)));
            return std::nullopt;
        }
        double value = 0.0;
        if (!node.IsScalar() || !YAML::convert<double>::decode(node, value) || !(value >= 0.0)) {
            error(node.Mark(),
                  tr("\"%1\" must be a price in US dollars per million tokens, 0 or more; found \"%2\".")
                      .arg(QLatin1String(key), node.IsScalar() ? text(node) : QString()));
            return std::nullopt;
        }
        return value;
    }

    int contextWindow(const YAML::Node& map)
    {
        const YAML::Node node = map["context_window"];
        if (!node.IsDefined() || node.IsNull())
            return 0;
        int value = 0;
        if (!node.IsScalar() || !YAML::convert<int>::decode(node, value) || value < 0) {
            error(node.Mark(), tr("\"context_window\" must be a whole number of tokens, 0 or more."));
            return 0;
        }
        return value;
    }

    void header(const YAML::Node& root, QString& checked)
    {
        const YAML::Node version = root["version"];
        int number = 0;
        if (!version.IsDefined())
            error(root.Mark(), tr("Missing required key \"version\"."));
        else if (!version.IsScalar() || !YAML::convert<int>::decode(version, number) || number != 1)
            error(version.Mark(),
                  tr("Unsupported catalogue version \"%1\"; this Signalbox reads version 1.").arg(text(version)));
        if (const auto date = string(root, "checked", true)) {
            if (QDate::fromString(*date, Qt::ISODate).isValid())
                checked = *date;
            else
                error(root["checked"].Mark(),
                      tr("\"checked\" must be a date such as 2026-11-23; found \"%1\".").arg(*date));
        }
    }

    std::optional<CatalogueProvider> provider(const YAML::Node& node)
    {
        if (!isMap(node, node.Mark(), tr("a provider")))
            return std::nullopt;
        onlyKeys(node, { "name", "display_name", "kind", "base_url", "api_key_env", "source" });
        CatalogueProvider result;
        const auto name = string(node, "name", true);
        const auto kindKey = string(node, "kind", true);
        const auto kind = kindKey ? providerKindFromKey(*kindKey) : std::nullopt;
        if (kindKey && !kind) {
            error(node["kind"].Mark(),
                  tr("Unknown provider kind \"%1\"; expected one of: %2.")
                      .arg(*kindKey, providerKindKeys().join(QLatin1String(", "))));
        }
        if (!name || !kind)
            return std::nullopt;
        result.name = *name;
        result.kind = *kind;
        result.displayName = string(node, "display_name", false).value_or(*name);
        result.baseUrl = string(node, "base_url", false).value_or(defaultBaseUrl(*kind));
        result.apiKeyEnv = string(node, "api_key_env", false).value_or(QString());
        result.source = string(node, "source", false).value_or(QString());
        return result;
    }

    std::optional<CatalogueEntry> entry(const YAML::Node& node, const QList<CatalogueProvider>& providers)
    {
        if (!isMap(node, node.Mark(), tr("a model")))
            return std::nullopt;
        onlyKeys(node, { "provider", "model", "display_name", "price", "context_window", "note" });
        const auto providerName = string(node, "provider", true);
        const auto model = string(node, "model", true);
        const CatalogueProvider* host = nullptr;
        for (const auto& candidate : providers)
            host = (providerName && candidate.name == *providerName) ? &candidate : host;
        if (providerName && !host)
            error(node["provider"].Mark(),
                  tr("Unknown provider \"%1\"; list it under \"providers\" first.").arg(*providerName));
        const auto price = entryPrice(node);
        if (!host || !model || !price)
            return std::nullopt;
        CatalogueEntry result { host->name, host->kind, *model };
        result.displayName = string(node, "display_name", false).value_or(*model);
        result.price = *price;
        result.contextWindow = contextWindow(node);
        result.note = string(node, "note", false).value_or(QString());
        return result;
    }

    std::optional<Price> entryPrice(const YAML::Node& model)
    {
        const YAML::Node node = model["price"];
        if (!node.IsDefined()) {
            error(model.Mark(), tr("Missing required key \"price\"."));
            return std::nullopt;
        }
        if (!isMap(node, model.Mark(), tr("\"price\"")))
            return std::nullopt;
        onlyKeys(node, { "input", "output", "cached_input", "reasoning" });
        const auto input = price(node, "input", true);
        const auto output = price(node, "output", true);
        if (!input || !output)
            return std::nullopt;
        return Price { *input, *output, price(node, "cached_input", false), price(node, "reasoning", false) };
    }

private:
    QString m_fileName;
};

void readProviders(CatalogueParser& parser, const YAML::Node& list, QList<CatalogueProvider>& providers)
{
    if (!list.IsSequence()) {
        parser.error(list.Mark(), CatalogueParser::tr("\"providers\" must be a list."));
        return;
    }
    QSet<QString> names;
    for (const YAML::Node& node : list) {
        const auto provider = parser.provider(node);
        if (!provider)
            continue;
        if (names.contains(provider->name)) {
            parser.error(node["name"].Mark(),
                         CatalogueParser::tr("Provider \"%1\" is listed twice.").arg(provider->name));
            continue;
        }
        names.insert(provider->name);
        providers.append(*provider);
    }
}

void readEntries(CatalogueParser& parser, const YAML::Node& list, const QList<CatalogueProvider>& providers,
                 QList<CatalogueEntry>& entries)
{
    if (!list.IsSequence()) {
        parser.error(list.Mark(), CatalogueParser::tr("\"models\" must be a list."));
        return;
    }
    QSet<QString> seen;
    for (const YAML::Node& node : list) {
        const auto entry = parser.entry(node, providers);
        if (!entry)
            continue;
        const QString key = entry->provider + u'\n' + entry->model;
        if (seen.contains(key)) {
            parser.error(node["model"].Mark(),
                         CatalogueParser::tr("Model \"%1\" of provider \"%2\" is listed twice.")
                             .arg(entry->model, entry->provider));
            continue;
        }
        seen.insert(key);
        entries.append(*entry);
    }
}

YAML::Node loadYaml(CatalogueParser& parser, const QByteArray& text)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::ParserException& exception) {
        parser.error(exception.mark,
                     CatalogueParser::tr("Not valid YAML: %1").arg(QString::fromStdString(exception.msg)));
    }
    return YAML::Node();
}

} // namespace

CatalogueLoad parsePriceCatalogue(const QByteArray& text, const QString& fileName)
{
    CatalogueLoad load;
    CatalogueParser parser(fileName);
    const YAML::Node root = loadYaml(parser, text);
    if (parser.errors.isEmpty() && !root.IsMap())
        parser.error(
            YAML::Mark::null_mark(),
            CatalogueParser::tr("Expected a price catalogue: a mapping with version, checked, providers and models."));
    if (!parser.errors.isEmpty()) {
        load.errors = parser.errors;
        return load;
    }
    parser.onlyKeys(root, { "version", "checked", "providers", "models" });
    PriceCatalogue& catalogue = load.catalogue;
    parser.header(root, catalogue.m_checked);
    if (!root["providers"].IsDefined() || !root["models"].IsDefined())
        parser.error(root.Mark(), CatalogueParser::tr("A catalogue needs both \"providers\" and \"models\"."));
    else {
        readProviders(parser, root["providers"], catalogue.m_providers);
        readEntries(parser, root["models"], catalogue.m_providers, catalogue.m_entries);
    }
    load.errors = parser.errors;
    if (!load.ok())
        load.catalogue = PriceCatalogue();
    return load;
}

CatalogueLoad readPriceCatalogue(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CatalogueLoad load;
        load.errors.append(FileError {
            path, 0, 0, CatalogueParser::tr("Cannot read the price catalogue: %1").arg(file.errorString()) });
        return load;
    }
    return parsePriceCatalogue(file.readAll(), path);
}
