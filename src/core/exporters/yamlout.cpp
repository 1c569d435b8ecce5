// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlout.h"

#include <QRegularExpression>

namespace {
bool looksLikeOtherType(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:[-+]?(?:\\.[0-9]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|[yY]|[nN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE"
        "|on|On|ON|off|Off|OFF|~|null|Null|NULL|[0-9:]+(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?)$"));
    return text.isEmpty() || pattern.match(text).hasMatch();
}
} // namespace

YAML::Emitter& operator<<(YAML::Emitter& out, const QString& text)
{
    if (looksLikeOtherType(text))
        out << YAML::DoubleQuoted;
    return out << text.toStdString();
}

void emitNumber(YAML::Emitter& out, const QString& number)
{
    out << number.toStdString();
}

void emitFlowList(YAML::Emitter& out, const QStringList& items)
{
    out << YAML::Flow << YAML::BeginSeq;
    for (const QString& item : items)
        out << item;
    out << YAML::EndSeq;
}

QString emitted(const YAML::Emitter& out)
{
    QString text = QString::fromUtf8(out.c_str());
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text;
}

QString indented(const QString& text, int spaces)
{
    const QString indent(spaces, u' ');
    QStringList lines = text.split(u'\n');
    for (QString& line : lines) {
        if (!line.isEmpty())
            line.prepend(indent);
    }
    return lines.join(u'\n');
}
