// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include <QCryptographicHash>
#include <QtEndian>

void FaultInjector::addRule(const FaultRule& rule)
{
    m_rules.append({ rule });
}

void FaultInjector::clear()
{
    m_rules.clear();
}

std::optional<FaultRule> FaultInjector::next(const QString& model)
{
    std::optional<FaultRule> fault;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Entry& entry = m_rules[i];
        if (!entry.rule.model.isEmpty() && entry.rule.model != model)
            continue;
        ++entry.seen;
        if (!fault && strikes(entry, int(i))) {
            ++entry.struck;
            fault = entry.rule;
        }
    }
    return fault;
}

bool FaultInjector::strikes(const Entry& entry, int index) const
{
    const FaultRule& rule = entry.rule;
    if (rule.probability <= 0.0) {
        const bool started = entry.seen >= rule.from;
        return started && (rule.count <= 0 || entry.seen < rule.from + rule.count);
    }
    if (rule.count > 0 && entry.struck >= rule.count)
        return false;
    // A hash, not a generator: the same seed makes the same requests fail whatever the timing.
    QByteArray input
        = QByteArray::number(m_seed) + ':' + QByteArray::number(index) + ':' + QByteArray::number(entry.seen);
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha1);
    const double unit = double(qFromBigEndian<quint64>(digest.constData()) >> 11) / double(quint64(1) << 53);
    return unit < rule.probability;
}
