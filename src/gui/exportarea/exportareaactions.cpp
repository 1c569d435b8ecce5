// SPDX-License-Identifier: GPL-3.0-or-later
// The Export area's actions: copy, save, import.
#include "common/noticebanner.h"
#include "document/editcommands.h"
#include "document/workspacedocument.h"
#include "exportarea.h"
#include "exporters/routingimport.h"
#include "fileio/atomicwrite.h"
#include "settings/settings.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QUndoStack>

namespace {
QString fileFilter(ExportFormat format, bool csv)
{
    if (csv)
        return ExportArea::tr("CSV files (*.csv)");
    return exportSyntaxName(format) == u"JSON" ? ExportArea::tr("JSON files (*.json)")
                                               : ExportArea::tr("YAML files (*.yaml *.yml)");
}
} // namespace

void ExportArea::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(m_text);
    showStatus(tr("Copied the %1 to the clipboard.").arg(shownFormatName()));
}

bool ExportArea::saveTo(const QString& path, QString* errorMessage)
{
    if (routerBenchShown() && m_routerBenchCsv.isEmpty()) {
        if (errorMessage)
            *errorMessage = m_routerBenchLoading ? tr("the run's results are still being read") : m_routerBenchProblem;
        return false;
    }
    if (!writeFileAtomically(path, m_text.toUtf8(), errorMessage))
        return false;
    if (!m_rationale.isEmpty() && !writeFileAtomically(rationaleFileName(path), m_rationale.toUtf8(), errorMessage)) {
        if (errorMessage)
            *errorMessage = tr("%1 (the reasons beside it, %2)").arg(*errorMessage, rationaleFileName(path));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_settings->setLastExport(m_document->filePath(), shownFormatKey(), { absolute, m_generatedAt });
    showStatus(tr("Saved to %1.").arg(QDir::toNativeSeparators(absolute)));
    refreshDiff();
    return true;
}

QString ExportArea::suggestedSavePath() const
{
    QString last = m_settings->lastExport(m_document->filePath(), shownFormatKey()).path;
    if (!last.isEmpty())
        return last;
    const QString folder
        = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
    return QDir(folder).filePath(routerBenchShown() ? QStringLiteral("routerbench.csv") : defaultExportFileName(format()));
}

void ExportArea::askSave()
{
    const QString title = tr("Save %1").arg(shownFormatName());
    const QString path
        = QFileDialog::getSaveFileName(this, title, suggestedSavePath(), fileFilter(format(), routerBenchShown()));
    QString error;
    if (!path.isEmpty() && !saveTo(path, &error))
        QMessageBox::warning(this, title, tr("The export was not saved: %1.").arg(error));
}

bool ExportArea::importFrom(const QString& path)
{
    const RoutingImport imported = importNativeRouting(path, m_document->workspace());
    if (!imported.ok()) {
        showImportProblems(path, imported.errors);
        return false;
    }
    showImportProblems({}, {});
    const QString name = QFileInfo(path).fileName();
    // A file without a dispatcher leaves the workspace's as it is.
    const bool dispatcherChanges = imported.dispatcher && imported.dispatcher != m_document->workspace().dispatcher;
    if (imported.routing == m_document->workspace().routing && !dispatcherChanges) {
        showStatus(tr("%1 holds the routing map the workspace already has; nothing changed.").arg(name));
        return true;
    }
    const Workspace& workspace = m_document->workspace();
    const QString title = tr("Import Routing from %1").arg(name);
    if (!m_confirmRoutes(title, routingConcerns(workspace, RunAnalysis {}, workspace.routing, imported.routing), {})) {
        showStatus(tr("Kept the current routing map; %1 was not imported.").arg(name));
        return false;
    }
    auto* command = new QUndoCommand(title);
    new SetRoutingCommand(m_document, imported.routing, title, command);
    if (dispatcherChanges)
        new SetDispatcherCommand(m_document, imported.dispatcher, title, command);
    m_document->undoStack()->push(command);
    showStatus(tr("Imported %n route(s) from %1. Edit ▸ Undo puts the previous routing map back.", nullptr,
                  int(imported.routing.routes.size()))
                   .arg(name));
    return true;
}

void ExportArea::askImport()
{
    const QString folder
        = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Routing"), folder,
                                                      tr("Routing YAML (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void ExportArea::showImportProblems(const QString& path, const FileErrors& errors)
{
    if (errors.isEmpty()) {
        m_importProblems->hide();
        return;
    }
    m_importBanner->setText(tr("%1 could not be imported: %n problem(s) found. The routing map is unchanged; fix "
                               "the file and import it again.",
                               nullptr, int(errors.size()))
                                .arg(QDir::toNativeSeparators(path)));
    QStringList lines;
    for (const FileError& error : errors)
        lines.append(error.toString());
    m_importList->setPlainText(lines.join(u'\n'));
    m_importProblems->show();
}
