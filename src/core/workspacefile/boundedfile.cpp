// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedfile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)
public:
    static QString megabytes(qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); }
    static QString tooLarge(qint64 maxBytes)
    {
        return tr("is larger than %1 MB, the most Signalbox reads from such a file").arg(megabytes(maxBytes));
    }
};

QString kindProblem(const QFileInfo& info)
{
    if (info.isDir())
        return BoundedFile::tr("is a folder, not a file");
#ifdef Q_OS_UNIX
    struct stat status {};
    if (::stat(QFile::encodeName(info.absoluteFilePath()).constData(), &status) == 0) {
        if (S_ISFIFO(status.st_mode))
            return BoundedFile::tr("is a FIFO (a named pipe), not a file");
        if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
            return BoundedFile::tr("is a device, not a file");
        if (S_ISSOCK(status.st_mode))
            return BoundedFile::tr("is a socket, not a file");
    }
#endif
    return BoundedFile::tr("is not a regular file");
}
} // namespace

QString fileProblem(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return BoundedFile::tr("is a link to %1, which does not exist").arg(info.symLinkTarget());
    if (!info.exists())
        return BoundedFile::tr("does not exist");
    if (!info.isFile()) {
        const QString problem = kindProblem(info);
        return info.isSymLink() ? BoundedFile::tr("is a link to %1, which %2").arg(info.symLinkTarget(), problem)
                                : problem;
    }
    if (info.size() > maxBytes)
        return BoundedFile::tr("is %1 MB, larger than %2 MB, the most Signalbox reads from such a file")
            .arg(BoundedFile::megabytes(info.size()), BoundedFile::megabytes(maxBytes));
    return {};
}

BoundedRead readBoundedFile(const QString& path, qint64 maxBytes)
{
    if (const QString problem = fileProblem(path, maxBytes); !problem.isEmpty())
        return { {}, problem };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { {}, BoundedFile::tr("cannot be opened: %1").arg(file.errorString()) };
    QByteArray text = file.read(maxBytes + 1);
    if (text.size() > maxBytes)
        return { {}, BoundedFile::tooLarge(maxBytes) };
    if (file.error() != QFileDevice::NoError)
        return { {}, BoundedFile::tr("cannot be read: %1").arg(file.errorString()) };
    return { text, {} };
}
