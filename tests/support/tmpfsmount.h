// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

// A really small file system of its own (a tmpfs), so that a test can fill it up or make it
// read-only and see what a write does then. Mounting needs root (as in CI); elsewhere
// isMounted() is false and skipReason() says why, for QSKIP.
class TmpfsMount
{
public:
    explicit TmpfsMount(qint64 sizeBytes = 64 * 1024);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    bool isMounted() const { return m_mounted; }
    QString skipReason() const { return m_skipReason; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // Writes a filler file until the file system is full, leaving at most keepFree bytes free.
    bool fill(qint64 keepFree = 0);
    qint64 freeBytes() const;
    bool remountReadOnly();

private:
    QTemporaryDir m_dir;
    qint64 m_size = 0;
    bool m_mounted = false;
    QString m_skipReason;
};
