// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSaveFile;

// Replaces a file with new bytes, all or nothing. The bytes go to a temporary file beside the
// target, every write, the flush and the sync to the disk are checked, and only then is the
// temporary renamed over the target. On any failure the old file is left byte for byte as it was
// and errorMessage() names the file and the reason the system gave ("No space left on device").
//
// Two steps, so that several files can be saved together: stage() each, then commit() each once
// all were staged. A staged write that is never committed is discarded.
class AtomicWrite
{
    Q_DECLARE_TR_FUNCTIONS(AtomicWrite)
public:
    explicit AtomicWrite(const QString& path);
    ~AtomicWrite();
    AtomicWrite(const AtomicWrite&) = delete;
    AtomicWrite& operator=(const AtomicWrite&) = delete;

    // Writes the bytes to the temporary file and syncs them to the disk.
    bool stage(const QByteArray& bytes);
    // Renames the staged temporary over the target.
    bool commit();

    QString path() const { return m_path; }
    // "cannot write <path>: <reason>", empty while nothing failed.
    QString errorMessage() const;

private:
    bool fail(const QString& reason);
    bool writeAll(const QByteArray& bytes);
    bool syncToDisk();

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QString m_reason;
};

// Writes bytes to path through AtomicWrite. On failure returns false and, when errorMessage is
// given, says which file and why.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* errorMessage = nullptr);
