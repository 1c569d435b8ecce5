// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacepatch.h"

#include "../workspacereader.h"
#include "../workspacewriter.h"
#include "yamlpatcher.h"

namespace {
// A value the writer leaves out when it equals another (a model's id standing for its model
// name) can show up only once the first pass has changed the other; later passes settle it.
constexpr int maximumPasses = 3;

// What a text says, in the writer's form, and how many errors reading it gave.
struct Reading {
    QByteArray canonical;
    qsizetype errors = 0;
};

// Nothing when text does not read as a workspace at all.
std::optional<Reading> readingOf(const QByteArray& text, const QString& path)
{
    const WorkspaceLoad load = parseWorkspace(text, path);
    if (!load.ok() && load.workspace.name.isEmpty() && load.workspace.categories.isEmpty())
        return std::nullopt;
    return Reading { workspaceToYaml(load.workspace), load.errors.size() };
}

std::optional<QByteArray> patchOnce(const QByteArray& text, const QByteArray& current, const QByteArray& wanted,
                                    const YamlNode& wantedTree)
{
    const std::optional<YamlNode> original = readYamlTree(text);
    const std::optional<YamlNode> before = readYamlTree(current);
    if (!original || !before)
        return std::nullopt;
    try {
        return YamlPatcher(text, wanted).patched(*original, *before, wantedTree);
    } catch (const PatchImpossible&) {
        return std::nullopt;
    }
}

std::optional<QByteArray> patchedLfText(const Workspace& workspace, const QByteArray& original, const QString& path)
{
    const QByteArray wanted = workspaceToYaml(workspace);
    const std::optional<YamlNode> wantedTree = readYamlTree(wanted);
    // A patched text may not read worse than the whole file would (a case file that is still to
    // be written counts against both), so a bad value the file gained outside is not kept.
    const std::optional<Reading> whole = readingOf(wanted, path);
    if (!wantedTree || !whole)
        return std::nullopt;
    QByteArray text = original;
    for (int pass = 0; pass <= maximumPasses; ++pass) {
        const std::optional<Reading> current = readingOf(text, path);
        if (!current)
            return std::nullopt;
        if (current->canonical == wanted && current->errors <= whole->errors)
            return text;
        const std::optional<QByteArray> next
            = pass < maximumPasses ? patchOnce(text, current->canonical, wanted, *wantedTree) : std::nullopt;
        if (!next || *next == text)
            return std::nullopt;
        text = *next;
    }
    return std::nullopt;
}
} // namespace

std::optional<QByteArray> patchedWorkspaceText(const Workspace& workspace, const QByteArray& original,
                                               const QString& path)
{
    // A file with Windows (CR LF) or old Mac (CR) line ends throughout keeps them, the lines
    // written anew included; it is patched with LF line ends.
    const qsizetype lineFeeds = original.count('\n');
    const qsizetype crlf = original.count("\r\n");
    QByteArray lineEnd = "\n";
    if (crlf > 0 && crlf == lineFeeds)
        lineEnd = "\r\n";
    else if (lineFeeds == 0 && original.contains('\r'))
        lineEnd = "\r";
    if (lineEnd == "\n")
        return patchedLfText(workspace, original, path);
    QByteArray lf = original;
    std::optional<QByteArray> patched = patchedLfText(workspace, lf.replace(lineEnd, "\n"), path);
    if (patched)
        patched->replace("\n", lineEnd);
    return patched;
}
