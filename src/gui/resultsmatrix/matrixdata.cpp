// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixdata.h"

#include "common/displayformat.h"

#include <algorithm>
#include <QHash>
#include <QSet>

namespace {
void addCases(MatrixData& data, const Category* category, const QList<ResultRecord>& results)
{
    QSet<QString> known;
    if (category) {
        for (const TestCase& testCase : category->cases) {
            data.cases.append({ testCase.id, caseInputText(testCase), testCase.expected, true });
            known.insert(testCase.id);
        }
    }
    QStringList extra;
    for (const ResultRecord& record : results) {
        if (!known.contains(record.caseId)) {
            known.insert(record.caseId);
            extra.append(record.caseId);
        }
    }
    std::sort(extra.begin(), extra.end(), [](const QString& a, const QString& b) {
        return DisplayFormat::naturalSortKey(a) < DisplayFormat::naturalSortKey(b);
    });
    for (const QString& id : std::as_const(extra))
        data.cases.append({ id, {}, {}, false });
}

void addModels(MatrixData& data, const Workspace& workspace, const QList<ResultRecord>& results)
{
    QSet<QString> answered;
    for (const ResultRecord& record : results)
        answered.insert(record.modelId);
    for (const ModelSpec& model : workspace.models) {
        if (answered.remove(model.id))
            data.models.append({ model.id, model.label() });
    }
    QStringList unknown(answered.cbegin(), answered.cend());
    unknown.sort();
    for (const QString& id : std::as_const(unknown))
        data.models.append({ id, id });
}

void addResult(MatrixCell& cell, const ResultRecord& record)
{
    const auto at = std::lower_bound(cell.results.begin(), cell.results.end(), record.repeat,
                                     [](const ResultRecord& r, int repeat) { return r.repeat < repeat; });
    if (at != cell.results.end() && at->repeat == record.repeat)
        *at = record;
    else
        cell.results.insert(at - cell.results.begin(), record);
}
} // namespace

int MatrixCell::passes() const
{
    return int(
        std::count_if(results.cbegin(), results.cend(), [](const ResultRecord& r) { return r.pass && !r.isError(); }));
}

int MatrixCell::errors() const
{
    return int(std::count_if(results.cbegin(), results.cend(), [](const ResultRecord& r) { return r.isError(); }));
}

int MatrixCell::refusals() const
{
    return int(std::count_if(results.cbegin(), results.cend(), [](const ResultRecord& r) { return r.isRefusal(); }));
}

QString MatrixCell::refusalKind() const
{
    if (results.isEmpty())
        return {};
    const QString kind = results.first().refusal;
    const bool same = std::all_of(results.cbegin(), results.cend(), [&kind](const ResultRecord& r) {
        return r.refusal == kind;
    });
    return same ? kind : QString();
}

CellVerdict MatrixCell::verdict() const
{
    if (results.isEmpty())
        return CellVerdict::Missing;
    const int passed = passes();
    if (passed == runs())
        return CellVerdict::Pass;
    if (passed > 0)
        return CellVerdict::Mixed;
    return errors() == runs() ? CellVerdict::Error : CellVerdict::Fail;
}

std::optional<double> MatrixCell::meanScore() const
{
    double sum = 0.0;
    int count = 0;
    for (const ResultRecord& record : results) {
        if (!record.isError() && record.score) {
            sum += *record.score;
            ++count;
        }
    }
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

bool MatrixCell::isPartialScore() const
{
    if (runs() != 1 || results.first().isError() || !results.first().score)
        return false;
    const double score = *results.first().score;
    return score > 0.0 && score < 1.0;
}

double MatrixCell::meanCostUsd() const
{
    double sum = 0.0;
    for (const ResultRecord& record : results)
        sum += record.costUsd;
    return results.isEmpty() ? 0.0 : sum / runs();
}

double MatrixCell::meanJudgeCostUsd() const
{
    double sum = 0.0;
    for (const ResultRecord& record : results)
        sum += record.judgeCostUsd;
    return results.isEmpty() ? 0.0 : sum / runs();
}

std::optional<qint64> MatrixCell::meanLatencyMs() const
{
    qint64 sum = 0;
    qint64 timed = 0;
    for (const ResultRecord& record : results) {
        if (record.hasLatency()) {
            sum += record.latencyMs;
            ++timed;
        }
    }
    return timed > 0 ? std::optional<qint64>(sum / timed) : std::nullopt;
}

std::optional<bool> MatrixCell::majorityPasses() const
{
    if (scored() == 0)
        return std::nullopt;
    return passes() * 2 > scored();
}

int MatrixData::indexOfModel(const QString& id) const
{
    for (int i = 0; i < models.size(); ++i) {
        if (models.at(i).id == id)
            return i;
    }
    return -1;
}

QString caseInputText(const TestCase& testCase)
{
    if (!testCase.isChat())
        return testCase.prompt;
    QStringList lines;
    for (const ChatMessage& message : testCase.messages)
        lines.append(message.role + u": " + message.content);
    return lines.join(u'\n');
}

MatrixData buildMatrix(const Workspace& workspace, const QList<ResultRecord>& results, const QString& category)
{
    QList<ResultRecord> mine;
    for (const ResultRecord& record : results) {
        if (record.category == category)
            mine.append(record);
    }
    MatrixData data;
    data.category = category;
    addCases(data, workspace.category(category), mine);
    addModels(data, workspace, mine);
    QHash<QString, int> rowOf;
    for (int row = 0; row < data.cases.size(); ++row)
        rowOf.insert(data.cases.at(row).id, row);
    QHash<QString, int> columnOf;
    for (int column = 0; column < data.models.size(); ++column)
        columnOf.insert(data.models.at(column).id, column);
    data.cells.fill(QList<MatrixCell>(data.models.size()), data.cases.size());
    for (const ResultRecord& record : std::as_const(mine))
        addResult(data.cells[rowOf.value(record.caseId)][columnOf.value(record.modelId)], record);
    return data;
}
