// SPDX-License-Identifier: GPL-3.0-or-later
#include "worddiff.h"

#include <algorithm>
#include <dtl/dtl.hpp>
#include <QHash>
#include <QStringView>
#include <vector>

namespace {

// One step of an edit script over two id sequences: indexes are 0-based, -1 where a side has none.
struct Edit {
    DiffSpan::Kind kind;
    int before;
    int after;
};

// The shortest edit script between a and b; removals come before additions within a change.
// Equal ends are matched before dtl sees the middle, which is all that differs in most pairs.
QList<Edit> editScript(const std::vector<int>& a, const std::vector<int>& b)
{
    const int sizeA = int(a.size());
    const int sizeB = int(b.size());
    int prefix = 0;
    while (prefix < sizeA && prefix < sizeB && a[size_t(prefix)] == b[size_t(prefix)])
        ++prefix;
    int suffix = 0;
    while (suffix < sizeA - prefix && suffix < sizeB - prefix
           && a[size_t(sizeA - 1 - suffix)] == b[size_t(sizeB - 1 - suffix)])
        ++suffix;

    QList<Edit> edits;
    edits.reserve(std::max(sizeA, sizeB) + 1);
    for (int i = 0; i < prefix; ++i)
        edits.append({ DiffSpan::Same, i, i });
    const std::vector<int> middleA(a.begin() + prefix, a.end() - suffix);
    const std::vector<int> middleB(b.begin() + prefix, b.end() - suffix);
    if (middleA.empty() || middleB.empty()) {
        for (int i = 0; i < int(middleA.size()); ++i)
            edits.append({ DiffSpan::Removed, prefix + i, -1 });
        for (int i = 0; i < int(middleB.size()); ++i)
            edits.append({ DiffSpan::Added, -1, prefix + i });
    } else {
        dtl::Diff<int, std::vector<int>> diff(middleA, middleB, true);
        diff.compose();
        for (const auto& [element, info] : diff.getSes().getSequence()) {
            const int before = int(info.beforeIdx) - 1 + prefix;
            const int after = int(info.afterIdx) - 1 + prefix;
            if (info.type == dtl::SES_COMMON)
                edits.append({ DiffSpan::Same, before, after });
            else if (info.type == dtl::SES_DELETE)
                edits.append({ DiffSpan::Removed, before, -1 });
            else
                edits.append({ DiffSpan::Added, -1, after });
        }
    }
    for (int i = 0; i < suffix; ++i)
        edits.append({ DiffSpan::Same, sizeA - suffix + i, sizeB - suffix + i });
    return edits;
}

char32_t codePointAt(const QString& text, qsizetype at, int* width)
{
    const QChar c = text.at(at);
    if (c.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text.at(at + 1));
    }
    *width = 1;
    return c.unicode();
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
}

// Whether the token is white space; every white space token diffs as the same one.
bool isSpaceToken(const QString& text, const DiffSpan& token)
{
    return token.length > 0 && text.at(token.start).isSpace();
}

void appendSpan(QList<DiffSpan>& spans, DiffSpan::Kind kind, const DiffSpan& token)
{
    if (!spans.isEmpty() && spans.constLast().kind == kind && spans.constLast().end() == token.start)
        spans.last().length += token.length;
    else
        spans.append({ kind, token.start, token.length });
}

// White space between two changes of one kind reads as part of the change.
QList<DiffSpan> joinChanges(const QString& text, const QList<DiffSpan>& spans)
{
    QList<DiffSpan> joined;
    joined.reserve(spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const DiffSpan& span = spans.at(i);
        const bool bridge = span.kind == DiffSpan::Same && i > 0 && i + 1 < spans.size()
            && spans.at(i - 1).kind != DiffSpan::Same && spans.at(i + 1).kind == spans.at(i - 1).kind
            && QStringView(text).mid(span.start, span.length).trimmed().isEmpty();
        const DiffSpan::Kind kind = bridge ? spans.at(i - 1).kind : span.kind;
        if (!joined.isEmpty() && joined.constLast().kind == kind)
            joined.last().length += span.length;
        else
            joined.append({ kind, span.start, span.length });
    }
    return joined;
}

// Token ids shared by both texts; white space is one id whatever it holds.
class TokenIds
{
public:
    std::vector<int> idsOf(const QString& text, const QList<DiffSpan>& tokens)
    {
        std::vector<int> ids;
        ids.reserve(size_t(tokens.size()));
        for (const DiffSpan& token : tokens) {
            if (isSpaceToken(text, token)) {
                ids.push_back(0);
                continue;
            }
            const QStringView view = QStringView(text).mid(token.start, token.length);
            const auto found = m_ids.constFind(view);
            ids.push_back(found != m_ids.cend() ? *found : int(m_ids.insert(view, int(m_ids.size()) + 1).value()));
        }
        return ids;
    }

private:
    QHash<QStringView, int> m_ids;
};

int wordCount(const QString& text, const QList<DiffSpan>& tokens)
{
    return int(std::count_if(tokens.begin(), tokens.end(),
                             [&text](const DiffSpan& token) { return !isSpaceToken(text, token); }));
}

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

QList<DiffSpan> wordTokens(const QString& text)
{
    QList<DiffSpan> tokens;
    qsizetype at = 0;
    while (at < text.size()) {
        int width = 1;
        const char32_t first = codePointAt(text, at, &width);
        qsizetype end = at + width;
        if (isWordChar(first) || isSpace(first)) {
            const bool word = isWordChar(first);
            while (end < text.size()) {
                const char32_t next = codePointAt(text, end, &width);
                if (word && !isWordChar(next)) {
                    // An apostrophe or hyphen inside a word ("don't", "e-mail") keeps it whole.
                    const bool joiner = next == U'\'' || next == U'\u2019' || next == U'-';
                    int after = 1;
                    if (!joiner || end + width >= text.size() || !isWordChar(codePointAt(text, end + width, &after)))
                        break;
                } else if (!word && !isSpace(next)) {
                    break;
                }
                end += width;
            }
        }
        tokens.append({ DiffSpan::Same, int(at), int(end - at) });
        at = end;
    }
    return tokens;
}

WordDiff diffWords(const QString& baseline, const QString& candidate)
{
    const QList<DiffSpan> tokensA = wordTokens(baseline);
    const QList<DiffSpan> tokensB = wordTokens(candidate);
    TokenIds ids;
    const std::vector<int> idsA = ids.idsOf(baseline, tokensA);
    const std::vector<int> idsB = ids.idsOf(candidate, tokensB);

    WordDiff diff;
    int removedWords = 0;
    int addedWords = 0;
    for (const Edit& edit : editScript(idsA, idsB)) {
        if (edit.kind != DiffSpan::Added) {
            const DiffSpan& token = tokensA.at(edit.before);
            appendSpan(diff.baseline, edit.kind, token);
            removedWords += edit.kind == DiffSpan::Removed && !isSpaceToken(baseline, token);
        }
        if (edit.kind != DiffSpan::Removed) {
            const DiffSpan& token = tokensB.at(edit.after);
            appendSpan(diff.candidate, edit.kind, token);
            addedWords += edit.kind == DiffSpan::Added && !isSpaceToken(candidate, token);
        }
    }
    diff.baseline = joinChanges(baseline, diff.baseline);
    diff.candidate = joinChanges(candidate, diff.candidate);
    diff.changedTokens = removedWords + addedWords;
    const int longer = std::max(wordCount(baseline, tokensA), wordCount(candidate, tokensB));
    diff.similarity = longer == 0 ? 1.0 : 1.0 - double(std::max(removedWords, addedWords)) / longer;
    return diff;
}

double wordSimilarity(const QString& baseline, const QString& candidate)
{
    return diffWords(baseline, candidate).similarity;
}

LineDiff diffLines(const QString& before, const QString& after)
{
    const QStringList linesA = splitLines(before);
    const QStringList linesB = splitLines(after);
    QHash<QString, int> ids;
    const std::vector<int> idsA = lineIds(linesA, ids);
    const std::vector<int> idsB = lineIds(linesB, ids);

    LineDiff diff;
    for (const Edit& edit : editScript(idsA, idsB)) {
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
