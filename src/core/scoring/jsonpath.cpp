// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
class PathParser
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)
public:
    explicit PathParser(const QString& text)
        : m_text(text)
    {
    }

    bool parse();
    QList<JsonPath::Step> steps;
    JsonPath::Problem problem;

private:
    enum class State { Start, AfterStep, AfterDot };
    bool fail(qsizetype offset, const QString& message);
    bool step(State* state);
    bool name();
    bool bracket();
    bool quotedKey(qsizetype close);

    const QString& m_text;
    qsizetype m_pos = 0;
};

bool PathParser::parse()
{
    if (m_text.trimmed().isEmpty())
        return fail(0, tr("empty path; expected a field name such as customer.id"));
    State state = State::Start;
    if (m_text.startsWith(u'$')) {
        m_pos = 1;
        state = State::AfterStep;
    }
    while (m_pos < m_text.size()) {
        if (!step(&state))
            return false;
    }
    if (state == State::AfterDot)
        return fail(m_pos, tr("expected a field name after '.'"));
    return true;
}

bool PathParser::step(State* state)
{
    const QChar c = m_text.at(m_pos);
    if (c == u'[') {
        if (*state == State::AfterDot)
            return fail(m_pos, tr("expected a field name after '.', found '['"));
        *state = State::AfterStep;
        return bracket();
    }
    if (c == u'.') {
        if (*state != State::AfterStep)
            return fail(m_pos, tr("expected a field name before '.'"));
        ++m_pos;
        *state = State::AfterDot;
        return true;
    }
    if (c == u']')
        return fail(m_pos, tr("unexpected ']' without '['"));
    if (*state == State::AfterStep)
        return fail(m_pos, tr("expected '.' or '[' before '%1'").arg(c));
    *state = State::AfterStep;
    return name();
}

bool PathParser::name()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && m_text.at(m_pos) != u'.' && m_text.at(m_pos) != u'[' && m_text.at(m_pos) != u']')
        ++m_pos;
    steps.append({ m_text.mid(start, m_pos - start) });
    return true;
}

bool PathParser::bracket()
{
    const qsizetype open = m_pos;
    const QChar first = open + 1 < m_text.size() ? m_text.at(open + 1) : QChar();
    if (first == u'"' || first == u'\'')
        return quotedKey(m_text.indexOf(first, open + 2));
    const qsizetype close = m_text.indexOf(u']', open);
    if (close < 0)
        return fail(open, tr("'[' is not closed; expected ']'"));
    bool ok = false;
    const int index = m_text.mid(open + 1, close - open - 1).toInt(&ok);
    if (!ok)
        return fail(open + 1,
                    tr("expected a list index (0, 1, ..., or -1 for the last) or a quoted key between '[' and ']'"));
    steps.append({ QString(), index });
    m_pos = close + 1;
    return true;
}

bool PathParser::quotedKey(qsizetype close)
{
    if (close < 0 || close + 1 >= m_text.size() || m_text.at(close + 1) != u']')
        return fail(m_pos + 1, tr("the quoted key is not closed; expected %1] after it").arg(m_text.at(m_pos + 1)));
    steps.append({ m_text.mid(m_pos + 2, close - m_pos - 2) });
    m_pos = close + 2;
    return true;
}

bool PathParser::fail(qsizetype offset, const QString& message)
{
    problem = { int(offset), message };
    return false;
}

std::optional<QJsonValue> child(const QJsonValue& value, const JsonPath::Step& step)
{
    if (!step.index) {
        if (!value.isObject() || !value.toObject().contains(step.key))
            return std::nullopt;
        return value.toObject().value(step.key);
    }
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    const qsizetype index = *step.index < 0 ? array.size() + *step.index : *step.index;
    if (index < 0 || index >= array.size())
        return std::nullopt;
    return array.at(index);
}
} // namespace

JsonPath JsonPath::parse(const QString& text, Problem* problem)
{
    PathParser parser(text);
    JsonPath path;
    path.m_valid = parser.parse();
    if (path.m_valid)
        path.m_steps = parser.steps;
    else if (problem)
        *problem = parser.problem;
    return path;
}

std::optional<QJsonValue> JsonPath::find(const QJsonValue& root) const
{
    if (!m_valid)
        return std::nullopt;
    std::optional<QJsonValue> value = root;
    for (const Step& step : m_steps) {
        value = child(*value, step);
        if (!value)
            return std::nullopt;
    }
    return value;
}
