// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorerspec.h"

QStringList knownScorerTypes()
{
    static const QStringList types = {
        QStringLiteral("equals"), QStringLiteral("iequals"), QStringLiteral("normalized-equals"),
        QStringLiteral("contains"), QStringLiteral("icontains"), QStringLiteral("contains-all"),
        QStringLiteral("icontains-all"), QStringLiteral("contains-any"), QStringLiteral("icontains-any"),
        QStringLiteral("starts-with"), QStringLiteral("regex"), QStringLiteral("is-json"),
        QStringLiteral("contains-json"), QStringLiteral("json-field-equals"), QStringLiteral("levenshtein"),
        QStringLiteral("similar"), QStringLiteral("numeric"), QStringLiteral("word-count"),
        QStringLiteral("llm-rubric"), QStringLiteral("cost"), QStringLiteral("latency"),
    };
    return types;
}

bool isKnownScorerType(const QString& type)
{
    const QString base = type.startsWith(QLatin1String("not-")) ? type.mid(4) : type;
    return knownScorerTypes().contains(base);
}
