// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcheck.h"

#include <algorithm>
#include <QCoreApplication>
#include <vector>

namespace {
bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the UTF-8 sequence starting at i, or 0 if it is malformed (overlong forms and
// surrogates included).
int sequenceLength(const QByteArray& text, qsizetype i)
{
    const auto byte = uchar(text.at(i));
    const auto next = [&](qsizetype k) { return i + k < text.size() ? uchar(text.at(i + k)) : uchar(0); };
    int length = 0;
    uchar low = 0x80, high = 0xBF;
    if (byte < 0x80)
        return 1;
    if (byte >= 0xC2 && byte <= 0xDF)
        length = 2;
    else if (byte >= 0xE0 && byte <= 0xEF) {
        length = 3;
        low = byte == 0xE0 ? 0xA0 : 0x80;
        high = byte == 0xED ? 0x9F : 0xBF;
    } else if (byte >= 0xF0 && byte <= 0xF4) {
        length = 4;
        low = byte == 0xF0 ? 0x90 : 0x80;
        high = byte == 0xF4 ? 0x8F : 0xBF;
    } else
        return 0;
    if (next(1) < low || next(1) > high)
        return 0;
    for (int k = 2; k < length; ++k) {
        if (!isContinuation(next(k)))
            return 0;
    }
    return length;
}

QString normalised(const QString& word)
{
    QString result = word.toLower();
    result.replace(u'-', u'_');
    return result;
}

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            diagonal = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, substitution });
        }
    }
    return row[b.size()];
}
} // namespace

TextPosition positionOfByte(const QByteArray& text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArrayView before(text.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const QByteArrayView lineText = before.sliced(lineStart);
    int column = 1;
    for (const char c : lineText)
        column += isContinuation(uchar(c)) ? 0 : 1;
    return { line, column };
}

std::optional<qsizetype> firstInvalidUtf8Byte(const QByteArray& text)
{
    for (qsizetype i = 0; i < text.size();) {
        const int length = sequenceLength(text, i);
        if (length == 0)
            return i;
        i += length;
    }
    return std::nullopt;
}

std::optional<FileError> utf8Error(const QByteArray& text, const QString& file)
{
    const auto offset = firstInvalidUtf8Byte(text);
    if (!offset)
        return std::nullopt;
    const TextPosition at = positionOfByte(text, *offset);
    return FileError {
        file, at.line, at.column,
        QCoreApplication::translate(
            "TextCheck",
            "the file is not valid UTF-8: byte 0x%1 cannot start or continue a character here; save the file as UTF-8")
            .arg(uchar(text.at(*offset)), 2, 16, QLatin1Char('0'))
    };
}

std::optional<FileError> controlByteError(const QByteArray& text, const QString& file, bool allowControls)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = uchar(text.at(i));
        const bool allowed = byte >= 0x20 || byte == '\t' || byte == '\n' || byte == '\r';
        if (byte != 0 && (allowControls || (allowed && byte != 0x7F)))
            continue;
        const TextPosition at = positionOfByte(text, i);
        const QString message = byte == 0
            ? QCoreApplication::translate("TextCheck",
                                          "the file contains a NUL byte at line %1, column %2; a text file holds "
                                          "none (is it a binary file, or damaged?)")
                  .arg(at.line)
                  .arg(at.column)
            : QCoreApplication::translate("TextCheck",
                                          "the file contains the control character %1, which YAML allows only "
                                          "as an escape in double quotes (such as \\x%2)")
                  .arg(controlCharacterName(QChar(char16_t(byte))))
                  .arg(byte, 2, 16, QLatin1Char('0'));
        return FileError { file, at.line, at.column, message };
    }
    return std::nullopt;
}

QByteArray normalisedLineBreaks(const QByteArray& text)
{
    if (!text.contains('\r'))
        return text;
    QByteArray result = text;
    result.replace("\r\n", "\n");
    result.replace('\r', '\n');
    return result;
}

qsizetype controlCharacterIndex(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069))
            return i;
    }
    return -1;
}

QString controlCharacterName(QChar c)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

QString describeCharacter(QChar c)
{
    if (c == u' ')
        return QCoreApplication::translate("TextCheck", "a space");
    if (controlCharacterIndex(QString(c)) >= 0)
        return QCoreApplication::translate("TextCheck", "the control character %1").arg(controlCharacterName(c));
    return QStringLiteral("'%1' (%2)").arg(QString(c), controlCharacterName(c));
}

QString escapedControls(const QString& text)
{
    if (controlCharacterIndex(text) < 0)
        return text;
    QString result;
    for (const QChar c : text) {
        if (controlCharacterIndex(QString(c)) < 0)
            result += c;
        else if (c == u'\n')
            result += QLatin1String("\\n");
        else if (c == u'\r')
            result += QLatin1String("\\r");
        else if (c == u'\t')
            result += QLatin1String("\\t");
        else if (c.unicode() < 0x100)
            result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return result;
}

QString closestMatch(const QString& word, const QStringList& candidates)
{
    const QString needle = normalised(word);
    QString best;
    int bestDistance = std::max<int>(2, int(needle.size()) / 3) + 1;
    for (const QString& candidate : candidates) {
        const int distance = editDistance(needle, normalised(candidate));
        if (distance < bestDistance && distance < needle.size()) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

QString didYouMean(const QString& word, const QStringList& candidates)
{
    const QString match = closestMatch(word, candidates);
    if (match.isEmpty())
        return {};
    return QCoreApplication::translate("TextCheck", " (did you mean '%1'?)").arg(match);
}

QString quotedList(const QStringList& items)
{
    QStringList quotedItems;
    for (const QString& item : items)
        quotedItems.append(u'\'' + item + u'\'');
    if (quotedItems.size() < 2)
        return quotedItems.join(QString());
    const QString last = quotedItems.takeLast();
    return QCoreApplication::translate("TextCheck", "%1 or %2").arg(quotedItems.join(QLatin1String(", ")), last);
}

QString quoted(const QString& text)
{
    constexpr int maxLength = 40;
    QString shown = text.size() > maxLength ? text.left(maxLength - 3) + QLatin1String("...") : text;
    shown.replace(u'\n', QLatin1String("\\n"));
    return u'\'' + shown + u'\'';
}
