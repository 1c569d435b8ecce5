// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlguard.h"

#include "textcheck.h"

#include <QCoreApplication>
#include <QList>

namespace {
class YamlGuard
{
    Q_DECLARE_TR_FUNCTIONS(YamlGuard)
};

// One pass over the text, line by line, that tracks what may open a level of nesting.
class NestingScan
{
public:
    std::optional<qsizetype> run(const QByteArray& text);

private:
    std::optional<qsizetype> scanLine(QByteArrayView line, qsizetype start);
    bool atTokenStart(QByteArrayView line, qsizetype i) const;
    static bool opensBlockScalar(QByteArrayView line);
    static int indentOf(QByteArrayView line);

    QList<int> m_indents; // open block levels, by indentation
    int m_flowDepth = 0;
    char m_quote = 0; // inside a quoted scalar that goes on over lines
    int m_blockScalarParent = -1; // inside a literal or folded scalar: the indentation of its parent
};

int NestingScan::indentOf(QByteArrayView line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == ' ')
        ++indent;
    return indent;
}

bool NestingScan::atTokenStart(QByteArrayView line, qsizetype i) const
{
    if (i == indentOf(line))
        return true;
    const char before = line.at(i - 1);
    return before == ' ' || before == '\t' || before == '[' || before == '{' || before == ',';
}

// "key: |", "- >-", "key: &a |2": what follows, more indented, is text, whatever it holds.
bool NestingScan::opensBlockScalar(QByteArrayView line)
{
    const qsizetype hash = line.indexOf(" #");
    QByteArrayView content = (hash >= 0 ? line.first(hash) : line).trimmed();
    while (!content.isEmpty()
           && (content.back() == '-' || content.back() == '+' || (content.back() >= '0' && content.back() <= '9')))
        content.chop(1);
    if (content.isEmpty() || (content.back() != '|' && content.back() != '>'))
        return false;
    content.chop(1);
    return content.isEmpty() || content.back() == ' ' || content.back() == '\t';
}

std::optional<qsizetype> NestingScan::run(const QByteArray& text)
{
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        if (const auto offset = scanLine(QByteArrayView(text).sliced(start, end - start), start))
            return offset;
        start = end + 1;
    }
    return std::nullopt;
}

std::optional<qsizetype> NestingScan::scanLine(QByteArrayView line, qsizetype start)
{
    const int indent = indentOf(line);
    const bool blank = line.trimmed().isEmpty();
    if (m_blockScalarParent >= 0) {
        if (blank || indent > m_blockScalarParent)
            return std::nullopt;
        m_blockScalarParent = -1;
    }
    if (m_quote == 0 && m_flowDepth == 0 && !blank && line.at(indent) != '#') {
        while (!m_indents.isEmpty() && m_indents.last() >= indent)
            m_indents.removeLast();
        m_indents.append(indent);
    }
    int compact = 0;
    for (qsizetype i = indent; i < line.size(); ++i) {
        const char c = line.at(i);
        if (m_quote != 0) {
            const bool escaped = m_quote == '"' && c == '\\';
            const bool doubledQuote = c == m_quote && m_quote == '\'' && i + 1 < line.size() && line.at(i + 1) == '\'';
            if (escaped || doubledQuote)
                ++i; // the next character is part of the text
            else if (c == m_quote)
                m_quote = 0;
            continue;
        }
        if (c == '#' && (i == 0 || line.at(i - 1) == ' ' || line.at(i - 1) == '\t'))
            break;
        if ((c == ']' || c == '}') && m_flowDepth > 0)
            --m_flowDepth;
        if (!atTokenStart(line, i))
            continue;
        const bool indicator = i + 1 >= line.size() || line.at(i + 1) == ' ';
        if ((c == '-' || c == '?') && indicator && m_flowDepth == 0)
            ++compact;
        else if (c == '"' || c == '\'')
            m_quote = c;
        else if (c == '[' || c == '{')
            ++m_flowDepth;
        if (m_indents.size() + compact + m_flowDepth > maxYamlNesting)
            return start + i;
    }
    if (m_quote == 0 && m_flowDepth == 0 && opensBlockScalar(line))
        m_blockScalarParent = indent;
    return std::nullopt;
}

QString shownTag(const std::string& tag)
{
    static const std::string core = "tag:yaml.org,2002:";
    if (tag.rfind(core, 0) == 0)
        return QStringLiteral("!!") + QString::fromStdString(tag.substr(core.size()));
    return QString::fromStdString(tag);
}

bool isReadableTag(const std::string& tag)
{
    if (tag.empty() || tag == "?" || tag == "!")
        return true; // untagged: the common case, without building strings
    static const QStringList allowed = { QString(), QStringLiteral("?"), QStringLiteral("!"),
                                         QStringLiteral("!!str"), QStringLiteral("!!int"), QStringLiteral("!!float"),
                                         QStringLiteral("!!bool"), QStringLiteral("!!null"), QStringLiteral("!!seq"),
                                         QStringLiteral("!!map") };
    return allowed.contains(shownTag(tag));
}

// Walks the tree as the readers would see it, aliases expanded, within budgets that a file
// without aliases never reaches.
class NodeWalk
{
public:
    NodeWalk(YamlErrors& errors, qsizetype textSize)
        : m_errors(errors)
        , m_nodeBudget(qint64(textSize) + 100'000)
        , m_byteBudget(2 * qint64(textSize) + 1'000'000)
    {
    }
    bool run(const YAML::Node& root)
    {
        visit(root, 1);
        return !m_stopped;
    }

private:
    void visit(const YAML::Node& node, int depth);
    void checkScalar(const YAML::Node& node);
    void stop(const YAML::Node& node, const QString& message)
    {
        m_errors.add(node, message);
        m_stopped = true;
    }

    YamlErrors& m_errors;
    qint64 m_nodeBudget;
    qint64 m_byteBudget;
    bool m_stopped = false;
};

void NodeWalk::visit(const YAML::Node& node, int depth)
{
    if (m_stopped)
        return;
    if (depth > maxYamlNesting)
        return stop(node,
                    YamlGuard::tr("nesting deeper than %1 levels, counting what aliases refer to (does an alias "
                                  "refer to a node that contains it?)")
                        .arg(maxYamlNesting));
    if (--m_nodeBudget < 0)
        return stop(node, YamlGuard::tr("the aliases in this file expand to more values than such a file can hold; "
                                        "an alias bomb? Write the values out instead"));
    if (!isReadableTag(node.Tag()))
        m_errors.add(node, YamlGuard::tr("the YAML tag '%1' is not supported; Signalbox reads plain values: remove "
                                         "the tag")
                               .arg(shownTag(node.Tag())));
    if (node.IsScalar())
        return checkScalar(node);
    if (node.IsSequence()) {
        for (const YAML::Node& item : node)
            visit(item, depth + 1);
    } else if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            visit(it->first, depth + 1);
            visit(it->second, depth + 1);
        }
    }
}

void NodeWalk::checkScalar(const YAML::Node& node)
{
    const std::string& text = node.Scalar();
    m_byteBudget -= qint64(text.size());
    if (m_byteBudget < 0)
        return stop(node, YamlGuard::tr("the aliases in this file expand to more text than such a file can hold; "
                                        "an alias bomb? Write the values out instead"));
    if (firstInvalidUtf8Byte(QByteArray::fromStdString(text)))
        m_errors.add(node, YamlGuard::tr("this text holds an escape that is no character: half of a UTF-16 "
                                         "surrogate pair (such as \\ud800) without its other half"));
}
} // namespace

std::optional<qsizetype> excessiveNesting(const QByteArray& text)
{
    return NestingScan().run(text);
}

std::optional<FileError> yamlTextError(const QByteArray& text, const QString& file)
{
    if (auto error = utf8Error(text, file))
        return error;
    if (auto error = controlByteError(text, file, false))
        return error;
    const auto offset = excessiveNesting(text);
    if (!offset)
        return std::nullopt;
    const TextPosition at = positionOfByte(text, *offset);
    return FileError { file, at.line, at.column,
                       YamlGuard::tr("nesting deeper than %1 levels; such a file needs far fewer (is a bracket "
                                     "left open?)")
                           .arg(maxYamlNesting) };
}

bool checkYamlNodes(const YAML::Node& root, YamlErrors& errors, qsizetype textSize)
{
    return NodeWalk(errors, textSize).run(root);
}
