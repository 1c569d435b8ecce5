// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamltree.h"

#include <libfyaml.h>
#include <memory>
#include <QRegularExpression>

namespace {
struct ParserDeleter {
    void operator()(fy_parser* parser) const { fy_parser_destroy(parser); }
};

// Reads events one by one; every event is freed as soon as it has been looked at.
class EventReader
{
public:
    explicit EventReader(const QByteArray& text)
        : m_text(text)
    {
        fy_parse_cfg config {};
        config.flags = FYPCF_QUIET;
        m_parser.reset(fy_parser_create(&config));
        if (!m_parser || fy_parser_set_string(m_parser.get(), text.constData(), size_t(text.size())) != 0)
            m_failed = true;
    }

    std::optional<YamlNode> document();

private:
    struct Event {
        fy_event_type type = FYET_NONE;
        fy_node_style style = FYNS_ANY;
        qsizetype start = -1;
        qsizetype end = -1;
        QString value;
        bool tagged = false;
    };

    bool next(Event& event);
    bool expect(fy_event_type type);
    std::optional<YamlNode> node(const Event& first);
    std::optional<YamlNode> collection(const Event& first, YamlNode::Kind kind);
    std::optional<YamlNode> scalar(const Event& event);
    bool findBlockHeader(YamlNode& node) const;

    const QByteArray& m_text;
    std::unique_ptr<fy_parser, ParserDeleter> m_parser;
    bool m_failed = false;
};

bool EventReader::next(Event& event)
{
    if (m_failed)
        return false;
    fy_event* raw = fy_parser_parse(m_parser.get());
    if (!raw) {
        m_failed = true;
        return false;
    }
    event = Event {};
    event.type = raw->type;
    event.style = fy_event_get_node_style(raw);
    if (const fy_mark* mark = fy_event_start_mark(raw))
        event.start = qsizetype(mark->input_pos);
    if (const fy_mark* mark = fy_event_end_mark(raw))
        event.end = qsizetype(mark->input_pos);
    event.tagged = fy_event_get_tag_token(raw) != nullptr;
    if (raw->type == FYET_SCALAR) {
        size_t length = 0;
        const char* text = fy_token_get_text(raw->scalar.value, &length);
        event.value = text ? QString::fromUtf8(text, qsizetype(length)) : QString();
    }
    fy_parser_event_free(m_parser.get(), raw);
    return !fy_parser_get_stream_error(m_parser.get());
}

bool EventReader::expect(fy_event_type type)
{
    Event event;
    return next(event) && event.type == type;
}

std::optional<YamlNode> EventReader::document()
{
    Event first;
    if (!expect(FYET_STREAM_START) || !expect(FYET_DOCUMENT_START) || !next(first))
        return std::nullopt;
    std::optional<YamlNode> root = node(first);
    if (!root || !expect(FYET_DOCUMENT_END) || !expect(FYET_STREAM_END))
        return std::nullopt;
    return root;
}

std::optional<YamlNode> EventReader::node(const Event& first)
{
    if (first.tagged)
        return std::nullopt;
    switch (first.type) {
    case FYET_SCALAR:
        return scalar(first);
    case FYET_MAPPING_START:
        return collection(first, YamlNode::Kind::Mapping);
    case FYET_SEQUENCE_START:
        return collection(first, YamlNode::Kind::Sequence);
    default:
        return std::nullopt; // aliases, and anything else a workspace has no use for
    }
}

std::optional<YamlNode> EventReader::collection(const Event& first, YamlNode::Kind kind)
{
    YamlNode result;
    result.kind = kind;
    result.style = first.style == FYNS_FLOW ? YamlNode::Style::Flow : YamlNode::Style::Block;
    result.start = first.start;
    const fy_event_type endType = kind == YamlNode::Kind::Mapping ? FYET_MAPPING_END : FYET_SEQUENCE_END;
    Event event;
    while (next(event) && event.type != endType) {
        std::optional<YamlNode> child = node(event);
        if (!child)
            return std::nullopt;
        result.children.append(std::move(*child));
    }
    if (event.type != endType)
        return std::nullopt;
    if (result.style == YamlNode::Style::Flow) {
        result.end = event.end;
    } else {
        // A block collection's end event lies at the next token, past comments and blank lines.
        for (const YamlNode& child : std::as_const(result.children))
            result.end = std::max(result.end, child.end);
    }
    return result;
}

std::optional<YamlNode> EventReader::scalar(const Event& event)
{
    YamlNode result;
    result.scalar = event.value;
    if (event.style == FYNS_ANY || event.start == event.end)
        return result; // an empty value: no text of its own
    result.start = event.start;
    result.end = event.end;
    switch (event.style) {
    case FYNS_SINGLE_QUOTED:
    case FYNS_DOUBLE_QUOTED:
        result.style
            = event.style == FYNS_SINGLE_QUOTED ? YamlNode::Style::SingleQuoted : YamlNode::Style::DoubleQuoted;
        result.start -= 1; // the token holds what lies between the quotes
        result.end += 1;
        return result;
    case FYNS_LITERAL:
    case FYNS_FOLDED:
        result.style = event.style == FYNS_LITERAL ? YamlNode::Style::Literal : YamlNode::Style::Folded;
        if (!findBlockHeader(result))
            return std::nullopt;
        return result;
    default:
        return result;
    }
}

// A block scalar's token starts on the line after its indicator and may end after the next
// line's indentation; the node is made to span indicator to the line after its content.
bool EventReader::findBlockHeader(YamlNode& node) const
{
    static const QRegularExpression header(QStringLiteral("[|>][0-9+-]*(?=[ \\t]*(#.*)?$)"));
    if (node.start < 2 || m_text.at(node.start - 1) != '\n')
        return false;
    const qsizetype lineBegin = m_text.lastIndexOf('\n', node.start - 2) + 1;
    const QString line = QString::fromUtf8(m_text.mid(lineBegin, node.start - 1 - lineBegin));
    const QRegularExpressionMatch match = header.match(line);
    if (!match.hasMatch())
        return false;
    node.contentStart = node.start;
    node.start = lineBegin + line.left(match.capturedStart()).toUtf8().size();
    node.headerEnd = node.start + match.capturedLength();
    while (node.end > node.contentStart && m_text.at(node.end - 1) == ' ')
        --node.end;
    return node.end == m_text.size() || m_text.at(node.end - 1) == '\n';
}
} // namespace

qsizetype YamlNode::findKey(const QString& name) const
{
    for (qsizetype pair = 0; pair < pairCount(); ++pair) {
        if (key(pair).kind == Kind::Scalar && key(pair).scalar == name)
            return pair;
    }
    return -1;
}

bool sameContent(const YamlNode& a, const YamlNode& b)
{
    if (a.kind != b.kind || a.scalar != b.scalar || a.children.size() != b.children.size())
        return false;
    for (qsizetype i = 0; i < a.children.size(); ++i) {
        if (!sameContent(a.children.at(i), b.children.at(i)))
            return false;
    }
    return true;
}

std::optional<YamlNode> readYamlTree(const QByteArray& text)
{
    return EventReader(text).document();
}
