// SPDX-License-Identifier: GPL-3.0-or-later
// The fake batch service's journal: what changes the batches is written before it is done, and
// replayed by the next process, at the times it first came, so batches end when they would have.
#include "fakebatchservice.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFakeBatchJournal, "signalbox.sandbox.batches")

namespace {
// Providers keep a batch's results for about a month; the sandbox's last a week.
constexpr qint64 keepDays = 7;

// The credentials a replayed request carries instead of the ones never written down: the fake
// checks that a key is there, not which.
void addPlaceholderCredentials(HttpRequest& request)
{
    request.headers.insert("authorization", "Bearer sandbox");
    request.headers.insert("x-api-key", "sandbox");
    request.headers.insert("x-goog-api-key", "sandbox");
}
} // namespace

void FakeBatchService::setJournal(const QString& path)
{
    m_journal = path.isEmpty() ? nullptr : std::make_unique<FakeBatchJournal>(path);
    m_journalReplayed = false;
}

void FakeBatchService::replayJournal()
{
    if (!m_journal || m_journalReplayed)
        return;
    m_journalReplayed = true;
    // Replaying sends nothing new: the counts tell what this process was sent.
    const auto submitted = m_submitted;
    const qint64 itemsSubmitted = m_itemsSubmitted;
    int nextId = m_nextId;
    const qint64 keepSince = QDateTime::currentMSecsSinceEpoch() - keepDays * 24 * 3600 * 1000;
    const bool read = m_journal->read(keepSince, [&](const FakeBatchJournal::Entry& entry) {
        replay(entry);
        nextId = std::max(nextId, m_nextId);
    });
    m_nextId = nextId;
    m_submitted = submitted;
    m_itemsSubmitted = itemsSubmitted;
    if (!read) {
        qCWarning(lcFakeBatchJournal) << "cannot read" << m_journal->path() << m_journal->errorString();
        m_journal.reset();
    }
}

void FakeBatchService::replay(const FakeBatchJournal::Entry& entry)
{
    HttpRequest request = entry.request;
    addPlaceholderCredentials(request);
    m_replayAtMs = entry.atMs;
    m_nextId = entry.nextId;
    if (formatOf(request.path))
        handle(request);
    m_replayAtMs.reset();
}

// Only what changes the batches is kept; reads are answered from that.
bool FakeBatchService::record(const HttpRequest& request)
{
    if (!m_journal || request.method == "GET")
        return true;
    FakeBatchJournal::Entry entry { QDateTime::currentMSecsSinceEpoch(), m_nextId, request };
    entry.request.query.clear(); // a key may travel in the query
    entry.request.target.clear();
    if (m_journal->append(entry))
        return true;
    qCWarning(lcFakeBatchJournal) << "cannot write" << m_journal->path() << m_journal->errorString();
    return false;
}

qint64 FakeBatchService::now() const
{
    if (!m_replayAtMs)
        return m_clock.elapsed();
    return m_clock.elapsed() - (QDateTime::currentMSecsSinceEpoch() - *m_replayAtMs);
}

qint64 FakeBatchService::nowSecsSinceEpoch() const
{
    return (m_replayAtMs ? *m_replayAtMs : QDateTime::currentMSecsSinceEpoch()) / 1000;
}
