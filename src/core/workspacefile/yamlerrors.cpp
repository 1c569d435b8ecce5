// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlerrors.h"

#include <optional>

namespace {
// How many characters of a quoted scalar's source the one at i stands for: an escape is longer.
qsizetype sourceLength(const QString& source, qsizetype i)
{
    const QChar quote = source.front();
    if (quote == u'\'')
        return source.mid(i, 2) == QLatin1String("''") ? 2 : 1;
    if (source.at(i) != u'\\' || i + 1 >= source.size())
        return 1;
    switch (source.at(i + 1).unicode()) {
    case u'x':
        return 4;
    case u'u':
        return 6;
    case u'U':
        return 10;
    default:
        return 2;
    }
}

bool closesQuote(const QString& source, qsizetype i)
{
    return source.at(i) == source.front() && sourceLength(source, i) == 1;
}

std::optional<qsizetype> quotedIndex(const QString& source, qsizetype offset)
{
    qsizetype i = 1;
    for (qsizetype decoded = 0; decoded < offset; ++decoded) {
        if (i >= source.size() || closesQuote(source, i))
            return std::nullopt; // the scalar goes on past this line
        i += sourceLength(source, i);
    }
    return i < source.size() ? std::optional(i) : std::nullopt;
}

// Where the character at offset in text sits in source, the scalar's line from its first
// character; nothing for block scalars and scalars over several lines.
std::optional<qsizetype> sourceIndex(const QString& source, const QString& text, qsizetype offset)
{
    if (source.isEmpty() || offset > text.size())
        return std::nullopt;
    if (source.front() == u'\'' || source.front() == u'"')
        return quotedIndex(source, offset);
    if (source.startsWith(text))
        return offset;
    return std::nullopt;
}
} // namespace

YamlErrors::YamlErrors(const QString& file, FileErrors* out, int fallbackLine)
    : m_file(file)
    , m_out(out)
    , m_fallbackLine(fallbackLine)
{
}

void YamlErrors::setSource(const QByteArray& text)
{
    m_lines = text.split('\n');
}

QByteArray YamlErrors::lineBytes(int line) const
{
    return line >= 0 && line < m_lines.size() ? m_lines.at(line) : QByteArray();
}

void YamlErrors::add(const YAML::Mark& mark, const QString& message)
{
    m_out->append(located(mark, message));
}

void YamlErrors::addWarning(const YAML::Mark& mark, const QString& message)
{
    if (m_warnings)
        m_warnings->append(located(mark, message));
}

FileError YamlErrors::located(const YAML::Mark& mark, const QString& message) const
{
    if (mark.is_null())
        return FileError { m_file, m_fallbackLine, m_fallbackLine > 0 ? 1 : 0, message };
    int column = mark.column;
    if (!m_lines.isEmpty() && column > 0)
        column = int(QString::fromUtf8(lineBytes(mark.line).left(column)).size());
    return FileError { m_file, mark.line + 1, column + 1, message };
}

YAML::Mark YamlErrors::markInScalar(const YAML::Node& node, int offset) const
{
    YAML::Mark mark = node.Mark();
    if (mark.is_null() || !node.IsScalar() || offset < 0 || m_lines.isEmpty())
        return mark;
    const QString source = QString::fromUtf8(lineBytes(mark.line).mid(mark.column));
    if (const auto index = sourceIndex(source, QString::fromStdString(node.Scalar()), offset)) {
        const int bytes = int(source.left(*index).toUtf8().size());
        mark.column += bytes;
        mark.pos += bytes;
    }
    return mark;
}
