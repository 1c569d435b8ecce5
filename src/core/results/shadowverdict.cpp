// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowverdict.h"

#include <QCoreApplication>

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Better:
        return QStringLiteral("better");
    case Verdict::Same:
        return QStringLiteral("same");
    case Verdict::Worse:
        return QStringLiteral("worse");
    }
    return {};
}

std::optional<Verdict> verdictFromKey(const QString& key)
{
    for (const auto verdict : { Verdict::Better, Verdict::Same, Verdict::Worse }) {
        if (verdictKey(verdict) == key)
            return verdict;
    }
    return std::nullopt;
}

QStringList verdictKeys()
{
    return { verdictKey(Verdict::Better), verdictKey(Verdict::Same), verdictKey(Verdict::Worse) };
}

QString verdictDisplayName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Better:
        return QCoreApplication::translate("Verdict", "Candidate better");
    case Verdict::Same:
        return QCoreApplication::translate("Verdict", "Same");
    case Verdict::Worse:
        return QCoreApplication::translate("Verdict", "Candidate worse");
    }
    return {};
}
