// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"

#include "editscript.h"

#include <algorithm>
#include <QHash>
#include <QStringList>

namespace {

QStringList splitLines(const QString& text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        lines.removeLast();
    for (QString& line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

std::vector<int> lineIds(const QStringList& lines, QHash<QString, int>& ids)
{
    std::vector<int> result;
    result.reserve(size_t(lines.size()));
    for (const QString& line : lines)
        result.push_back(ids.insert(line, ids.value(line, int(ids.size()))).value());
    return result;
}

QString hunkRange(int start, int length)
{
    // diff -u: a range of one line is written without its length; an empty one names the line before.
    if (length == 1)
        return QString::number(start + 1);
    return QString::number(length == 0 ? start : start + 1) + u',' + QString::number(length);
}

} // namespace

LineDiff diffLines(const QString& before, const QString& after)
{
    const QStringList linesA = splitLines(before);
    const QStringList linesB = splitLines(after);
    QHash<QString, int> ids;
    const std::vector<int> idsA = lineIds(linesA, ids);
    const std::vector<int> idsB = lineIds(linesB, ids);

    LineDiff diff;
    for (const EditStep& edit : editScript(idsA, idsB)) {
        const QString& text = edit.kind == DiffSpan::Added ? linesB.at(edit.after) : linesA.at(edit.before);
        diff.lines.append({ edit.kind, edit.before, edit.after, text });
        diff.added += edit.kind == DiffSpan::Added;
        diff.removed += edit.kind == DiffSpan::Removed;
    }
    return diff;
}

QString unifiedDiff(const QString& before, const QString& after, const QString& beforeName, const QString& afterName)
{
    constexpr int context = 3;
    const LineDiff diff = diffLines(before, after);
    if (diff.identical())
        return {};
    const QList<LineDiffEntry>& lines = diff.lines;
    QString text = u"--- " + beforeName + u"\n+++ " + afterName + u'\n';
    int i = 0;
    while (i < lines.size()) {
        if (lines.at(i).kind == DiffSpan::Same) {
            ++i;
            continue;
        }
        // A hunk: from context lines before this change to context lines after the last change
        // that is no more than twice the context away from the previous one.
        const int first = std::max(0, i - context);
        int last = i;
        for (int j = i; j < lines.size(); ++j) {
            if (lines.at(j).kind != DiffSpan::Same) {
                if (j - last > 2 * context)
                    break;
                last = j;
            }
        }
        const int end = std::min(int(lines.size()), last + context + 1);
        int startA = 0;
        int startB = 0;
        for (int j = 0; j < first; ++j) {
            startA += lines.at(j).kind != DiffSpan::Added;
            startB += lines.at(j).kind != DiffSpan::Removed;
        }
        int lengthA = 0;
        int lengthB = 0;
        QString body;
        for (int j = first; j < end; ++j) {
            const LineDiffEntry& line = lines.at(j);
            lengthA += line.kind != DiffSpan::Added;
            lengthB += line.kind != DiffSpan::Removed;
            const QChar mark = line.kind == DiffSpan::Same ? u' ' : line.kind == DiffSpan::Removed ? u'-' : u'+';
            body += mark + line.text + u'\n';
        }
        text += u"@@ -" + hunkRange(startA, lengthA) + u" +" + hunkRange(startB, lengthB) + u" @@\n" + body;
        i = end;
    }
    return text;
}
