// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultstablemodel.h"

#include "common/costformat.h"
#include "common/displayformat.h"

#include <limits>
#include <QColor>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace {
QString latencyText(qint64 ms)
{
    if (ms < 0)
        return DisplayFormat::unmeasuredLatency();
    if (ms < 1000)
        return ResultsTableModel::tr("%1 ms").arg(QLocale().toString(ms));
    return ResultsTableModel::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 2));
}

QString outcomeText(ResultsTableModel::Outcome outcome)
{
    switch (outcome) {
    case ResultsTableModel::Outcome::Pass:
        return ResultsTableModel::tr("Pass");
    case ResultsTableModel::Outcome::Fail:
        return ResultsTableModel::tr("Fail");
    case ResultsTableModel::Outcome::Error:
        return ResultsTableModel::tr("Error");
    }
    return {};
}

// A coloured dot; the colours read on light and dark backgrounds alike.
QPixmap outcomeDot(ResultsTableModel::Outcome outcome)
{
    static const QColor colours[] = { QColor(0xd9, 0x82, 0x1e), QColor(0xd6, 0x45, 0x41), QColor(0x2e, 0x9d, 0x4f) };
    QPixmap dot(10, 10);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours[int(outcome)]);
    painter.drawEllipse(QRectF(0.5, 0.5, 9, 9));
    return dot;
}

QString caseText(const ResultRecord& record)
{
    return record.repeat > 0 ? record.caseId + u" #" + QString::number(record.repeat + 1) : record.caseId;
}

bool isNumeric(int column)
{
    switch (column) {
    case ResultsTableModel::ScoreColumn:
    case ResultsTableModel::LatencyColumn:
    case ResultsTableModel::TokensColumn:
    case ResultsTableModel::CostColumn:
    case ResultsTableModel::AttemptsColumn:
        return true;
    default:
        return false;
    }
}
} // namespace

ResultsTableModel::ResultsTableModel(QObject* parent)
    : TableModel(ColumnCount, parent)
    , m_dots { outcomeDot(Outcome::Error), outcomeDot(Outcome::Fail), outcomeDot(Outcome::Pass) }
{
}

void ResultsTableModel::setModelLabels(const QHash<QString, QString>& labels)
{
    m_labels = labels;
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0, ModelColumn), index(rowCount() - 1, ModelColumn));
}

QString ResultsTableModel::modelLabel(const QString& modelId) const
{
    return m_labels.value(modelId, modelId);
}

ResultsTableModel::Outcome ResultsTableModel::outcomeOf(const ResultRecord& record)
{
    if (record.isError())
        return Outcome::Error;
    return record.pass ? Outcome::Pass : Outcome::Fail;
}

void ResultsTableModel::setResults(const QList<ResultRecord>& results)
{
    resetRows([&] {
        reindex(results);
        return results;
    });
}

void ResultsTableModel::clear()
{
    setResults({});
}

void ResultsTableModel::addResults(const QList<ResultRecord>& results)
{
    QList<ResultRecord> added;
    for (const ResultRecord& record : results) {
        const int row = rowOf(record.job());
        if (row < 0) {
            added.append(record);
            continue;
        }
        replaceRow(row, record);
    }
    int next = rowCount();
    for (const ResultRecord& record : std::as_const(added))
        m_rowOfJob.insert(record.job(), next++);
    appendRows(added);
}

void ResultsTableModel::reindex(const QList<ResultRecord>& records)
{
    m_rowOfJob.clear();
    m_rowOfJob.reserve(records.size());
    for (int row = 0; row < records.size(); ++row)
        m_rowOfJob.insert(records.at(row).job(), row);
}

QVariant ResultsTableModel::cell(const ResultRecord& record, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(record, column);
    case SortRole:
        return sortValue(record, column);
    case Qt::ToolTipRole:
        return toolTip(record, column);
    case OutcomeRole:
        return QVariant::fromValue(int(outcomeOf(record)));
    case Qt::DecorationRole:
        return column == OutcomeColumn ? QVariant(m_dots[int(outcomeOf(record))]) : QVariant();
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ResultsTableModel::display(const ResultRecord& record, int column) const
{
    switch (column) {
    case CategoryColumn:
        return record.category;
    case CaseColumn:
        return caseText(record);
    case ModelColumn:
        return modelLabel(record.modelId);
    case OutcomeColumn:
        return outcomeText(outcomeOf(record));
    case ScoreColumn:
        return record.score ? QLocale().toString(*record.score, 'f', 2) : QStringLiteral("–");
    case LatencyColumn:
        return latencyText(record.latencyMs);
    case TokensColumn:
        return tr("%1 / %2").arg(DisplayFormat::count(record.inputTokens), DisplayFormat::count(record.outputTokens));
    case CostColumn:
        return costText(record.totalCostUsd());
    case AttemptsColumn:
        return record.attempts;
    case ErrorColumn:
        if (record.isRefusal())
            return DisplayFormat::oneLine(tr("%1: %2").arg(refusalLabel(record.refusal), record.refusalReason));
        return record.isError()
            ? DisplayFormat::oneLine(record.errorMessage.isEmpty() ? record.errorKind : record.errorMessage)
            : QString();
    case CachedColumn:
        return record.cached ? tr("Cached") : QString();
    default:
        return {};
    }
}

QVariant ResultsTableModel::sortValue(const ResultRecord& record, int column) const
{
    switch (column) {
    case CategoryColumn:
        return record.category.toLower();
    case CaseColumn:
        return QString(DisplayFormat::naturalSortKey(record.caseId) + u'#'
                       + QString::number(record.repeat).rightJustified(3, u'0'));
    case ModelColumn:
        return modelLabel(record.modelId).toLower();
    case OutcomeColumn:
        return int(outcomeOf(record));
    case ScoreColumn:
        return record.score.value_or(-1.0);
    case LatencyColumn: // an unmeasured latency (a batch answer) after every measured one
        return record.hasLatency() ? record.latencyMs : std::numeric_limits<qint64>::max();
    case TokensColumn:
        return record.inputTokens + record.outputTokens;
    case CostColumn:
        return record.totalCostUsd();
    case AttemptsColumn:
        return record.attempts;
    case ErrorColumn:
        return record.errorMessage.toLower();
    case CachedColumn:
        return record.cached;
    default:
        return {};
    }
}

QVariant ResultsTableModel::toolTip(const ResultRecord& record, int column) const
{
    switch (column) {
    case CaseColumn:
        return tr("Case %1, repeat %2").arg(record.caseId).arg(record.repeat + 1);
    case ModelColumn:
        return tr("%1 (%2)").arg(modelLabel(record.modelId), record.modelId);
    case TokensColumn:
        return record.usageEstimated
            ? tr("%1 input and %2 output tokens, estimated: the provider did not report usage")
                  .arg(DisplayFormat::count(record.inputTokens), DisplayFormat::count(record.outputTokens))
            : tr("%1 input and %2 output tokens")
                  .arg(DisplayFormat::count(record.inputTokens), DisplayFormat::count(record.outputTokens));
    case CostColumn:
        return record.judgeCostUsd > 0
            ? tr("Model %1 + judge %2").arg(costText(record.costUsd), costText(record.judgeCostUsd))
            : QVariant();
    case ErrorColumn:
        return record.isError() ? QVariant(record.errorMessage) : QVariant();
    case CachedColumn:
        return record.cached ? tr("Answered from the response cache, not the provider") : QVariant();
    default:
        return {};
    }
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == TokensColumn)
        return tr("Input tokens / output tokens");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case CaseColumn:
        return tr("Case");
    case ModelColumn:
        return tr("Model");
    case OutcomeColumn:
        return tr("Result");
    case ScoreColumn:
        return tr("Score");
    case LatencyColumn:
        return tr("Latency");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Error");
    case CachedColumn:
        return tr("Cached");
    default:
        return {};
    }
}
