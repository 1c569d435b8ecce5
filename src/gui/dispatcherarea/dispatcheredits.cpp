// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcheredits.h"

#include "document/editcommands.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DispatcherEdits)
};

std::optional<DispatcherSpec> current(WorkspaceDocument* document)
{
    return document->workspace().dispatcher;
}
} // namespace

namespace DispatcherEdits {
void set(WorkspaceDocument* document, const std::optional<DispatcherSpec>& dispatcher, const QString& text,
         int mergeField)
{
    if (dispatcher == current(document))
        return;
    auto* command = new SetDispatcherCommand(document, dispatcher, text);
    command->setMergeField(mergeField);
    document->undoStack()->push(command);
}

void create(WorkspaceDocument* document)
{
    if (!current(document))
        set(document, DispatcherSpec {}, Text::tr("Add Dispatcher"));
}

void remove(WorkspaceDocument* document)
{
    set(document, std::nullopt, Text::tr("Remove Dispatcher"));
}

void addRule(WorkspaceDocument* document, int row, const DispatchRule& rule)
{
    DispatcherSpec spec = current(document).value_or(DispatcherSpec {});
    spec.rules.insert(row < 0 || row > spec.rules.size() ? spec.rules.size() : row, rule);
    set(document, spec, Text::tr("Add Dispatcher Rule"));
}

void removeRule(WorkspaceDocument* document, int row)
{
    std::optional<DispatcherSpec> spec = current(document);
    if (!spec || row < 0 || row >= spec->rules.size())
        return;
    spec->rules.removeAt(row);
    set(document, spec, Text::tr("Remove Dispatcher Rule"));
}

void moveRule(WorkspaceDocument* document, int row, int to)
{
    std::optional<DispatcherSpec> spec = current(document);
    if (!spec || row < 0 || row >= spec->rules.size() || to < 0 || to >= spec->rules.size() || row == to)
        return;
    spec->rules.move(row, to);
    set(document, spec, Text::tr("Move Dispatcher Rule"));
}

void setRule(WorkspaceDocument* document, int row, const DispatchRule& rule)
{
    std::optional<DispatcherSpec> spec = current(document);
    if (!spec || row < 0 || row >= spec->rules.size())
        return;
    spec->rules[row] = rule;
    set(document, spec, Text::tr("Edit Dispatcher Rule"));
}

void setClassifier(WorkspaceDocument* document, const QString& modelId, const QString& prompt, int mergeField)
{
    std::optional<DispatcherSpec> spec = current(document);
    if (!spec)
        return;
    if (modelId.isEmpty())
        spec->classifier.reset();
    else
        spec->classifier = DispatchClassifier { modelId, prompt };
    set(document, spec, Text::tr("Edit Dispatcher Classifier"), mergeField);
}

void setFallback(WorkspaceDocument* document, const QString& fallback)
{
    std::optional<DispatcherSpec> spec = current(document);
    if (!spec)
        return;
    spec->fallback = fallback;
    set(document, spec, Text::tr("Edit Dispatcher Default"));
}

DispatchRule newRule(const Workspace& workspace)
{
    DispatchRule rule;
    rule.category = workspace.categories.isEmpty() ? DispatcherSpec::defaultRoute : workspace.categories.constFirst().name;
    rule.any = { Text::tr("keyword") };
    return rule;
}
} // namespace DispatcherEdits
