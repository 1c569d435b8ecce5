// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

// Thrown when a change cannot be written into the original text faithfully; the save then
// writes the whole file instead.
struct PatchImpossible {
};

// Replacements of byte ranges of one text, applied together. Insertions at one place keep the
// order they were added in.
class TextEdits
{
public:
    void replace(qsizetype start, qsizetype end, const QByteArray& text);
    void insert(qsizetype at, const QByteArray& text) { replace(at, at, text); }
    bool isEmpty() const { return m_edits.isEmpty(); }
    // Throws PatchImpossible when two edits overlap.
    QByteArray applyTo(const QByteArray& text) const;

private:
    struct Edit {
        qsizetype start;
        qsizetype end;
        QByteArray text;
        qsizetype order;
    };
    QList<Edit> m_edits;
};

// Line helpers over UTF-8 text.
qsizetype lineStartOf(const QByteArray& text, qsizetype position);
// The start of the line after the one holding position - 1 (position itself when it already
// starts a line): where the text after a node, its comment included, ends.
qsizetype lineAfter(const QByteArray& text, qsizetype position);
int columnOf(const QByteArray& text, qsizetype position);
bool isBlankLine(const QByteArray& text, qsizetype lineStart);
// Only spaces between the line's start and position.
bool startsItsLine(const QByteArray& text, qsizetype position);

// text[from, to) moved to another indentation: from lies at column fromColumn; the first line is
// returned without indentation and every later line shifted by toColumn - fromColumn.
QByteArray reindented(const QByteArray& text, qsizetype from, qsizetype to, int fromColumn, int toColumn);
