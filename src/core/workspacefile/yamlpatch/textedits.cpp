// SPDX-License-Identifier: GPL-3.0-or-later
#include "textedits.h"

#include <algorithm>

void TextEdits::replace(qsizetype start, qsizetype end, const QByteArray& text)
{
    if (start < 0 || end < start)
        throw PatchImpossible {};
    m_edits.append(Edit { start, end, text, m_edits.size() });
}

QByteArray TextEdits::applyTo(const QByteArray& text) const
{
    QList<Edit> edits = m_edits;
    std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
        if (a.start != b.start)
            return a.start < b.start;
        if ((a.start == a.end) != (b.start == b.end))
            return a.start == a.end; // an insertion goes before a removal starting at the same place
        return a.order < b.order;
    });
    QByteArray result;
    qsizetype cursor = 0;
    for (const Edit& edit : std::as_const(edits)) {
        if (edit.start < cursor || edit.end > text.size())
            throw PatchImpossible {};
        result += text.mid(cursor, edit.start - cursor) + edit.text;
        cursor = edit.end;
    }
    return result + text.mid(cursor);
}

qsizetype lineStartOf(const QByteArray& text, qsizetype position)
{
    return position <= 0 ? 0 : text.lastIndexOf('\n', position - 1) + 1;
}

qsizetype lineAfter(const QByteArray& text, qsizetype position)
{
    if (position <= 0 || text.at(position - 1) == '\n')
        return position;
    const qsizetype newline = text.indexOf('\n', position);
    return newline < 0 ? text.size() : newline + 1;
}

int columnOf(const QByteArray& text, qsizetype position)
{
    return int(position - lineStartOf(text, position));
}

bool isBlankLine(const QByteArray& text, qsizetype lineStart)
{
    for (qsizetype i = lineStart; i < text.size() && text.at(i) != '\n'; ++i) {
        if (text.at(i) != ' ' && text.at(i) != '\t' && text.at(i) != '\r')
            return false;
    }
    return lineStart < text.size();
}

bool startsItsLine(const QByteArray& text, qsizetype position)
{
    for (qsizetype i = lineStartOf(text, position); i < position; ++i) {
        if (text.at(i) != ' ')
            return false;
    }
    return true;
}

QByteArray reindented(const QByteArray& text, qsizetype from, qsizetype to, int fromColumn, int toColumn)
{
    const QByteArrayList lines = text.mid(from, to - from).split('\n');
    QByteArray result = lines.constFirst();
    const int shift = toColumn - fromColumn;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (shift > 0 && !line.isEmpty())
            line.prepend(QByteArray(shift, ' '));
        if (shift < 0 && !line.trimmed().isEmpty()) {
            if (!line.startsWith(QByteArray(-shift, ' ')))
                throw PatchImpossible {};
            line.remove(0, -shift);
        }
        result += '\n' + line;
    }
    return result;
}
