// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowcasemodel.h"

#include "common/displayformat.h"

#include <QLocale>

QString shadowScoreText(const ShadowAnswer& answer)
{
    if (!answer.answered)
        return ShadowCaseModel::tr("no answer");
    if (answer.isError())
        return ShadowCaseModel::tr("error");
    if (!answer.score)
        return answer.pass ? ShadowCaseModel::tr("pass") : ShadowCaseModel::tr("fail");
    return QLocale().toString(*answer.score, 'f', 2);
}

QString shadowModelLabel(const Workspace& workspace, const QString& modelId)
{
    const ModelSpec* model = workspace.model(modelId);
    return model ? model->label() : modelId;
}

ShadowCaseModel::ShadowCaseModel(QObject* parent)
    : TableModel(ColumnCount, parent)
{
}

ShadowCaseModel::~ShadowCaseModel() = default;

void ShadowCaseModel::setComparison(std::shared_ptr<const ShadowComparison> comparison, int candidateIndex,
                                    ShadowFilter filter)
{
    resetRows([&] {
        m_comparison = std::move(comparison);
        m_candidate = candidateIndex;
        m_filter = filter;
        return filteredRows();
    });
}

void ShadowCaseModel::setCandidate(int candidateIndex)
{
    if (candidateIndex == m_candidate)
        return;
    resetRows([&] {
        m_candidate = candidateIndex;
        return filteredRows();
    });
}

void ShadowCaseModel::setFilter(ShadowFilter filter)
{
    resetRows([&] {
        m_filter = filter;
        return filteredRows();
    });
}

QList<int> ShadowCaseModel::filteredRows() const
{
    const bool valid = m_comparison && m_candidate >= 0 && m_candidate < m_comparison->candidateModelIds.size();
    return valid ? m_comparison->filtered(m_candidate, m_filter) : QList<int> {};
}

int ShadowCaseModel::rowOfCase(int caseIndex) const
{
    const QList<int>& shown = rows();
    const auto found = std::lower_bound(shown.cbegin(), shown.cend(), caseIndex);
    return found != shown.cend() && *found == caseIndex ? int(found - shown.cbegin()) : -1;
}

bool ShadowCaseModel::differs(int row) const
{
    const int index = caseIndex(row);
    if (index < 0)
        return false;
    return differs(m_comparison->cases.at(index));
}

bool ShadowCaseModel::differs(const ShadowCase& shadowCase) const
{
    const ShadowCandidateAnswer* candidate = candidateOf(shadowCase);
    return candidate && !candidate->diff.identical();
}

void ShadowCaseModel::caseChanged(int caseIndex)
{
    const int row = rowOfCase(caseIndex);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const ShadowCandidateAnswer* ShadowCaseModel::candidateOf(const ShadowCase& shadowCase) const
{
    return m_candidate >= 0 && m_candidate < shadowCase.candidates.size() ? &shadowCase.candidates.at(m_candidate)
                                                                          : nullptr;
}

QVariant ShadowCaseModel::cell(const int& caseIdx, int column, int role) const
{
    const ShadowCase& shadowCase = m_comparison->cases.at(caseIdx);
    switch (role) {
    case Qt::DisplayRole:
        return display(shadowCase, column);
    case Qt::ToolTipRole:
        return toolTip(shadowCase, column);
    case CaseIndexRole:
        return caseIdx;
    case DiffersRole:
        return differs(shadowCase);
    case Qt::TextAlignmentRole:
        if (column == BaselineColumn || column == CandidateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ShadowCaseModel::display(const ShadowCase& shadowCase, int column) const
{
    const ShadowCandidateAnswer* candidate = candidateOf(shadowCase);
    switch (column) {
    case CaseColumn:
        return shadowCase.caseId;
    case InputColumn:
        return DisplayFormat::oneLine(shadowCase.input, 120);
    case BaselineColumn:
        return shadowScoreText(shadowCase.baseline);
    case CandidateColumn:
        return candidate ? shadowScoreText(candidate->answer) : QString();
    case AgreementColumn:
        if (!candidate)
            return {};
        if (candidate->diff.identical())
            return tr("same text");
        return candidate->agrees ? tr("agrees (%1)").arg(DisplayFormat::percent(candidate->diff.similarity))
                                 : tr("differs (%1)").arg(DisplayFormat::percent(candidate->diff.similarity));
    case OutcomeColumn:
        return candidate ? shadowOutcomeDisplayName(candidate->byScore) : QString();
    case VerdictColumn:
        return candidate && candidate->verdict ? verdictDisplayName(candidate->verdict->verdict) : QString();
    default:
        return {};
    }
}

QVariant ShadowCaseModel::toolTip(const ShadowCase& shadowCase, int column) const
{
    const ShadowCandidateAnswer* candidate = candidateOf(shadowCase);
    switch (column) {
    case InputColumn:
        return DisplayFormat::oneLine(shadowCase.input, 600);
    case BaselineColumn:
        return shadowCase.baseline.errorMessage.isEmpty() ? QVariant() : shadowCase.baseline.errorMessage;
    case CandidateColumn:
        return candidate && !candidate->answer.errorMessage.isEmpty() ? candidate->answer.errorMessage : QVariant();
    case AgreementColumn:
        return tr("How much of the candidate's answer is word for word the baseline's");
    case VerdictColumn:
        return candidate && candidate->verdict && !candidate->verdict->note.isEmpty() ? candidate->verdict->note
                                                                                      : QVariant();
    default:
        return {};
    }
}

QVariant ShadowCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case InputColumn:
        return tr("Input");
    case BaselineColumn:
        return tr("Baseline");
    case CandidateColumn:
        return tr("Candidate");
    case AgreementColumn:
        return tr("Answers");
    case OutcomeColumn:
        return tr("By score");
    case VerdictColumn:
        return tr("Your verdict");
    default:
        return {};
    }
}
