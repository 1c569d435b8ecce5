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

Q_DECLARE_METATYPE(WordDiff)
