// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/tablemodel.h"
#include "matrixdata.h"

// The results of one category as cases x models: each model cell says how the model did on the
// case (✓ or ✗, a partial score, "2/3" passes over repeats, or "error"), with cost, latency, tokens
// and errors in its tooltip. The model under the user's selection has its header in bold.
class ResultsMatrixModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { CaseColumn, InputColumn, FirstModelColumn };
    // SortRole (the base's): pass rate or score; errors, then missing, lowest.
    enum Role {
        VerdictRole = FirstOwnRole, // a model cell's CellVerdict, as int
        ModelIdRole, // a model column's model id (cells and header)
        CaseIdRole,
    };

    explicit ResultsMatrixModel(QObject* parent = nullptr);

    void setMatrix(const MatrixData& matrix);
    const MatrixData& matrix() const { return m_matrix; }
    void clear();

    void setHighlightedModel(const QString& modelId);
    QString highlightedModel() const { return m_highlighted; }
    QString modelIdAt(int column) const; // "" for the case and input columns
    int columnOfModel(const QString& modelId) const; // -1 when no column shows it

    // What the filters ask of a row.
    bool anyFailed(int row) const; // some model's answers did not all pass, errors included
    bool anyError(int row) const;
    bool modelsDisagree(int row) const; // some model passed it and some failed it, by majority of repeats
    bool rowContains(int row, const QString& text) const; // case id, input, expected or any output

    static QString cellText(const MatrixCell& cell);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant cellAt(int row, int column, int role) const override;

private:
    QVariant caseData(const MatrixCase& testCase, int column, int role) const;
    QVariant cellData(const MatrixCell& cell, int model, const MatrixCase& testCase, int role) const;
    QString cellToolTip(const MatrixCell& cell, int model, const MatrixCase& testCase) const;

    MatrixData m_matrix;
    QString m_highlighted;
};
