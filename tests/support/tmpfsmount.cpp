// SPDX-License-Identifier: GPL-3.0-or-later
#include "tmpfsmount.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <QByteArray>
#include <QFile>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {
QByteArray sizeOption(qint64 sizeBytes)
{
    return "size=" + QByteArray::number(sizeBytes);
}
} // namespace

TmpfsMount::TmpfsMount(qint64 sizeBytes)
    : m_size(sizeBytes)
{
    if (!m_dir.isValid()) {
        m_skipReason = QStringLiteral("no temporary folder to mount on");
        return;
    }
    const QByteArray target = QFile::encodeName(m_dir.path());
    if (::mount("tmpfs", target.constData(), "tmpfs", 0, sizeOption(sizeBytes).constData()) != 0) {
        m_skipReason = QStringLiteral("mounting a small tmpfs needs root and mount rights: %1")
                           .arg(QString::fromLocal8Bit(::strerror(errno)));
        return;
    }
    m_mounted = true;
}

TmpfsMount::~TmpfsMount()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

qint64 TmpfsMount::freeBytes() const
{
    struct statvfs info {
    };
    if (::statvfs(QFile::encodeName(m_dir.path()).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

bool TmpfsMount::fill(qint64 keepFree)
{
    const int fd = ::open(QFile::encodeName(filePath(QStringLiteral("filler"))).constData(),
                          O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0)
        return false;
    const QByteArray page(4096, 'f');
    qint64 free = freeBytes();
    while (free > keepFree) {
        const qint64 chunk = std::min<qint64>(page.size(), free - keepFree);
        if (::write(fd, page.constData(), size_t(chunk)) <= 0)
            break;
        free = freeBytes();
    }
    ::close(fd);
    return freeBytes() <= keepFree;
}

bool TmpfsMount::remountReadOnly()
{
    const QByteArray target = QFile::encodeName(m_dir.path());
    return ::mount("tmpfs", target.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, sizeOption(m_size).constData()) == 0;
}
