// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakebatchjournal.h"

#include "fileio/atomicwrite.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// A journal entry's body is an upload or a batch's requests; providers cap those far lower.
constexpr qint64 maxBodyBytes = qint64(512) << 20;
constexpr qint64 maxHeaderLineBytes = 64 * 1024;

QByteArray headerLine(const FakeBatchJournal::Entry& entry)
{
    QJsonObject headers;
    for (auto it = entry.request.headers.cbegin(); it != entry.request.headers.cend(); ++it) {
        if (!FakeBatchJournal::isSecretHeader(it.key()))
            headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
    }
    const QJsonObject line { { u"at"_s, entry.atMs },
                             { u"next"_s, entry.nextId },
                             { u"method"_s, QString::fromLatin1(entry.request.method) },
                             { u"path"_s, entry.request.path },
                             { u"headers"_s, headers },
                             { u"length"_s, entry.request.body.size() } };
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<FakeBatchJournal::Entry> entryFrom(const QByteArray& line, qint64* length)
{
    const QJsonObject json = QJsonDocument::fromJson(line).object();
    *length = json[u"length"_s].toInteger(-1);
    if (json.isEmpty() || *length < 0 || *length > maxBodyBytes)
        return std::nullopt;
    FakeBatchJournal::Entry entry;
    entry.atMs = json[u"at"_s].toInteger();
    entry.nextId = json[u"next"_s].toInt();
    entry.request.method = json[u"method"_s].toString().toLatin1();
    entry.request.path = json[u"path"_s].toString();
    const QJsonObject headers = json[u"headers"_s].toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        entry.request.headers.insert(it.key().toLatin1(), it.value().toString().toLatin1());
    return entry;
}
} // namespace

FakeBatchJournal::FakeBatchJournal(QString path)
    : m_path(std::move(path))
{
}

bool FakeBatchJournal::isSecretHeader(const QByteArray& lowerCaseName)
{
    static const QList<QByteArray> secret { "authorization", "proxy-authorization",
                                            "x-api-key",     "x-goog-api-key",
                                            "api-key",       "cookie" };
    return secret.contains(lowerCaseName);
}

bool FakeBatchJournal::read(qint64 keepSinceMs, const std::function<void(const Entry&)>& visit)
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    QByteArray kept;
    bool dropped = false;
    bool torn = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(maxHeaderLineBytes);
        qint64 length = 0;
        auto entry = entryFrom(line, &length);
        if (entry)
            entry->request.body = file.read(length);
        if (!entry || !line.endsWith('\n') || entry->request.body.size() != length || file.read(1) != "\n") {
            torn = true; // by a crash while it was written: nothing after it was written either
            break;
        }
        if (entry->atMs < keepSinceMs) {
            dropped = true;
            continue;
        }
        kept += line + entry->request.body + '\n';
        visit(*entry);
    }
    // Entries appended after a torn one could never be read back.
    return !(dropped || torn) || rewrite(kept);
}

bool FakeBatchJournal::rewrite(const QByteArray& kept)
{
    if (kept.isEmpty()) {
        if (QFile file(m_path); !file.remove()) {
            m_error = file.errorString();
            return false;
        }
        return true;
    }
    return writeFileAtomically(m_path, kept, &m_error);
}

bool FakeBatchJournal::append(const Entry& entry)
{
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        m_error = file.errorString();
        return false;
    }
    for (const QByteArray& part : { headerLine(entry), entry.request.body, QByteArray("\n") }) {
        if (file.write(part) != part.size()) {
            m_error = file.errorString();
            return false;
        }
    }
    return true;
}
