// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportnotes.h"

#include "exportarea.h"
#include "exporters/cascadeguardrail.h"

namespace {
QString formatDescription(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Native:
        return ExportArea::tr("Signalbox's own routing file: each category's model, fallbacks, rule and evidence. "
                              "Import Routing… reads it back.");
    case ExportFormat::LiteLlm:
        return ExportArea::tr("A LiteLLM proxy config.yaml: one model alias per category, its fallbacks in "
                              "router_settings; API keys stay in environment variables.");
    case ExportFormat::Portkey:
        return ExportArea::tr("A Portkey gateway config: picks a target by metadata.category, each falling back "
                              "along its chain; unknown categories take the default route.");
    }
    return {};
}

// Cascades a gateway cannot enforce are exported as plain fallback chains: say so, not only in the
// file's comments.
QString cascadeNote(const Workspace& workspace, ExportFormat format)
{
    QStringList unenforced;
    for (const Route& route : workspace.routing.routes) {
        if (!route.cascadeCheck)
            continue;
        if (format == ExportFormat::LiteLlm || (format == ExportFormat::Portkey && !portkeyGuardrail(*route.cascadeCheck)))
            unenforced.append(route.category);
    }
    if (unenforced.isEmpty())
        return {};
    return u' '
        + ExportArea::tr("Not a cascade in this file: %1 cannot check answers here, so %2 is exported as a plain "
                         "fallback chain that moves on only when a call fails.")
              .arg(exportFormatDisplayName(format), unenforced.join(QStringLiteral(", ")));
}

// A Portkey config's "${VAR}" key placeholders must be filled in by a command that leaves its
// "$eq" conditions alone: the exact envsubst list for the map at hand.
QString keysHint(const Workspace& workspace, ExportFormat format)
{
    if (format != ExportFormat::Portkey)
        return {};
    const QStringList variables = exportKeyVariables(workspace);
    if (variables.isEmpty())
        return {};
    return u' '
        + ExportArea::tr("Fill in the keys with envsubst '%1' < %2 (naming the variables: a bare envsubst also "
                         "empties the config's $eq conditions). Save… writes the reasons to %3 beside it.")
              .arg(envsubstFormat(variables), defaultExportFileName(format),
                   rationaleFileName(defaultExportFileName(format)));
}
} // namespace

QString exportNotes(const Workspace& workspace, ExportFormat format)
{
    return formatDescription(format) + keysHint(workspace, format) + cascadeNote(workspace, format);
}
