// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingexport.h"

#include "exportwriters.h"
#include "rollout/rollout.h"
#include "routerationale.h"

#include <QDir>
#include <QFileInfo>

#include <array>

namespace {
struct FormatName {
    ExportFormat format;
    const char* key;
    const char* display;
    const char* fileName;
    const char* syntax;
};

constexpr std::array<FormatName, 3> formatNames = { {
    { ExportFormat::Native, "native", QT_TRANSLATE_NOOP("RoutingExport", "Signalbox routing YAML"), "routing.yaml",
      "YAML" },
    { ExportFormat::LiteLlm, "litellm", QT_TRANSLATE_NOOP("RoutingExport", "LiteLLM proxy config"),
      "litellm-config.yaml", "YAML" },
    { ExportFormat::Portkey, "portkey", QT_TRANSLATE_NOOP("RoutingExport", "Portkey gateway config"),
      "portkey-config.json", "JSON" },
} };

const FormatName& find(ExportFormat format)
{
    for (const FormatName& name : formatNames) {
        if (name.format == format)
            return name;
    }
    return formatNames.front();
}
} // namespace

QList<ExportFormat> exportFormats()
{
    QList<ExportFormat> formats;
    for (const FormatName& name : formatNames)
        formats.append(name.format);
    return formats;
}

QString exportFormatKey(ExportFormat format)
{
    return QLatin1String(find(format).key);
}

std::optional<ExportFormat> exportFormatFromKey(const QString& key)
{
    for (const FormatName& name : formatNames) {
        if (key == QLatin1String(name.key))
            return name.format;
    }
    return std::nullopt;
}

QString exportFormatDisplayName(ExportFormat format)
{
    return QCoreApplication::translate("RoutingExport", find(format).display);
}

QString defaultExportFileName(ExportFormat format)
{
    return QLatin1String(find(format).fileName);
}

QString exportSyntaxName(ExportFormat format)
{
    return QLatin1String(find(format).syntax);
}

QString exportRouting(const Workspace& workspace, ExportFormat format, const ExportOptions& options)
{
    const ExportFacts facts(workspace, options);
    switch (format) {
    case ExportFormat::LiteLlm:
        return liteLlmConfigYaml(facts);
    case ExportFormat::Portkey:
        return portkeyConfigJson(facts);
    case ExportFormat::Native:
        break;
    }
    return nativeRoutingYaml(facts);
}

QString exportRationale(const Workspace& workspace, ExportFormat format, const ExportOptions& options)
{
    if (format != ExportFormat::Portkey)
        return {};
    return rationaleDocument(ExportFacts(workspace, options),
                             QStringLiteral("Why the Portkey gateway config routes each category as it does"));
}

QString rationaleFileName(const QString& exportPath)
{
    const QFileInfo info(exportPath);
    const QString name = info.completeBaseName() + QStringLiteral(".rationale.txt");
    return info.path() == u"." && !exportPath.startsWith(u"./") ? name : info.dir().filePath(name);
}

QStringList exportKeyVariables(const Workspace& workspace)
{
    const ExportFacts facts(workspace, {});
    QList<QStringList> chains { workspace.routing.defaultChain };
    for (const Route& route : workspace.routing.routes) {
        for (const WeightedChain& share : trafficSplit(route))
            chains.append(share.chain);
    }
    QStringList variables;
    for (const QStringList& chain : std::as_const(chains)) {
        for (const ExportFacts::Deployment& deployment : facts.deployments(chain)) {
            const QString variable = keyVariable(*deployment.provider);
            if (!variable.isEmpty() && !variables.contains(variable))
                variables.append(variable);
        }
    }
    variables.sort();
    return variables;
}

QString envsubstFormat(const QStringList& variables)
{
    QStringList references;
    for (const QString& variable : variables)
        references.append(QStringLiteral("${%1}").arg(variable));
    return references.join(u' ');
}
