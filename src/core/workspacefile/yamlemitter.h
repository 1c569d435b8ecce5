// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariant>
#include <utility>

// Writes block-style YAML line by line, for files people read and diff: two-space indentation,
// lists of mappings as "- key: value" items, multi-line and long text as literal blocks, short
// lists of simple items in flow style. Keys are written in the order they are given.
class YamlEmitter
{
public:
    void beginMap(const QString& key);
    void endMap();
    void beginList(const QString& key);
    void endList();
    void beginItem(); // a mapping in a list: its first key is written after "- "
    void endItem();

    void text(const QString& key, const QString& value);
    void number(const QString& key, double value);
    void integer(const QString& key, qint64 value);
    void list(const QString& key, const QStringList& items); // [a, b] when it fits, else a block list
    void numberList(const QString& key, const QList<double>& values);
    // A short mapping such as a word-count's bounds, in flow style: {min: 1, max: 5}. Entries are
    // written in the order given; decimal numbers stay unquoted.
    void mapping(const QString& key, const QList<std::pair<QString, QString>>& entries);
    // A scorer's value: text, a number or a list (mappings: see mapping()). Text that is a
    // decimal number is written plain.
    void variant(const QString& key, const QVariant& value);
    // A flow collection written as given, such as a JSON schema in JSON (which is YAML too).
    void flow(const QString& key, const QString& flowText) { line(key, flowText); }

    QByteArray toUtf8() const { return m_text.toUtf8(); }

private:
    QString linePrefix();
    void line(const QString& key, const QString& scalar);
    void writeList(const QString& key, const QStringList& items, bool numbersPlain);

    QString m_text;
    int m_indent = 0;
    bool m_itemPending = false;
};

// How a string is written as a YAML scalar: plain when that reads back as the same text, else a
// literal block (block context only) or a double-quoted string.
QString yamlScalar(const QString& text, int indent, bool flow = false);
QString yamlNumber(double value);
// The pieces yamlScalar() chooses between, for code that keeps a scalar's existing style.
bool yamlPlainSafe(const QString& text, bool flow);
bool yamlPrintable(const QString& text, bool allowNewline);
QString yamlDoubleQuoted(const QString& text);
// "|-", "|" or "|+" (by the text's final line breaks) and the lines indented by indent.
QString yamlLiteralBlock(const QString& text, int indent);
// yamlScalar(), except that with numbersPlain a decimal number such as 5 or 0.25 stays unquoted.
QString valueScalar(const QString& text, int indent, bool flow, bool numbersPlain);
