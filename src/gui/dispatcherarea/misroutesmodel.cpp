// SPDX-License-Identifier: GPL-3.0-or-later
#include "misroutesmodel.h"

#include "common/displayformat.h"
#include "dispatchrulesmodel.h"

MisroutesModel::MisroutesModel(QObject* parent)
    : TableModel(ColumnCount, parent)
{
}

void MisroutesModel::setFigures(const DispatchFigures& figures, const std::optional<EndToEndFigures>& endToEnd,
                                const QList<DispatchRule>& rules)
{
    resetRows([&] {
        m_endToEnd = endToEnd;
        m_rules = rules;
        return figures.misroutes;
    });
}

const DispatchedCaseOutcome* MisroutesModel::outcomeOf(const MisroutedRequest& misroute) const
{
    if (!m_endToEnd || misroute.index < 0 || misroute.index >= m_endToEnd->outcomes.size())
        return nullptr;
    const DispatchedCaseOutcome& outcome = m_endToEnd->outcomes.at(misroute.index);
    return outcome.deployedModel.isEmpty() ? nullptr : &outcome;
}

QVariant MisroutesModel::value(const MisroutedRequest& misroute, int column, int role) const
{
    const Dispatch& dispatch = misroute.dispatch;
    const DispatchedCaseOutcome* outcome = outcomeOf(misroute);
    switch (column) {
    case IdColumn:
        return role == SortRole ? DisplayFormat::naturalSortKey(misroute.request.id) : misroute.request.id;
    case TrueColumn:
        return misroute.request.category;
    case PredictedColumn:
        return dispatch.category;
    case ByColumn:
        if (dispatch.source == Dispatch::Source::Rule) {
            if (role == Qt::ToolTipRole && dispatch.rule < m_rules.size())
                return DispatchRulesModel::describe(m_rules.at(dispatch.rule));
            return role == SortRole ? QVariant(dispatch.rule) : QVariant(tr("rule %1").arg(dispatch.rule + 1));
        }
        return role == SortRole ? QVariant(m_rules.size() + 1)
                                : QVariant(tr("classifier: %1").arg(DisplayFormat::oneLine(dispatch.classifierAnswer, 40)));
    case ModelColumn:
        return outcome ? outcome->deployedModel : QString();
    case VerdictColumn:
        if (!outcome)
            return {};
        if (!outcome->deployedPass)
            return role == SortRole ? QVariant(-1.0) : QVariant(tr("not evaluated"));
        return role == SortRole ? QVariant(*outcome->deployedPass)
                                : QVariant(*outcome->deployedPass >= 1.0 ? tr("passed anyway")
                                                                         : *outcome->deployedPass <= 0.0 ? tr("failed")
                                                                                                         : DisplayFormat::percent(*outcome->deployedPass));
    case AnswerColumn:
        if (!outcome || !outcome->deployedPass)
            return {};
        return role == Qt::ToolTipRole ? outcome->deployedAnswer : DisplayFormat::oneLine(outcome->deployedAnswer, 120);
    default:
        return {};
    }
}

QVariant MisroutesModel::cell(const MisroutedRequest& misroute, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == IdColumn)
        return misroute.request.input;
    if (role == SortRole) {
        const QVariant sort = value(misroute, column, SortRole);
        return sort.isValid() ? sort : value(misroute, column, Qt::DisplayRole);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return value(misroute, column, role);
    return {};
}

QVariant MisroutesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Case");
    case TrueColumn:
        return tr("Its category");
    case PredictedColumn:
        return tr("Sent to");
    case ByColumn:
        return tr("Decided by");
    case ModelColumn:
        return tr("Model that answered");
    case VerdictColumn:
        return tr("Verdict");
    case AnswerColumn:
        return tr("Its answer");
    default:
        return {};
    }
}
