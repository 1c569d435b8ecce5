// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportscreenshots.h"

#include "document/workspacedocument.h"
#include "exportarea.h"
#include "fileio/atomicwrite.h"
#include "settings/settings.h"

#include <algorithm>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTabWidget>

namespace {
// The map as it might have been at an earlier export: the first route's models in reverse order.
Workspace earlierWorkspace(Workspace workspace)
{
    RoutingMap& routing = workspace.routing;
    if (!routing.routes.isEmpty() && routing.routes.first().chain.size() > 1)
        std::reverse(routing.routes.first().chain.begin(), routing.routes.first().chain.end());
    else if (!routing.defaultChain.isEmpty())
        routing.defaultChain.removeLast();
    return workspace;
}

} // namespace

bool showExportScreenshots(ExportArea* area, Settings* settings, const QString& scratchDir,
                           const std::function<bool(const QString& name)>& shoot)
{
    const int shownTab = area->tabs()->currentIndex();
    area->tabs()->setCurrentIndex(ExportArea::PreviewTab);
    QApplication::processEvents();
    if (!shoot(QStringLiteral("export")))
        return false;

    const QString workspacePath = area->document()->filePath();
    const QString format = exportFormatKey(area->format());
    const Settings::LastExport kept = settings->lastExport(workspacePath, format);
    const QString path = QDir(scratchDir).filePath(defaultExportFileName(area->format()));
    const QDateTime earlier = area->generatedAt().addDays(-7);
    bool ok = writeFileAtomically(
        path, exportRouting(earlierWorkspace(area->document()->workspace()), area->format(), { earlier, {} }).toUtf8());
    if (ok) {
        settings->setLastExport(workspacePath, format, { path, earlier });
        area->tabs()->setCurrentIndex(ExportArea::DiffTab);
        QApplication::processEvents();
        ok = shoot(QStringLiteral("export-diff"));
        settings->setLastExport(workspacePath, format, kept);
        QFile::remove(path);
    }
    area->tabs()->setCurrentIndex(shownTab);
    area->refreshDiff();
    return ok;
}
