// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../httpmessage.h"

#include <functional>
#include <QString>

// What the sandbox's batch APIs were asked to change (uploads, new batches, cancels), kept in a
// file beside the results database so that its batches outlive the process as a provider's do: a
// run closed or killed while its batches are open is resumed against a new sandbox that still
// knows them. Credentials are never written: only the method, the path (not the query, where a
// key may travel) and the headers that carry no secret.
//
// Each entry is a JSON line naming the request and its body's length, then the body's bytes as
// they came, so that a large input file is neither copied nor encoded. An entry cut short by a
// crash is the last one and is left out when the journal is read.
class FakeBatchJournal
{
public:
    struct Entry {
        qint64 atMs = 0; // since the epoch: when the request came
        int nextId = 0; // the service's id counter before it: replaying gives the same ids
        HttpRequest request;
    };

    explicit FakeBatchJournal(QString path);

    QString path() const { return m_path; }
    // Calls visit for each whole entry since keepSinceMs, oldest first, and leaves older ones out
    // of the file; false with errorString() if the file exists but cannot be read or rewritten. A
    // missing file is an empty journal.
    bool read(qint64 keepSinceMs, const std::function<void(const Entry&)>& visit);
    // Appends an entry; false with errorString() when not every byte was written.
    bool append(const Entry& entry);
    QString errorString() const { return m_error; }

    static bool isSecretHeader(const QByteArray& lowerCaseName);

private:
    bool rewrite(const QByteArray& kept);

    QString m_path;
    QString m_error;
};
