// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// A stretch of one text in a difference: kept, taken out (only in the baseline's text) or put in
// (only in the candidate's). Offsets are in QChar units into that text.
struct DiffSpan {
    enum Kind { Same, Removed, Added };
    Kind kind = Same;
    int start = 0;
    int length = 0;

    int end() const { return start + length; }
    friend bool operator==(const DiffSpan&, const DiffSpan&) = default;
};

// Two answers compared word by word. The spans of each side cover its whole text in order, with
// neighbours of one kind merged; the baseline's have no Added spans, the candidate's no Removed.
struct WordDiff {
    QList<DiffSpan> baseline;
    QList<DiffSpan> candidate;
    // The longest run of words (and marks) the two share in order, over the words of the longer
    // text: one word replaced in three gives 2/3; 1 for two empty texts.
    double similarity = 1.0;
    int changedTokens = 0; // words and punctuation marks removed plus added

    bool identical() const { return changedTokens == 0; }
};

// Differences by word; a letter or digit run (with inner apostrophes and hyphens) is one word, a
// punctuation mark or symbol one token, a run of white space one token. White space matches any
// other white space: answers that differ only in spacing or line breaks are identical(). Answers
// with a similarity below 0.3 are different answers: each is marked as changed as a whole rather
// than matched on the few words they happen to share.
WordDiff diffWords(const QString& baseline, const QString& candidate);
// Which tokens a similarity counts: words and marks as the diff shows them, or words alone, so that
// the braces and quotes of two JSON answers do not make them look alike.
enum class SimilarityTokens { WordsAndMarks, WordsOnly };
// The similarity alone.
double wordSimilarity(const QString& baseline, const QString& candidate,
                      SimilarityTokens counted = SimilarityTokens::WordsAndMarks);
// Splits a text into tokens as diffWords() sees them; their lengths add up to the text's.
QList<DiffSpan> wordTokens(const QString& text);

// One line of a line difference: in both texts, only before, or only after.
struct LineDiffEntry {
    DiffSpan::Kind kind = DiffSpan::Same; // Removed: only before; Added: only after
    int beforeLine = -1; // 0-based; -1 for an added line
    int afterLine = -1; // 0-based; -1 for a removed line
    QString text; // without its line break

    friend bool operator==(const LineDiffEntry&, const LineDiffEntry&) = default;
};

struct LineDiff {
    QList<LineDiffEntry> lines; // every line of both texts, in order, removals before additions
    int added = 0;
    int removed = 0;

    bool identical() const { return added == 0 && removed == 0; }
};

// Line by line; a text's final line break does not make an extra empty line.
LineDiff diffLines(const QString& before, const QString& after);
// The difference in unified format ("--- before", "+++ after", "@@ -1,3 +1,4 @@" hunks with
// three lines of context), as diff -u writes it; empty when the texts are the same.
QString unifiedDiff(const QString& before, const QString& after, const QString& beforeName = QStringLiteral("before"),
                    const QString& afterName = QStringLiteral("after"));

Q_DECLARE_METATYPE(WordDiff)
Q_DECLARE_METATYPE(LineDiff)
