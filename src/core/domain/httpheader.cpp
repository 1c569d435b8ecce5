// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpheader.h"

#include <QStringList>

namespace {
// RFC 9110 section 5.6.2: tchar.
bool isTokenCharacter(QChar c)
{
    static const QString symbols = QStringLiteral("!#$%&'*+-.^_`|~");
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || symbols.contains(c);
}

// RFC 9110 section 5.5: field-vchar, or SP and HTAB between them. obs-text (bytes 0x80-0xFF)
// is left out: what bytes a non-ASCII character becomes is up to the sender.
bool isValueCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x7E) || u == u' ' || u == u'\t';
}
} // namespace

namespace HttpHeader {
qsizetype invalidNameCharacter(const QString& name)
{
    if (name.isEmpty())
        return 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isTokenCharacter(name.at(i)))
            return i;
    }
    return -1;
}

qsizetype invalidValueCharacter(const QString& value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (!isValueCharacter(value.at(i)))
            return i;
    }
    if (!value.isEmpty() && value.front().isSpace())
        return 0;
    if (!value.isEmpty() && value.back().isSpace())
        return value.size() - 1;
    return -1;
}

bool carriesCredentials(const QString& name)
{
    static const QStringList names
        = { QStringLiteral("authorization"),  QStringLiteral("proxy-authorization"), QStringLiteral("x-api-key"),
            QStringLiteral("x-goog-api-key"), QStringLiteral("api-key"),             QStringLiteral("cookie") };
    return names.contains(name.trimmed().toLower());
}

bool isValid(const QString& name, const QString& value)
{
    return invalidNameCharacter(name) < 0 && invalidValueCharacter(value) < 0 && !carriesCredentials(name);
}
} // namespace HttpHeader
