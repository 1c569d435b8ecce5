// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalarstyle.h"

#include "../yamlemitter.h"
#include "foldedtext.h"
#include "textedits.h"

namespace {
constexpr int indentStep = 2;

bool hasFlowIndicator(const QString& value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) { return QStringLiteral(",[]{}").contains(c); });
}

// The writer keeps numbers plain although they are no plain-safe text; they stay so here.
bool keepsPlain(const YamlNode& canonical, bool flow)
{
    const QString& value = canonical.scalar;
    if (canonical.style == YamlNode::Style::Plain && !value.contains(u'\n'))
        return !flow || !hasFlowIndicator(value);
    return yamlPlainSafe(value, flow);
}

QString singleQuoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(u'\'', QLatin1String("''"));
    return u'\'' + escaped + u'\'';
}

QString inlineText(const YamlNode& old, const YamlNode& canonical, bool flow)
{
    const QString& value = canonical.scalar;
    if (old.style == YamlNode::Style::SingleQuoted && yamlPrintable(value, false))
        return singleQuoted(value);
    if (old.style != YamlNode::Style::DoubleQuoted && keepsPlain(canonical, flow))
        return value;
    return yamlDoubleQuoted(value);
}

int contentIndent(const QByteArray& text, const YamlNode& old)
{
    for (qsizetype i = old.contentStart; i < old.end; i = lineAfter(text, i + 1)) {
        int spaces = 0;
        while (i + spaces < text.size() && text.at(i + spaces) == ' ')
            ++spaces;
        if (i + spaces < text.size() && text.at(i + spaces) != '\n')
            return spaces;
    }
    return -1;
}

// The content lines of a block scalar, without their indentation.
QStringList contentLines(const QByteArray& text, const YamlNode& old, int indent)
{
    QStringList lines;
    const QByteArray content = text.mid(old.contentStart, old.end - old.contentStart);
    const QByteArrayList raw = content.endsWith('\n') ? content.chopped(1).split('\n') : content.split('\n');
    for (const QByteArray& line : raw)
        lines.append(QString::fromUtf8(line.mid(indent)));
    return lines;
}

QString joinedLines(const QStringList& lines, int indent)
{
    QString result;
    for (const QString& line : lines)
        result += (line.isEmpty() ? QString() : QString(indent, u' ') + line) + u'\n';
    return result;
}

// A folded scalar rewritten line by line; empty when the old or the new value is not simple.
QString refolded(const QByteArray& text, const YamlNode& old, const QString& value, int indent)
{
    const QString header = QString::fromUtf8(text.mid(old.start, old.headerEnd - old.start));
    const bool strip = header == QLatin1String(">-");
    if (!strip && header != QLatin1String(">"))
        return {};
    const QString body = strip ? value : value.chopped(value.endsWith(u'\n') ? 1 : 0);
    const QStringList oldLines = contentLines(text, old, indent);
    if ((!strip && !value.endsWith(u'\n'))
        || oldLines.join(u' ') + (strip ? QString() : QStringLiteral("\n")) != old.scalar)
        return {};
    const std::optional<QStringList> lines = refoldedLines(oldLines, body);
    return lines ? header + QString::fromUtf8(text.mid(old.headerEnd, old.contentStart - old.headerEnd))
            + joinedLines(*lines, indent)
                 : QString();
}

QString reliteral(const QByteArray& text, const YamlNode& old, const QString& value, int indent)
{
    if (value.isEmpty() || value.front().isSpace() || !yamlPrintable(value, true))
        return {};
    const QString block = yamlLiteralBlock(value, indent);
    const qsizetype headerLength = block.indexOf(u'\n');
    const QString rest = QString::fromUtf8(text.mid(old.headerEnd, old.contentStart - old.headerEnd));
    return block.left(headerLength) + rest + block.mid(headerLength + 1) + u'\n';
}

// A literal stays literal; a folded scalar keeps its lines where it can, else (line breaks in the
// new value) becomes literal; what fits neither is written on the indicator's line.
QByteArray blockReplacement(const QByteArray& text, const YamlNode& old, const YamlNode& canonical)
{
    const int indent = contentIndent(text, old);
    QString written;
    if (indent > 0 && old.style == YamlNode::Style::Folded)
        written = refolded(text, old, canonical.scalar, indent);
    if (indent > 0 && written.isEmpty())
        written = reliteral(text, old, canonical.scalar, indent);
    if (written.isEmpty())
        written = inlineText(old, canonical, false) + u'\n';
    return written.toUtf8();
}

bool restOfLineBlank(const QByteArray& text, qsizetype position)
{
    const qsizetype next = lineAfter(text, position);
    return text.mid(position, next - position).trimmed().isEmpty();
}
} // namespace

QByteArray scalarReplacement(const QByteArray& text, const YamlNode& old, const YamlNode& canonical,
                             const ScalarPlace& place)
{
    if (old.isBlockScalar())
        return blockReplacement(text, old, canonical);
    const QString& value = canonical.scalar;
    const bool wantsBlock = !place.flow && value.contains(u'\n') && restOfLineBlank(text, old.end)
        && canonical.style == YamlNode::Style::Literal;
    if (wantsBlock)
        return yamlLiteralBlock(value, place.ownerColumn + indentStep).toUtf8();
    return inlineText(old, canonical, place.flow).toUtf8();
}

QByteArray flowText(const YamlNode& node)
{
    if (node.kind == YamlNode::Kind::Scalar) {
        YamlNode plain;
        plain.style = YamlNode::Style::Plain;
        return inlineText(plain, node, true).toUtf8();
    }
    QByteArrayList parts;
    for (qsizetype i = 0; i < node.children.size(); ++i) {
        if (node.kind == YamlNode::Kind::Sequence)
            parts.append(flowText(node.children.at(i)));
        else if (i % 2 == 1)
            parts.append(flowText(node.children.at(i - 1)) + ": " + flowText(node.children.at(i)));
    }
    const bool sequence = node.kind == YamlNode::Kind::Sequence;
    return (sequence ? "[" : "{") + parts.join(", ") + (sequence ? "]" : "}");
}
