// SPDX-License-Identifier: GPL-3.0-or-later
// The machine-readable formats; both write the values reportValues() gives.
#include "reportfields.h"
#include "reportformats.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString csvField(const QString& text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool quote = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); });
    if (!quote)
        return text;
    QString quoted = text;
    return u'"' + quoted.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString csvText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return csvField(value.toString());
    default:
        return {};
    }
}

QString csvRecord(const QStringList& fields)
{
    return fields.join(u',') + QStringLiteral("\r\n");
}

QJsonObject rowObject(const QStringList& keys, const QList<QJsonValue>& values)
{
    QJsonObject object;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!values.at(i).isNull() || !omittedWhenNull(keys.at(i)))
            object.insert(keys.at(i), values.at(i));
    }
    return object;
}

QJsonArray cellArray(const QList<CellKey>& cells)
{
    QJsonArray array;
    for (const CellKey& cell : cells)
        array.append(
            QJsonObject { { QStringLiteral("category"), cell.category }, { QStringLiteral("model"), cell.modelId } });
    return array;
}
} // namespace

QString reportCsv(const RunReport& report)
{
    const QStringList keys = reportKeys(report.compared);
    QString text = csvRecord(keys);
    for (const ReportRow& row : report.rows) {
        QStringList fields;
        for (const QJsonValue& value : reportValues(row, report.compared))
            fields.append(csvText(value));
        text += csvRecord(fields);
    }
    return text;
}

QString reportJson(const RunReport& report)
{
    const QStringList keys = reportKeys(report.compared);
    QJsonArray rows;
    for (const ReportRow& row : report.rows)
        rows.append(rowObject(keys, reportValues(row, report.compared)));
    QJsonObject document { { QStringLiteral("run"), report.runId }, { QStringLiteral("rows"), rows } };
    if (report.compared) {
        document.insert(QStringLiteral("baseline"), report.baselineRunId);
        document.insert(QStringLiteral("regressions"), report.regressions);
        document.insert(QStringLiteral("improvements"), report.improvements);
        document.insert(QStringLiteral("only_in_baseline"), cellArray(report.onlyInBaseline));
    }
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}
