// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdiff.h"

#include "shadow/linediff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace {
QString shownDate(const QDateTime& date)
{
    return QLocale().toString(date.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

QString ExportDiff::headline() const
{
    const QString file = QDir::toNativeSeparators(path);
    switch (state) {
    case State::NoEarlierExport:
        return tr("No earlier export of this format from this workspace. Save… writes one; later changes to the "
                  "routing map then show here, line by line.");
    case State::Missing:
        return tr("No earlier export of this format to compare with: %1, exported on %2, is no longer there.")
            .arg(file, shownDate(exportedAt));
    case State::Unreadable:
        return tr("The last export, %1, cannot be read: %2").arg(file, error);
    case State::Unchanged:
        return tr("Unchanged since the last export (%1, %2).").arg(file, shownDate(exportedAt));
    case State::Changed:
        return tr("Changed since the last export (%1, %2): %3, %4.")
            .arg(file, shownDate(exportedAt), tr("%n line(s) added", nullptr, added),
                 tr("%n line(s) removed", nullptr, removed));
    }
    return {};
}

ExportDiff diffAgainstLastExport(const QString& path, const QDateTime& exportedAt, const QString& current)
{
    ExportDiff diff;
    diff.path = path;
    diff.exportedAt = exportedAt.isValid() ? exportedAt : QFileInfo(path).lastModified();
    if (path.isEmpty())
        return diff;
    QFile file(path);
    if (!file.exists()) {
        diff.state = ExportDiff::State::Missing;
        return diff;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        diff.state = ExportDiff::State::Unreadable;
        diff.error = file.errorString();
        return diff;
    }
    const QString before = QString::fromUtf8(file.readAll());
    if (before == current) {
        diff.state = ExportDiff::State::Unchanged;
        return diff;
    }
    diff.state = ExportDiff::State::Changed;
    const LineDiff lines = diffLines(before, current);
    diff.added = lines.added;
    diff.removed = lines.removed;
    diff.unified = unifiedDiff(before, current, QFileInfo(path).fileName(), ExportDiff::tr("current export"));
    return diff;
}
