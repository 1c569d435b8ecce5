// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/tablemodel.h"
#include "results/resultrecord.h"

#include <QHash>
#include <QPixmap>

// The results of one run, one row per job. A live run hands its results over in batches: a batch
// adds its new rows in one insertion at the end (thousands of rows stay smooth) and replaces the
// rows of jobs already shown, since a job has only its latest result.
class ResultsTableModel : public TableModel<ResultRecord>
{
    Q_OBJECT
public:
    enum Column {
        CategoryColumn,
        CaseColumn,
        ModelColumn,
        OutcomeColumn,
        ScoreColumn,
        LatencyColumn,
        TokensColumn,
        CostColumn,
        AttemptsColumn,
        ErrorColumn,
        CachedColumn,
        ColumnCount
    };
    // SortRole: numbers as numbers, cases in natural order, missing scores lowest.
    enum Role {
        OutcomeRole = FirstOwnRole, // an Outcome
    };
    enum class Outcome { Error, Fail, Pass }; // in this order when sorted

    explicit ResultsTableModel(QObject* parent = nullptr);

    // What the model column shows for a model id; ids without a label show as they are.
    void setModelLabels(const QHash<QString, QString>& labels);
    QString modelLabel(const QString& modelId) const;

    void setResults(const QList<ResultRecord>& results);
    void addResults(const QList<ResultRecord>& results);
    void clear();

    const ResultRecord& record(int row) const { return rows().at(row); }
    const QList<ResultRecord>& records() const { return rows(); }
    int rowOf(const JobKey& job) const { return m_rowOfJob.value(job, -1); }
    static Outcome outcomeOf(const ResultRecord& record);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const ResultRecord& record, int column, int role) const override;
    QVariant display(const ResultRecord& record, int column) const;
    QVariant sortValue(const ResultRecord& record, int column) const;
    QVariant toolTip(const ResultRecord& record, int column) const;
    void reindex(const QList<ResultRecord>& records);

    QHash<JobKey, int> m_rowOfJob;
    QHash<QString, QString> m_labels;
    QPixmap m_dots[3]; // by Outcome
};
