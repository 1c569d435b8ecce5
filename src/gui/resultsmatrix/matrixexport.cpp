// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {
QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QStringList csvHeader(const MatrixData& matrix)
{
    QStringList header { QStringLiteral("case"), QStringLiteral("input"), QStringLiteral("expected") };
    for (const MatrixModel& model : matrix.models) {
        for (const char* field : { " verdict", " score", " cost_usd", " latency_ms", " output" })
            header.append(model.id + QLatin1String(field));
    }
    return header;
}

QStringList csvCells(const MatrixCell& cell)
{
    if (cell.results.isEmpty())
        return { {}, {}, {}, {}, {} };
    const std::optional<double> score = cell.meanScore();
    const std::optional<qint64> latency = cell.meanLatencyMs(); // empty when not measured (batch answers)
    return { MatrixExport::verdictKey(cell), score ? number(*score) : QString(), number(cell.meanCostUsd()),
             latency ? QString::number(*latency) : QString(), cell.results.first().output };
}

QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields)
        quoted.append(MatrixExport::csvField(field));
    return quoted.join(u',') + u"\r\n";
}

QJsonValue jsonCell(const MatrixCell& cell)
{
    if (cell.results.isEmpty())
        return QJsonValue::Null;
    QJsonArray outputs;
    QJsonArray errors;
    QJsonArray refusals; // "content-filter: The answer was blocked (SAFETY)"
    for (const ResultRecord& record : cell.results) {
        outputs.append(record.output);
        if (record.isError())
            errors.append(record.errorMessage);
        if (record.isRefusal())
            refusals.append(QString(record.refusal + QStringLiteral(": ") + record.refusalReason));
    }
    const std::optional<double> score = cell.meanScore();
    const std::optional<qint64> latency = cell.meanLatencyMs(); // null when not measured (batch answers)
    return QJsonObject {
        { QStringLiteral("verdict"), MatrixExport::verdictKey(cell) },
        { QStringLiteral("passes"), cell.passes() },
        { QStringLiteral("runs"), cell.runs() },
        { QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("cost_usd"), cell.meanCostUsd() },
        { QStringLiteral("judge_cost_usd"), cell.meanJudgeCostUsd() },
        { QStringLiteral("latency_ms"), latency ? QJsonValue(*latency) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("outputs"), outputs },
        { QStringLiteral("errors"), errors },
        { QStringLiteral("refusals"), refusals },
    };
}
} // namespace

namespace MatrixExport {
QString verdictKey(const MatrixCell& cell)
{
    switch (cell.verdict()) {
    case CellVerdict::Missing:
        return {};
    case CellVerdict::Error:
        return QStringLiteral("error");
    default:
        break;
    }
    if (cell.runs() > 1)
        return QString::number(cell.passes()) + u'/' + QString::number(cell.runs());
    return cell.verdict() == CellVerdict::Pass ? QStringLiteral("pass") : QStringLiteral("fail");
}

QString csvField(const QString& text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); }))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray toCsv(const MatrixData& matrix, const QList<int>& rows)
{
    QString csv = csvLine(csvHeader(matrix));
    for (const int row : rows) {
        const MatrixCase& testCase = matrix.cases.at(row);
        QStringList fields { testCase.id, testCase.input, testCase.expected };
        for (const MatrixCell& cell : matrix.cells.at(row))
            fields += csvCells(cell);
        csv += csvLine(fields);
    }
    return csv.toUtf8();
}

QByteArray toJson(const MatrixData& matrix, const QList<int>& rows)
{
    QJsonArray cases;
    for (const int row : rows) {
        const MatrixCase& testCase = matrix.cases.at(row);
        QJsonObject results;
        for (int model = 0; model < matrix.models.size(); ++model)
            results.insert(matrix.models.at(model).id, jsonCell(matrix.cell(row, model)));
        cases.append(QJsonObject {
            { QStringLiteral("case"), testCase.id },
            { QStringLiteral("input"), testCase.input },
            { QStringLiteral("expected"), testCase.expected },
            { QStringLiteral("results"), results },
        });
    }
    return QJsonDocument(cases).toJson(QJsonDocument::Indented);
}
} // namespace MatrixExport
