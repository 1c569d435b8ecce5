// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cascade/cascadecell.h"
#include "common/documentitemmodel.h"
#include "freshness/latestevidence.h"
#include "freshness/pricingshift.h"
#include "routing/routeguard.h"
#include "routing/routesuggestion.h"
#include "statistics/runanalysis.h"

#include <functional>

// The routing map as a table: a row per category of the workspace (routed or not), then the
// default route's row. What a route says (model, fallbacks, rule, evidence) comes from the map;
// target, threshold and traffic share from the category; evidence status against the newest run.
// A cascade route shows its cascade as simulated on the run (pass rate, cost per 1,000, p95 latency,
// probability of meeting the bar; the escalation rate beside its fallbacks) where the single models
// show theirs.
// Every edit is an undoable command on the document; choosing a model by hand makes the rule
// "manual".
class RoutingTableModel : public DocumentItemModel<Category>
{
    Q_OBJECT
public:
    enum Column {
        CategoryColumn,
        TrafficShareColumn,
        ModelColumn,
        FallbacksColumn,
        TargetColumn,
        ThresholdColumn,
        AccuracyColumn,
        BarColumn, // how likely the routed model meets the bar, and a mark when its evidence misses or does not decide it
        CostColumn,
        LatencyColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role {
        ChoicesRole = FirstCustomRole, // QStringList: what a combo editor offers
        IsDefaultRole, // bool: the default route's row
        PricingChangedRole, // bool: today's prices would change the run's winner for the category
        StaleEvidenceRole, // bool: the routed model's cell is stale (its category changed since its run)
    };

    explicit RoutingTableModel(WorkspaceDocument* document, QObject* parent = nullptr);

    // The analysis of the run whose evidence the table shows, and the newest run's id (evidence of
    // an older run is stale). Suggestions are looked up by category.
    void setAnalysis(const RunAnalysis& analysis, const QString& latestRunId,
                     const QList<RouteSuggestion>& suggestions);
    const RunAnalysis& analysis() const { return m_analysis; }
    QString latestRunId() const { return m_latestRunId; }
    std::optional<RouteSuggestion> suggestionFor(const QString& category) const;
    // The map's cascades simulated on the run shown (routeCascades()).
    void setCascades(const QList<CascadeCell>& cascades);
    const QList<CascadeCell>& cascades() const { return m_cascades; }
    // The simulated cascade the route is, when it is one and the run could simulate it.
    const CascadeCell* cascadeFor(const Route* route) const;
    // The routes whose winner today's prices change (the run repriced from its token counts).
    void setPricingShifts(const QList<PricingShift>& shifts);
    const PricingShift* pricingShiftFor(const QString& category) const;
    // Where each (category, model) cell's evidence comes from when it is the latest across runs;
    // empty while one run is shown. A route is then fresh when its evidence is its cell's run.
    void setEvidenceCells(const QList<EvidenceCell>& cells);
    const EvidenceCell* evidenceCellFor(const QString& category, const QString& modelId) const;
    // Asked before a model picked in the table becomes a category's primary while its evidence
    // misses or does not decide the bar; without one, such edits go through.
    void setConfirmation(std::function<bool(const QList<RouteConcern>&)> confirm) { m_confirm = std::move(confirm); }
    // Why the category's routed model deserves a second look, when it does.
    std::optional<RouteConcern> concernFor(const QString& category) const;

    int defaultRow() const { return categoryCount(); }
    bool isDefaultRow(int row) const { return row == defaultRow(); }
    QString categoryAt(int row) const; // empty for the default row

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    QVariant cellData(const Category& category, int column, int role) const override;
    QString key(int row) const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    bool isEditable(int column) const override;
    QUndoCommand* editCommand(int row, int column, const QVariant& value) override;

private:
    int categoryCount() const { return int(document()->workspace().categories.size()); }
    QVariant display(const Category& category, const Route* route, int column) const;
    QVariant defaultData(int column, int role) const;
    QVariant evidenceFigure(const Route* route, int column, int role) const;
    QVariant primaryFigure(const QString& category, const QString& modelId, int column, int role) const;
    QVariant cascadeFigure(const CascadeCell& cascade, int column, int role) const;
    QString cascadeToolTip(const CascadeCell& cascade) const;
    QString fallbacksDisplay(const Route& route) const;
    QString evidenceText(const Route* route) const;
    QString evidenceToolTip(const Route* route) const;
    QString cellToolTip(const Route* route) const;
    const EvidenceCell* routedCell(const Category& category, const Route* route) const;
    QVariant barData(const Category& category, const Route* route, int role) const;
    std::optional<double> probabilityFor(const QString& category, const Route* route) const;
    QUndoCommand* modelCommand(const QString& category, const QString& modelId);
    void allRowsChanged();

    RunAnalysis m_analysis;
    QString m_latestRunId;
    QList<RouteSuggestion> m_suggestions;
    QList<PricingShift> m_pricingShifts;
    QList<EvidenceCell> m_cells;
    QList<CascadeCell> m_cascades;
    std::function<bool(const QList<RouteConcern>&)> m_confirm;
};
