// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonelements.h"

namespace {
// Just past the string that opens at from, or -1 when the text ends inside it.
qsizetype skipString(QByteArrayView json, qsizetype from)
{
    for (qsizetype i = from + 1; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i;
        else if (json[i] == '"')
            return i + 1;
    }
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

qsizetype skipSpace(QByteArrayView json, qsizetype i)
{
    while (i < json.size() && isSpace(json[i]))
        ++i;
    return i;
}

// Just past the value that starts at from (an object, an array, a string or a scalar), or -1.
qsizetype skipValue(QByteArrayView json, qsizetype from)
{
    if (json[from] == '"')
        return skipString(json, from);
    int depth = 0;
    for (qsizetype i = from; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            i = skipString(json, i);
            if (i < 0)
                return -1;
            --i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']' || (depth == 0 && c == ',')) {
            if (depth == 0)
                return i; // a scalar ends where its container goes on
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

bool visitElements(QByteArrayView json, qsizetype open, const std::function<bool(QByteArrayView)>& visit)
{
    qsizetype i = skipSpace(json, open + 1);
    while (i < json.size() && json[i] != ']') {
        const qsizetype end = skipValue(json, i);
        if (end < 0)
            return false;
        qsizetype last = end; // a scalar runs to the comma: without the spaces before it
        while (last > i && isSpace(json[last - 1]))
            --last;
        if (!visit(json.sliced(i, last - i)))
            return true;
        i = skipSpace(json, end);
        if (i < json.size() && json[i] == ',')
            i = skipSpace(json, i + 1);
    }
    return i < json.size();
}
} // namespace

bool forEachArrayElement(const QByteArray& json, QByteArrayView key,
                         const std::function<bool(QByteArrayView element)>& visit)
{
    // Every string is walked over whole, so a key is never matched inside a value.
    qsizetype i = json.indexOf('"');
    while (i >= 0 && i < json.size()) {
        const qsizetype end = skipString(json, i);
        if (end < 0)
            return false;
        qsizetype next = skipSpace(json, end);
        if (QByteArrayView(json).sliced(i + 1, end - i - 2) == key && next < json.size() && json[next] == ':') {
            next = skipSpace(json, next + 1);
            if (next < json.size() && json[next] == '[')
                return visitElements(json, next, visit);
        }
        i = json.indexOf('"', end);
    }
    return false;
}
