// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/tablemodel.h"
#include "dispatcher/dispatchfigures.h"
#include "dispatcher/endtoend.h"

// The misrouted requests of a benchmark: what each was, where it went, what sent it there (a rule,
// or the classifier's answer), and, with a run, the answer the wrong model gave.
class MisroutesModel : public TableModel<MisroutedRequest>
{
    Q_OBJECT
public:
    enum Column { IdColumn, TrueColumn, PredictedColumn, ByColumn, ModelColumn, VerdictColumn, AnswerColumn, ColumnCount };

    explicit MisroutesModel(QObject* parent = nullptr);

    void setFigures(const DispatchFigures& figures, const std::optional<EndToEndFigures>& endToEnd,
                    const QList<DispatchRule>& rules);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const MisroutedRequest& misroute, int column, int role) const override;
    QVariant value(const MisroutedRequest& misroute, int column, int role) const;
    const DispatchedCaseOutcome* outcomeOf(const MisroutedRequest& misroute) const;

    std::optional<EndToEndFigures> m_endToEnd;
    QList<DispatchRule> m_rules;
};
