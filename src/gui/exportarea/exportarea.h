// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/routeconfirmation.h"
#include "common/runhistorymodel.h"
#include "exportdiff.h"
#include "exporters/routingexport.h"
#include "results/resultrecord.h"
#include "workspacefile/fileerror.h"

#include <QWidget>

class HighlightedTextEdit;
class NoticeBanner;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QTabWidget;
class RunsLoader;
class Settings;
class WorkspaceDocument;
struct ItemPath;

// The Export area: the routing map as a native routing YAML, a LiteLLM proxy config or a Portkey
// gateway config, previewed read-only with syntax colours and kept current as the map, models and
// providers change; copied, saved atomically (remembering where, per workspace and format), and
// compared line by line with the file last exported. Import routing… reads a native file back as
// one undoable step. A further format is the newest run as RouterBench training data (CSV), read
// from the results database off the GUI thread.
class ExportArea : public QWidget
{
    Q_OBJECT
public:
    enum Tab { PreviewTab, DiffTab, RationaleTab };

    // routingAreaTitle: what the navigation calls the Routing area, which the notice points to; the
    // shell owns the list of areas, so it passes the name in.
    ExportArea(WorkspaceDocument* document, Settings* settings, const QString& routingAreaTitle,
               QWidget* parent = nullptr);
    ~ExportArea() override;

    WorkspaceDocument* document() const { return m_document; }
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    ExportFormat format() const; // the routing format shown; Native while the RouterBench data is
    void setFormat(ExportFormat format);
    bool routerBenchShown() const;
    void showRouterBench(); // the newest run as RouterBench training data; loads it when needed
    QString routerBenchRunId() const { return m_routerBenchRun; } // of the data shown; empty: none yet
    bool isLoadingRouterBench() const;
    // The header time of the export shown; Copy and Save… take exactly the text shown.
    QDateTime generatedAt() const { return m_generatedAt; }
    QString exportText() const { return m_text; }
    QString rationaleText() const { return m_rationale; } // empty for formats that carry their reasons inside
    QString descriptionText() const;
    const ExportDiff& diff() const { return m_diff; }
    QTabWidget* tabs() const { return m_tabs; }
    HighlightedTextEdit* preview() const { return m_preview; }
    HighlightedTextEdit* diffView() const { return m_diffView; }
    QString routingNotice() const; // empty while the map has routes
    QString importProblems() const; // empty unless the last import failed

    // Reads the last export again: its file may have changed on disk.
    void refreshDiff();
    void copyToClipboard();
    bool saveTo(const QString& path, QString* errorMessage = nullptr);
    // On errors the map stays as it is and the area lists them (file:line:column: message).
    // Imports a native routing file; routes whose recorded evidence misses or does not decide the
    // bar are confirmed first. False when the file is refused or the user keeps the current map.
    bool importFrom(const QString& path);
    void setRouteConfirmation(RouteConfirmation confirm) { m_confirmRoutes = std::move(confirm); }

Q_SIGNALS:
    void routingAreaRequested();
    void routerBenchReady(); // the RouterBench data (or why there is none) is shown

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createTopRow();
    QWidget* createRoutingNotice();
    QWidget* createImportProblems();
    QWidget* createDiffPage();
    static void setUpTextView(HighlightedTextEdit* view);
    void connectDocument();
    void onItemChanged(const ItemPath& path);
    void refresh();
    void updateRoutingNotice();
    void askSave();
    void askImport();
    void showImportProblems(const QString& path, const FileErrors& errors);
    void showStatus(const QString& message);
    QString suggestedSavePath() const;
    QString shownFormatKey() const; // exportFormatKey(), or "routerbench"
    QString shownFormatName() const;
    void loadRouterBench();
    void refreshRouterBench();
    void onRouterBenchRuns(const QList<RunSummary>& runs);
    void onRouterBenchResults(const QString& runId, const QList<ResultRecord>& results);
    QString routerBenchDescription() const;

    WorkspaceDocument* m_document;
    Settings* m_settings;
    QString m_routingAreaTitle;
    QComboBox* m_formatCombo = nullptr;
    QLabel* m_description = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QWidget* m_routingNotice = nullptr;
    NoticeBanner* m_routingBanner = nullptr;
    QWidget* m_importProblems = nullptr;
    NoticeBanner* m_importBanner = nullptr;
    QPlainTextEdit* m_importList = nullptr;
    QTabWidget* m_tabs = nullptr;
    HighlightedTextEdit* m_preview = nullptr;
    QLabel* m_diffHeadline = nullptr; // above the diff
    QLabel* m_diffMessage = nullptr; // in its place when there is none
    HighlightedTextEdit* m_diffView = nullptr;
    HighlightedTextEdit* m_rationaleView = nullptr;
    QLabel* m_status = nullptr;
    QString m_text;
    QString m_rationale;
    QDateTime m_generatedAt;
    ExportDiff m_diff;
    RouteConfirmation m_confirmRoutes = dialogRouteConfirmation(this);
    RunsLoader* m_loader = nullptr;
    QString m_routerBenchRun; // the run the RouterBench CSV is of
    QString m_routerBenchCsv;
    QString m_routerBenchProblem; // why there is no CSV (no runs, an unreadable database)
    quint64 m_routerBenchGeneration = 0;
    bool m_routerBenchLoading = false;
};
