// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlemitter.h"

#include <algorithm>
#include <cmath>
#include <QLocale>
#include <QRegularExpression>

namespace {
constexpr int indentStep = 2;
constexpr int literalMinLength = 80; // single-line text longer than this goes to a literal block
constexpr int flowMaxLength = 100;

bool isLineBreakLike(QChar c)
{
    return c == QChar(0x85) || c == QChar(0x2028) || c == QChar(0x2029) || c == QChar(0xFEFF);
}

bool isPrintable(QChar c, bool allowNewline)
{
    if (c == u'\n')
        return allowNewline;
    if (c == u'\t')
        return true;
    return c.unicode() >= 0x20 && c.unicode() != 0x7F && !(c.unicode() >= 0x80 && c.unicode() < 0xA0)
        && !isLineBreakLike(c);
}

bool allPrintable(const QString& text, bool allowNewline)
{
    return std::all_of(text.cbegin(), text.cend(), [&](QChar c) { return isPrintable(c, allowNewline); });
}

// Text that other YAML readers would take for a boolean, a number or null (YAML 1.1 and 1.2);
// Signalbox reads it back as text either way, but quoting keeps the file's meaning plain to all.
bool looksLikeOtherType(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:[-+]?(?:\\.[0-9]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|[-+]?\\.(?:"
        "inf|Inf|INF)"
        "|\\.(?:nan|NaN|NAN)|[yY]|[nN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|~|null|Null|NULL)$"));
    return pattern.match(text).hasMatch();
}

bool isPlainSafe(const QString& text, bool flow)
{
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    static const QString flowIndicators = QStringLiteral(",[]{}");
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace() || indicators.contains(text.front()))
        return false;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")) || text.endsWith(u':')
        || looksLikeOtherType(text))
        return false;
    if (flow && std::any_of(text.cbegin(), text.cend(), [](QChar c) { return flowIndicators.contains(c); }))
        return false;
    return allPrintable(text, false) && !text.contains(u'\t');
}

bool isLiteralSafe(const QString& text)
{
    const bool wanted = text.contains(u'\n') || text.size() > literalMinLength;
    return wanted && !text.isEmpty() && !text.front().isSpace() && allPrintable(text, true);
}

QString doubleQuoted(const QString& text)
{
    QString result = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            result += u'\\' + QString(c);
        else if (c == u'\n')
            result += QLatin1String("\\n");
        else if (c == u'\t')
            result += QLatin1String("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F || (c.unicode() >= 0x80 && c.unicode() < 0xA0))
            result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else if (isLineBreakLike(c))
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result + u'"';
}

QString literalBlock(const QString& text, int indent)
{
    qsizetype trailing = 0;
    while (trailing < text.size() && text.at(text.size() - 1 - trailing) == u'\n')
        ++trailing;
    const QString chomping = trailing == 0 ? QStringLiteral("|-")
        : trailing == 1                    ? QStringLiteral("|")
                                           : QStringLiteral("|+");
    QString result = chomping;
    const QStringList lines = text.left(text.size() - trailing).split(u'\n');
    const QString spaces(indent, u' ');
    for (const QString& line : lines)
        result += u'\n' + (line.isEmpty() ? QString() : spaces + line);
    for (qsizetype i = 1; i < trailing; ++i)
        result += u'\n';
    return result;
}
} // namespace

bool yamlPlainSafe(const QString& text, bool flow)
{
    return isPlainSafe(text, flow);
}

bool yamlPrintable(const QString& text, bool allowNewline)
{
    return allPrintable(text, allowNewline);
}

QString yamlDoubleQuoted(const QString& text)
{
    return doubleQuoted(text);
}

QString yamlLiteralBlock(const QString& text, int indent)
{
    return literalBlock(text, indent);
}

QString yamlScalar(const QString& text, int indent, bool flow)
{
    if (!flow && isLiteralSafe(text))
        return literalBlock(text, indent);
    if (isPlainSafe(text, flow))
        return text;
    return doubleQuoted(text);
}

QString valueScalar(const QString& text, int indent, bool flow, bool numbersPlain)
{
    static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (numbersPlain && decimal.match(text).hasMatch())
        return text;
    return yamlScalar(text, indent, flow);
}

QString yamlNumber(double value)
{
    if (value == qint64(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString YamlEmitter::linePrefix()
{
    if (!m_itemPending)
        return QString(m_indent, u' ');
    m_itemPending = false;
    return QString(m_indent - indentStep, u' ') + QLatin1String("- ");
}

void YamlEmitter::line(const QString& key, const QString& scalar)
{
    m_text += linePrefix() + yamlScalar(key, 0, true) + u':';
    if (!scalar.isEmpty())
        m_text += u' ' + scalar;
    m_text += u'\n';
}

void YamlEmitter::beginMap(const QString& key)
{
    line(key, QString());
    m_indent += indentStep;
}

void YamlEmitter::endMap()
{
    m_indent -= indentStep;
}

void YamlEmitter::beginList(const QString& key)
{
    beginMap(key);
}

void YamlEmitter::endList()
{
    endMap();
}

void YamlEmitter::beginItem()
{
    m_indent += indentStep;
    m_itemPending = true;
}

void YamlEmitter::endItem()
{
    m_indent -= indentStep;
    m_itemPending = false;
}

void YamlEmitter::text(const QString& key, const QString& value)
{
    line(key, yamlScalar(value, m_indent + indentStep));
}

void YamlEmitter::number(const QString& key, double value)
{
    line(key, yamlNumber(value));
}

void YamlEmitter::integer(const QString& key, qint64 value)
{
    line(key, QString::number(value));
}

void YamlEmitter::list(const QString& key, const QStringList& items)
{
    writeList(key, items, false);
}

void YamlEmitter::writeList(const QString& key, const QStringList& items, bool numbersPlain)
{
    QStringList flowItems;
    for (const QString& item : items)
        flowItems.append(valueScalar(item, 0, true, numbersPlain));
    const QString flow = u'[' + flowItems.join(QLatin1String(", ")) + u']';
    const bool fits = m_indent + key.size() + 2 + flow.size() <= flowMaxLength;
    if (fits) {
        line(key, flow);
        return;
    }
    beginList(key);
    for (const QString& item : items)
        m_text += QString(m_indent, u' ') + QLatin1String("- ")
            + valueScalar(item, m_indent + indentStep, false, numbersPlain) + u'\n';
    endList();
}

void YamlEmitter::numberList(const QString& key, const QList<double>& values)
{
    QStringList items;
    for (const double value : values)
        items.append(yamlNumber(value));
    line(key, u'[' + items.join(QLatin1String(", ")) + u']');
}

void YamlEmitter::mapping(const QString& key, const QList<std::pair<QString, QString>>& entries)
{
    QStringList flowItems;
    for (const auto& [name, value] : entries)
        flowItems.append(yamlScalar(name, 0, true) + QLatin1String(": ") + valueScalar(value, 0, true, true));
    line(key, u'{' + flowItems.join(QLatin1String(", ")) + u'}');
}

void YamlEmitter::variant(const QString& key, const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
        writeList(key, value.toStringList(), true);
        return;
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        number(key, value.toDouble());
        return;
    default:
        line(key, valueScalar(value.toString(), m_indent + indentStep, false, true));
    }
}
