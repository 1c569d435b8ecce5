// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicwrite.h"

#include <cerrno>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {
// After the rename, the folder's entry must reach the disk too, or a power cut can bring back the
// old file. The new content is already in place under its name by then, so a failure here cannot
// undo the save and is not reported as one.
void syncFolderOf(const QString& path)
{
#ifdef Q_OS_UNIX
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (folder < 0)
        return;
    ::fsync(folder);
    ::close(folder);
#else
    Q_UNUSED(path)
#endif
}
} // namespace

AtomicWrite::AtomicWrite(const QString& path)
    : m_path(path)
    , m_file(std::make_unique<QSaveFile>(path))
{
}

// QSaveFile's destructor removes a temporary that was never committed.
AtomicWrite::~AtomicWrite() = default;

bool AtomicWrite::stage(const QByteArray& bytes)
{
    // Unbuffered: QSaveFile keeps small writes in its buffer, and in Qt 6.4 a buffer flush that
    // fails inside commit() does not stop the rename, so a full disk would put a truncated file in
    // place of the old one. Written straight through, every write reports its own failure.
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(m_file->errorString());
    return writeAll(bytes) && (m_file->flush() || fail(m_file->errorString())) && syncToDisk();
}

bool AtomicWrite::writeAll(const QByteArray& bytes)
{
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 chunk = m_file->write(bytes.constData() + written, bytes.size() - written);
        if (chunk <= 0) {
            const bool known = chunk < 0 && m_file->error() != QFileDevice::NoError;
            return fail(known ? m_file->errorString()
                              : tr("only %1 of %2 bytes could be written").arg(written).arg(bytes.size()));
        }
        written += chunk;
    }
    return true;
}

// A file system that delays allocation (or a network one) may only report a full disk here.
bool AtomicWrite::syncToDisk()
{
#ifdef Q_OS_UNIX
    int result = 0;
    do
        result = ::fsync(m_file->handle());
    while (result != 0 && errno == EINTR);
    if (result != 0)
        return fail(qt_error_string(errno));
#endif
    return true;
}

bool AtomicWrite::commit()
{
    if (!m_reason.isEmpty())
        return false;
    if (!m_file->isOpen())
        return fail(tr("nothing was written to it"));
    if (!m_file->commit())
        return fail(m_file->errorString());
    syncFolderOf(m_path);
    return true;
}

QString AtomicWrite::errorMessage() const
{
    return m_reason.isEmpty() ? QString() : tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_reason);
}

bool AtomicWrite::fail(const QString& reason)
{
    m_reason = reason.isEmpty() ? tr("unknown error") : reason;
    m_file->cancelWriting();
    return false;
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* errorMessage)
{
    AtomicWrite write(path);
    const bool ok = write.stage(bytes) && write.commit();
    if (!ok && errorMessage)
        *errorMessage = write.errorMessage();
    return ok;
}
