// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinescan.h"

#include <QList>
#include <QSet>

namespace {
class JsonLineScan
{
    Q_DECLARE_TR_FUNCTIONS(JsonLineScan)
public:
    explicit JsonLineScan(QByteArrayView line)
        : m_line(line)
    {
    }
    std::optional<JsonLineProblem> run();

private:
    struct Frame {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    std::optional<JsonLineProblem> topLevel() const;
    std::optional<JsonLineProblem> string(qsizetype& i);
    std::optional<JsonLineProblem> open(qsizetype i, bool object);
    std::optional<JsonLineProblem> fail(qsizetype offset, const QString& message) const
    {
        return JsonLineProblem { offset, message };
    }

    QByteArrayView m_line;
    QList<Frame> m_frames;
};

int hexValue(QByteArrayView text, qsizetype at)
{
    if (at + 4 > text.size())
        return -1;
    bool ok = false;
    const int value = QByteArray(text.sliced(at, 4).data(), 4).toInt(&ok, 16);
    return ok ? value : -1;
}

QChar unescaped(char escape)
{
    switch (escape) {
    case 'n':
        return u'\n';
    case 't':
        return u'\t';
    case 'r':
        return u'\r';
    case 'b':
        return u'\b';
    case 'f':
        return u'\f';
    default:
        return QLatin1Char(escape);
    }
}

bool isHighSurrogate(int u)
{
    return u >= 0xD800 && u <= 0xDBFF;
}

bool isLowSurrogate(int u)
{
    return u >= 0xDC00 && u <= 0xDFFF;
}

std::optional<JsonLineProblem> JsonLineScan::run()
{
    if (auto problem = topLevel())
        return problem;
    for (qsizetype i = 0; i < m_line.size(); ++i) {
        const char c = m_line.at(i);
        std::optional<JsonLineProblem> problem;
        if (c == '"')
            problem = string(i);
        else if (c == '{' || c == '[')
            problem = open(i, c == '{');
        else if ((c == '}' || c == ']') && !m_frames.isEmpty())
            m_frames.removeLast();
        else if (c == ',' && !m_frames.isEmpty() && m_frames.last().object)
            m_frames.last().expectKey = true;
        else if (c == ':' && !m_frames.isEmpty())
            m_frames.last().expectKey = false;
        if (problem)
            return problem;
    }
    return std::nullopt;
}

std::optional<JsonLineProblem> JsonLineScan::topLevel() const
{
    qsizetype i = 0;
    while (i < m_line.size() && (m_line.at(i) == ' ' || m_line.at(i) == '\t' || m_line.at(i) == '\r'))
        ++i;
    if (i >= m_line.size() || m_line.at(i) == '{')
        return std::nullopt;
    const char c = m_line.at(i);
    QString found;
    if (c == '[')
        found = tr("a list");
    else if (c == '"')
        found = tr("a string");
    else if (c == '-' || (c >= '0' && c <= '9'))
        found = tr("a number");
    else if (m_line.sliced(i).startsWith("true") || m_line.sliced(i).startsWith("false"))
        found = tr("true or false");
    else if (m_line.sliced(i).startsWith("null"))
        found = tr("null");
    else
        return std::nullopt; // not JSON at all: the parser says where
    return fail(i, tr("expected a JSON object such as {\"id\": \"c1\", \"input\": \"...\"}, found %1").arg(found));
}

std::optional<JsonLineProblem> JsonLineScan::open(qsizetype i, bool object)
{
    if (m_frames.size() >= maxJsonNesting)
        return fail(i, tr("nesting deeper than %1 levels; a test case needs far fewer").arg(maxJsonNesting));
    m_frames.append(Frame { object, object, {} });
    return std::nullopt;
}

// Reads the string starting at i, leaves i on its closing quote; checks its escapes and, when
// it is a key, that its object has no other key of the same text.
std::optional<JsonLineProblem> JsonLineScan::string(qsizetype& i)
{
    const qsizetype start = i;
    QString text;
    for (++i; i < m_line.size() && m_line.at(i) != '"'; ++i) {
        if (m_line.at(i) != '\\') {
            const qsizetype end = i;
            while (i + 1 < m_line.size() && m_line.at(i + 1) != '"' && m_line.at(i + 1) != '\\')
                ++i;
            text += QString::fromUtf8(m_line.sliced(end, i - end + 1));
            continue;
        }
        if (i + 1 >= m_line.size())
            break;
        const char escape = m_line.at(++i);
        if (escape != 'u') {
            text += unescaped(escape);
            continue;
        }
        const int unit = hexValue(m_line, i + 1);
        const bool paired = isHighSurrogate(unit) && i + 6 < m_line.size() && m_line.at(i + 5) == '\\'
            && m_line.at(i + 6) == 'u' && isLowSurrogate(hexValue(m_line, i + 7));
        if (isLowSurrogate(unit) || (isHighSurrogate(unit) && !paired))
            return fail(i - 1, tr("\\u%1 is half of a UTF-16 surrogate pair without its other half; it is not a "
                                  "character")
                                   .arg(unit, 4, 16, QLatin1Char('0')));
        text += QChar(char16_t(std::max(unit, 0)));
        if (paired)
            text += QChar(char16_t(hexValue(m_line, i + 7)));
        i += paired ? 10 : 4;
    }
    if (m_frames.isEmpty() || !m_frames.last().object || !m_frames.last().expectKey)
        return std::nullopt;
    Frame& frame = m_frames.last();
    frame.expectKey = false;
    if (frame.keys.contains(text))
        return fail(start, tr("duplicate key \"%1\" in this object; each key may appear once").arg(text));
    frame.keys.insert(text);
    return std::nullopt;
}
} // namespace

std::optional<JsonLineProblem> scanJsonLine(QByteArrayView line)
{
    return JsonLineScan(line).run();
}
