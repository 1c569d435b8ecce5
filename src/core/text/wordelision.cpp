// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordelision.h"

namespace {
bool isTrailingPunctuation(QChar c)
{
    return c.isSpace() || c == u',' || c == u';' || c == u':' || c == u'-' || c == u'(' || c == u'—';
}
} // namespace

QString elidedAtWord(const QString& text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    if (maxLength <= 1)
        return maxLength == 1 ? QStringLiteral("…") : QString();
    const qsizetype room = maxLength - 1; // the ellipsis takes one character
    // A space right after the room means the room ends on a whole word.
    qsizetype cut = text.at(room).isSpace() ? room : -1;
    for (qsizetype i = room - 1; cut < 0 && i > 0; --i) {
        if (text.at(i).isSpace())
            cut = i;
    }
    if (cut <= 0)
        cut = room; // one word longer than the room: nothing better than cutting it
    while (cut > 0 && isTrailingPunctuation(text.at(cut - 1)))
        --cut;
    return text.left(cut) + u'…';
}
