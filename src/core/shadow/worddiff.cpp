// SPDX-License-Identifier: GPL-3.0-or-later
#include "worddiff.h"

#include "editscript.h"

#include <algorithm>
#include <QHash>
#include <QStringView>
#include <vector>

namespace {

// Below this similarity two answers are different answers: matching the few words they share
// ("the", "to") would only scatter noise over both, so each is marked as changed as a whole.
constexpr double coarseBelow = 0.3;

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
        for (const EditStep& edit : editScript(wordsA.ids, wordsB.ids)) {
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
