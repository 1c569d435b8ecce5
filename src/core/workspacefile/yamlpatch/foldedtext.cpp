// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldedtext.h"

#include "../yamlemitter.h"

#include <algorithm>

namespace {
constexpr qsizetype minimumWidth = 40;

bool isWhite(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Pieces between the single spaces a folded scalar may break a line at: a space with no other
// white space beside it.
QStringList foldWords(const QString& text)
{
    QStringList words;
    qsizetype from = 0;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text.at(i) == u' ' && !isWhite(text.at(i - 1)) && !isWhite(text.at(i + 1))) {
            words.append(text.mid(from, i - from));
            from = i + 1;
        }
    }
    words.append(text.mid(from));
    return words;
}

bool foldable(const QString& value)
{
    return !value.isEmpty() && !isWhite(value.front()) && !isWhite(value.back()) && yamlPrintable(value, false);
}

QStringList wrapped(const QStringList& words, qsizetype width)
{
    QStringList lines;
    QString current;
    for (const QString& word : words) {
        if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
            lines.append(current);
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}
} // namespace

std::optional<QStringList> refoldedLines(const QStringList& oldLines, const QString& value)
{
    if (!foldable(value))
        return std::nullopt;
    const QStringList words = foldWords(value);
    QList<QStringList> oldWords;
    qsizetype width = minimumWidth;
    for (const QString& line : oldLines) {
        oldWords.append(foldWords(line));
        width = std::max(width, line.size());
    }
    qsizetype first = 0, wordsFrom = 0; // old lines kept at the start
    while (first < oldWords.size() && words.mid(wordsFrom, oldWords.at(first).size()) == oldWords.at(first))
        wordsFrom += oldWords.at(first++).size();
    qsizetype last = oldWords.size(), wordsTo = words.size(); // old lines kept at the end
    while (last > first && wordsTo - oldWords.at(last - 1).size() >= wordsFrom
           && words.mid(wordsTo - oldWords.at(last - 1).size(), oldWords.at(last - 1).size()) == oldWords.at(last - 1))
        wordsTo -= oldWords.at(--last).size();
    return oldLines.mid(0, first) + wrapped(words.mid(wordsFrom, wordsTo - wordsFrom), width) + oldLines.mid(last);
}
