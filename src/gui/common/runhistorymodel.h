// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/runinfo.h"
#include "tablemodel.h"

// A run as the history lists it: what the results database says of it, and how many results it has.
struct RunSummary {
    RunInfo run;
    qint64 resultCount = 0;
};

Q_DECLARE_METATYPE(RunSummary)

// The workspace's previous runs, newest first, as the results database lists them.
class RunHistoryModel : public TableModel<RunSummary>
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        StatusColumn,
        ModelsColumn,
        CategoriesColumn,
        ResultsColumn,
        SpentColumn,
        ModeColumn,
        ColumnCount
    };
    enum Role {
        RunIdRole = FirstOwnRole,
    };

    explicit RunHistoryModel(QObject* parent = nullptr);

    void setRuns(const QList<RunSummary>& runs);
    // Updates one run in place (a live run's status, results and spend); false when it is not listed.
    bool updateRun(const RunSummary& summary);
    const RunSummary& summary(int row) const { return rows().at(row); }
    int rowOf(const QString& runId) const; // -1 when not listed

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const RunSummary& summary, int column, int role) const override;
    QVariant display(const RunSummary& summary, int column) const;
    QVariant sortValue(const RunSummary& summary, int column) const;
    QVariant toolTip(const RunSummary& summary, int column) const;
};

// Whether a run that stopped before its end can be continued with only its missing jobs. A shadow
// run on unlabelled inputs cannot: its jobs are not the workspace's cases.
bool isResumable(const RunInfo& run);
