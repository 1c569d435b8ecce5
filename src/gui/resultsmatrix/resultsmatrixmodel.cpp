// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsmatrixmodel.h"

#include "common/costformat.h"
#include "common/displayformat.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace {
// Readable on light and dark backgrounds alike; the cell background is a faint wash of the same.
QColor verdictColour(CellVerdict verdict)
{
    switch (verdict) {
    case CellVerdict::Pass:
        return QColor(0x2e, 0x9d, 0x4f);
    case CellVerdict::Fail:
        return QColor(0xd6, 0x45, 0x41);
    case CellVerdict::Mixed:
        return QColor(0xc2, 0x8a, 0x12);
    case CellVerdict::Error:
        return QColor(0xd9, 0x82, 0x1e);
    case CellVerdict::Missing:
        break;
    }
    return {};
}

QString latencyText(qint64 ms)
{
    if (ms < 0) // not measured: an answer collected through a provider's batch API
        return DisplayFormat::unmeasuredLatency();
    if (ms < 1000)
        return ResultsMatrixModel::tr("%1 ms").arg(QLocale().toString(ms));
    return ResultsMatrixModel::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 2));
}

QString scoreText(double score)
{
    return QLocale().toString(score, 'f', 2);
}

QString repeatLine(const ResultRecord& record, bool numbered)
{
    const QString head = numbered ? ResultsMatrixModel::tr("Repeat %1: ").arg(record.repeat + 1) : QString();
    if (record.isError())
        return head + ResultsMatrixModel::tr("error (%1): %2").arg(record.errorKind, record.errorMessage);
    if (record.isRefusal())
        return head
            + ResultsMatrixModel::tr("fail, %1: %2").arg(refusalLabel(record.refusal), record.refusalReason);
    const QString verdict = record.pass ? ResultsMatrixModel::tr("pass") : ResultsMatrixModel::tr("fail");
    const QString score = record.score ? ResultsMatrixModel::tr(", score %1").arg(scoreText(*record.score)) : QString();
    const QString judge = record.judgeCostUsd > 0.0
        ? ResultsMatrixModel::tr(" (judge %1)").arg(costText(record.judgeCostUsd))
        : QString();
    return head
        + ResultsMatrixModel::tr("%1%2 · %3%4 · %5 · %6 in / %7 out tokens")
              .arg(verdict, score, costText(record.costUsd), judge, latencyText(record.latencyMs),
                   DisplayFormat::count(record.inputTokens), DisplayFormat::count(record.outputTokens));
}

// Long model names on two lines, so that six or more model columns fit beside the detail pane.
QString headerLabel(const QString& label)
{
    if (label.size() <= 12)
        return label;
    qsizetype best = -1;
    for (qsizetype at = label.indexOf(u' '); at >= 0; at = label.indexOf(u' ', at + 1)) {
        if (best < 0 || std::abs(at - label.size() / 2) < std::abs(best - label.size() / 2))
            best = at;
    }
    return best < 0 ? label : label.left(best) + u'\n' + label.mid(best + 1);
}

double sortValue(const MatrixCell& cell)
{
    switch (cell.verdict()) {
    case CellVerdict::Missing:
        return -2.0;
    case CellVerdict::Error:
        return -1.0;
    default:
        break;
    }
    return cell.isPartialScore() ? cell.meanScore().value_or(0.0) : double(cell.passes()) / cell.runs();
}
} // namespace

ResultsMatrixModel::ResultsMatrixModel(QObject* parent)
    : TableModelBase(FirstModelColumn, parent)
{
}

void ResultsMatrixModel::setMatrix(const MatrixData& matrix)
{
    beginResetModel();
    m_matrix = matrix;
    setColumnCount(FirstModelColumn + int(m_matrix.models.size())); // a column a model
    endResetModel();
}

void ResultsMatrixModel::clear()
{
    setMatrix({});
}

void ResultsMatrixModel::setHighlightedModel(const QString& modelId)
{
    if (m_highlighted == modelId)
        return;
    m_highlighted = modelId;
    if (!m_matrix.models.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, FirstModelColumn, columnCount() - 1);
}

QString ResultsMatrixModel::modelIdAt(int column) const
{
    const int model = column - FirstModelColumn;
    return model >= 0 && model < m_matrix.models.size() ? m_matrix.models.at(model).id : QString();
}

int ResultsMatrixModel::columnOfModel(const QString& modelId) const
{
    const int model = m_matrix.indexOfModel(modelId);
    return model < 0 ? -1 : FirstModelColumn + model;
}

bool ResultsMatrixModel::anyFailed(int row) const
{
    const QList<MatrixCell>& cells = m_matrix.cells.at(row);
    return std::any_of(cells.cbegin(), cells.cend(), [](const MatrixCell& cell) {
        const CellVerdict verdict = cell.verdict();
        return verdict != CellVerdict::Pass && verdict != CellVerdict::Missing;
    });
}

bool ResultsMatrixModel::anyError(int row) const
{
    const QList<MatrixCell>& cells = m_matrix.cells.at(row);
    return std::any_of(cells.cbegin(), cells.cend(), [](const MatrixCell& cell) { return cell.errors() > 0; });
}

bool ResultsMatrixModel::modelsDisagree(int row) const
{
    bool passed = false;
    bool failed = false;
    for (const MatrixCell& cell : m_matrix.cells.at(row)) {
        if (const std::optional<bool> opinion = cell.majorityPasses())
            (*opinion ? passed : failed) = true;
    }
    return passed && failed;
}

bool ResultsMatrixModel::rowContains(int row, const QString& text) const
{
    const MatrixCase& testCase = m_matrix.cases.at(row);
    const auto has = [&text](const QString& field) { return field.contains(text, Qt::CaseInsensitive); };
    if (has(testCase.id) || has(testCase.input) || has(testCase.expected))
        return true;
    for (const MatrixCell& cell : m_matrix.cells.at(row)) {
        for (const ResultRecord& record : cell.results) {
            if (has(record.output) || has(record.errorMessage) || has(record.refusalReason))
                return true;
        }
    }
    return false;
}

QString ResultsMatrixModel::cellText(const MatrixCell& cell)
{
    const CellVerdict verdict = cell.verdict();
    if (verdict == CellVerdict::Missing)
        return {};
    if (verdict == CellVerdict::Error)
        return tr("error");
    if (const QString kind = cell.refusalKind(); !kind.isEmpty())
        return refusalLabel(kind);
    if (cell.runs() > 1)
        return tr("%1/%2").arg(cell.passes()).arg(cell.runs());
    if (cell.isPartialScore())
        return scoreText(*cell.meanScore());
    return verdict == CellVerdict::Pass ? QStringLiteral("✓") : QStringLiteral("✗");
}

int ResultsMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.cases.size());
}

QVariant ResultsMatrixModel::cellAt(int row, int column, int role) const
{
    const MatrixCase& testCase = m_matrix.cases.at(row);
    if (role == CaseIdRole)
        return testCase.id;
    const int model = column - FirstModelColumn;
    if (model < 0)
        return caseData(testCase, column, role);
    return cellData(m_matrix.cell(row, model), model, testCase, role);
}

QVariant ResultsMatrixModel::caseData(const MatrixCase& testCase, int column, int role) const
{
    const bool isCase = column == CaseColumn;
    switch (role) {
    case Qt::DisplayRole:
        return isCase ? testCase.id : DisplayFormat::oneLine(testCase.input, 120);
    case SortRole:
        return isCase ? DisplayFormat::naturalSortKey(testCase.id) : testCase.input.toLower();
    case Qt::ToolTipRole:
        if (!testCase.inWorkspace)
            return tr("This case is no longer in the workspace; only its results are shown.");
        return isCase ? QVariant() : QVariant(DisplayFormat::oneLine(testCase.input, 600));
    case Qt::ForegroundRole:
        return testCase.inWorkspace ? QVariant() : QVariant(QPalette().color(QPalette::PlaceholderText));
    default:
        return {};
    }
}

QVariant ResultsMatrixModel::cellData(const MatrixCell& cell, int model, const MatrixCase& testCase, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell);
    case SortRole:
        return sortValue(cell);
    case VerdictRole:
        return int(cell.verdict());
    case ModelIdRole:
        return m_matrix.models.at(model).id;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ForegroundRole: {
        const QColor colour = verdictColour(cell.verdict());
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::BackgroundRole: {
        QColor wash = verdictColour(cell.verdict());
        if (!wash.isValid())
            return {};
        wash.setAlpha(40);
        return wash;
    }
    case Qt::ToolTipRole:
        return cellToolTip(cell, model, testCase);
    default:
        return {};
    }
}

QString ResultsMatrixModel::cellToolTip(const MatrixCell& cell, int model, const MatrixCase& testCase) const
{
    const QString title = tr("%1 on %2").arg(m_matrix.models.at(model).label, testCase.id);
    if (cell.results.isEmpty())
        return title + u'\n' + tr("No result");
    QStringList lines { title };
    for (const ResultRecord& record : cell.results)
        lines.append(repeatLine(record, cell.runs() > 1));
    if (cell.runs() > 1)
        lines.append(
            tr("Mean cost %1 · mean latency %2").arg(costText(cell.meanCostUsd()), latencyText(cell.meanLatencyMs().value_or(ResultRecord::unmeasuredLatency))));
    return lines.join(u'\n');
}

QVariant ResultsMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int model = section - FirstModelColumn;
    if (model < 0) {
        if (role == Qt::DisplayRole)
            return section == CaseColumn ? tr("Case") : tr("Input");
        return {};
    }
    const MatrixModel& spec = m_matrix.models.at(model);
    switch (role) {
    case Qt::DisplayRole:
        return headerLabel(spec.label);
    case Qt::ToolTipRole:
        return tr("%1 (%2): click to select this model everywhere").arg(spec.label, spec.id);
    case ModelIdRole:
        return spec.id;
    case Qt::FontRole:
        if (spec.id == m_highlighted) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}
