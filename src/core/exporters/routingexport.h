// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>

// The files a routing map is exported to: Signalbox's own routing YAML (read back by
// importNativeRouting()), a LiteLLM proxy config.yaml and a Portkey gateway config JSON.
enum class ExportFormat { Native, LiteLlm, Portkey };

QList<ExportFormat> exportFormats();
QString exportFormatKey(ExportFormat format); // "native", "litellm", "portkey"
std::optional<ExportFormat> exportFormatFromKey(const QString& key);
QString exportFormatDisplayName(ExportFormat format); // translated
QString defaultExportFileName(ExportFormat format); // "routing.yaml", "litellm-config.yaml", "portkey-config.json"
QString exportSyntaxName(ExportFormat format); // KSyntaxHighlighting definition: "YAML" / "JSON"

// Facts for an export's header: when it was made (invalid: now) and from which run (empty: the
// run named by the routes' evidence, if any).
struct ExportOptions {
    QDateTime generatedAt;
    QString runId;
};

// The workspace's routing map in the given format. Never holds an API key: providers' keys are
// referenced by environment variable name. Ends with a newline.
QString exportRouting(const Workspace& workspace, ExportFormat format, const ExportOptions& options = {});

// Portkey's JSON has no comments, and the config travels in a header of every request: its reasons
// go to a companion text file instead. Empty for the YAML formats, which carry them as comments.
QString exportRationale(const Workspace& workspace, ExportFormat format, const ExportOptions& options = {});
// Where the companion of an export goes: "portkey-config.json" -> "portkey-config.rationale.txt".
QString rationaleFileName(const QString& exportPath);

// The environment variables the exports name for the providers' keys, for the routes and default
// chain of the map, sorted; and them as envsubst's SHELL-FORMAT ("${A} ${B}"), which makes envsubst
// replace only these and leave every other "$" (Portkey's "$eq") alone.
QStringList exportKeyVariables(const Workspace& workspace);
QString envsubstFormat(const QStringList& variables);
