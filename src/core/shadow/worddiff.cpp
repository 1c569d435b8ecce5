// SPDX-License-Identifier: GPL-3.0-or-later
#include "worddiff.h"

#include <algorithm>
#include <dtl/dtl.hpp>
#include <QHash>
#include <QStringView>
#include <vector>

namespace {

// Below this similarity two answers are different answers: matching the few words they share
// ("the", "to") would only scatter noise over both, so each is marked as changed as a whole.
constexpr double coarseBelow = 0.3;

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

// The number of insertions and deletions that turn a into b, without the script: much cheaper
// than editScript() when the sequences have little in common.
int editDistance(const std::vector<int>& a, const std::vector<int>& b)
{
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const std::vector<int> middleA(a.begin() + qsizetype(prefix), a.end() - qsizetype(suffix));
    const std::vector<int> middleB(b.begin() + qsizetype(prefix), b.end() - qsizetype(suffix));
    if (middleA.empty() || middleB.empty())
        return int(middleA.size() + middleB.size());
    dtl::Diff<int, std::vector<int>> diff(middleA, middleB);
    diff.onOnlyEditDistance();
    diff.compose();
    return int(diff.getEditDistance());
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

// Whether the token is a word (letters, digits), not a punctuation mark or symbol.
bool isWordToken(const QString& text, const DiffSpan& token)
{
    int width = 1;
    return token.length > 0 && isWordChar(codePointAt(text, token.start, &width));
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

// The words (and marks) of a text as ids, with the index of each one's token.
struct WordSequence {
    std::vector<int> ids;
    QList<int> tokens;
};

// Word ids shared by both texts.
class TokenIds
{
public:
    WordSequence wordsOf(const QString& text, const QList<DiffSpan>& tokens, bool wordsOnly = false)
    {
        WordSequence words;
        words.ids.reserve(size_t(tokens.size()));
        words.tokens.reserve(tokens.size());
        for (int i = 0; i < tokens.size(); ++i) {
            const DiffSpan& token = tokens.at(i);
            if (isSpaceToken(text, token) || (wordsOnly && !isWordToken(text, token)))
                continue;
            const QStringView view = QStringView(text).mid(token.start, token.length);
            const auto found = m_ids.constFind(view);
            words.ids.push_back(found != m_ids.cend() ? *found : int(m_ids.insert(view, int(m_ids.size())).value()));
            words.tokens.append(i);
        }
        return words;
    }

private:
    QHash<QStringView, int> m_ids;
};

QList<DiffSpan> spansOf(const QString& text, const QList<DiffSpan>& tokens, const QList<DiffSpan::Kind>& kinds)
{
    QList<DiffSpan> spans;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        appendSpan(spans, kinds.at(i), tokens.at(i));
    return joinChanges(text, spans);
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
    // Only words and marks are diffed: white space takes the kind of the change around it.
    const QList<DiffSpan> tokensA = wordTokens(baseline);
    const QList<DiffSpan> tokensB = wordTokens(candidate);
    TokenIds ids;
    const WordSequence wordsA = ids.wordsOf(baseline, tokensA);
    const WordSequence wordsB = ids.wordsOf(candidate, tokensB);

    // Removed and added words, from the length of the longest common subsequence.
    const int sizeA = int(wordsA.ids.size());
    const int sizeB = int(wordsB.ids.size());
    const int common = (sizeA + sizeB - editDistance(wordsA.ids, wordsB.ids)) / 2;
    const int removedWords = sizeA - common;
    const int addedWords = sizeB - common;
    const int longer = std::max(sizeA, sizeB);
    const double similarity = longer == 0 ? 1.0 : double(common) / longer;

    QList<DiffSpan::Kind> kindsA(tokensA.size(), DiffSpan::Same);
    QList<DiffSpan::Kind> kindsB(tokensB.size(), DiffSpan::Same);
    if (similarity < coarseBelow) {
        for (const int token : wordsA.tokens)
            kindsA[token] = DiffSpan::Removed;
        for (const int token : wordsB.tokens)
            kindsB[token] = DiffSpan::Added;
    } else {
        for (const Edit& edit : editScript(wordsA.ids, wordsB.ids)) {
            if (edit.kind == DiffSpan::Removed)
                kindsA[wordsA.tokens.at(edit.before)] = DiffSpan::Removed;
            else if (edit.kind == DiffSpan::Added)
                kindsB[wordsB.tokens.at(edit.after)] = DiffSpan::Added;
        }
    }
    WordDiff diff;
    diff.baseline = spansOf(baseline, tokensA, kindsA);
    diff.candidate = spansOf(candidate, tokensB, kindsB);
    diff.changedTokens = removedWords + addedWords;
    diff.similarity = similarity;
    return diff;
}

double wordSimilarity(const QString& baseline, const QString& candidate, SimilarityTokens counted)
{
    TokenIds ids;
    const bool wordsOnly = counted == SimilarityTokens::WordsOnly;
    const WordSequence wordsA = ids.wordsOf(baseline, wordTokens(baseline), wordsOnly);
    const WordSequence wordsB = ids.wordsOf(candidate, wordTokens(candidate), wordsOnly);
    const int sizeA = int(wordsA.ids.size());
    const int sizeB = int(wordsB.ids.size());
    const int longer = std::max(sizeA, sizeB);
    return longer == 0 ? 1.0 : double(sizeA + sizeB - editDistance(wordsA.ids, wordsB.ids)) / 2 / longer;
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
