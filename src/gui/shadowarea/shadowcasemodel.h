// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/tablemodel.h"
#include "shadow/shadowcomparison.h"

#include <memory>

// The cases of a shadow comparison that pass a filter, one row each, as seen against one candidate
// (the focus): both scores, whether the answers agree, the outcome by score and the user's verdict.
// Rows are indexes into the comparison's cases, so a filter or focus change is one cheap reset and
// data() only reads what the diff already holds.
class ShadowCaseModel : public TableModel<int>
{
    Q_OBJECT
public:
    enum Column {
        CaseColumn,
        InputColumn,
        BaselineColumn,
        CandidateColumn,
        AgreementColumn,
        OutcomeColumn,
        VerdictColumn,
        ColumnCount
    };
    enum Role { CaseIndexRole = FirstOwnRole, DiffersRole };

    explicit ShadowCaseModel(QObject* parent = nullptr);
    ~ShadowCaseModel() override;

    void setComparison(std::shared_ptr<const ShadowComparison> comparison, int candidateIndex, ShadowFilter filter);
    void setCandidate(int candidateIndex);
    void setFilter(ShadowFilter filter);
    int candidateIndex() const { return m_candidate; }
    ShadowFilter filter() const { return m_filter; }
    const ShadowComparison* comparison() const { return m_comparison.get(); }

    int caseIndex(int row) const { return rows().value(row, -1); }
    int rowOfCase(int caseIndex) const; // -1 when the filter hides it
    bool differs(int row) const; // the focus candidate's answer differs from the baseline's
    // A case's verdict or answer changed: its row shows it (it stays until the filter is applied again).
    void caseChanged(int caseIndex);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const int& caseIdx, int column, int role) const override; // caseIdx: into the comparison's cases
    QList<int> filteredRows() const;
    const ShadowCandidateAnswer* candidateOf(const ShadowCase& shadowCase) const;
    bool differs(const ShadowCase& shadowCase) const;
    QVariant display(const ShadowCase& shadowCase, int column) const;
    QVariant toolTip(const ShadowCase& shadowCase, int column) const;

    std::shared_ptr<const ShadowComparison> m_comparison;
    int m_candidate = 0;
    ShadowFilter m_filter = ShadowFilter::All;
};

// "0.92", "error", "no answer": how an answer's score reads in a cell.
QString shadowScoreText(const ShadowAnswer& answer);
// The model's display name, or its id when the workspace no longer has it.
QString shadowModelLabel(const Workspace& workspace, const QString& modelId);
