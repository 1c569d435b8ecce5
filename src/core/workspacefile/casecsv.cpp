// SPDX-License-Identifier: GPL-3.0-or-later
// Test cases in CSV files.
#include "appliedscorers.h"
#include "caseimport.h"
#include "csvreader.h"
#include "textcheck.h"

#include <algorithm>

namespace {
class CsvCases
{
    Q_DECLARE_TR_FUNCTIONS(CsvCases)
public:
    CsvCases(const QString& fileName, const Category& category, CaseImport& result);
    bool readHeader(const CsvRecord& header);
    void readRow(const CsvRecord& row);

private:
    void error(int line, int column, const QString& message);

    QString m_fileName;
    const Category& m_category;
    CaseImport& m_result;
    QStringList m_columns;
    QMap<QString, int> m_idLines;
};

const QString varsPrefix = QStringLiteral("vars.");
const QString tagSeparator = QStringLiteral(";");

QStringList splitTags(const QString& value);

QStringList knownColumns()
{
    return { QStringLiteral("id"),       QStringLiteral("input"),         QStringLiteral("prompt"),
             QStringLiteral("expected"), QStringLiteral("system_prompt"), QStringLiteral("tags") };
}

CsvCases::CsvCases(const QString& fileName, const Category& category, CaseImport& result)
    : m_fileName(fileName)
    , m_category(category)
    , m_result(result)
{
}

void CsvCases::error(int line, int column, const QString& message)
{
    m_result.errors.append(FileError { m_fileName, line, column, message });
}

bool CsvCases::readHeader(const CsvRecord& header)
{
    const qsizetype before = m_result.errors.size();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString column = header.fields.at(i).trimmed();
        const int at = header.columns.value(i, 0);
        if (m_columns.contains(column))
            error(header.line, at, tr("duplicate column '%1'").arg(column));
        else if (column.startsWith(varsPrefix) ? column.size() == varsPrefix.size() : !knownColumns().contains(column))
            error(header.line, at,
                  tr("unknown column '%1'%2; expected id, input (or prompt), expected, system_prompt, tags or "
                     "vars.<name>")
                      .arg(column, didYouMean(column, knownColumns())));
        m_columns.append(column);
    }
    if (!m_columns.contains(QLatin1String("id")))
        error(header.line, 1, tr("the header row has no 'id' column"));
    const bool hasInput = m_columns.contains(QLatin1String("input")),
               hasPrompt = m_columns.contains(QLatin1String("prompt"));
    if (hasInput == hasPrompt)
        error(header.line, 1,
              hasInput ? tr("the header row has both 'input' and 'prompt'; give one of them")
                       : tr("the header row has no 'input' (or 'prompt') column"));
    return m_result.errors.size() == before;
}

void CsvCases::readRow(const CsvRecord& row)
{
    if (row.fields.size() != m_columns.size()) {
        error(row.line, 1,
              tr("this row has %1 fields; the header row has %2").arg(row.fields.size()).arg(m_columns.size()));
        return;
    }
    TestCase testCase;
    int idColumn = 1, inputColumn = 1;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QString& column = m_columns.at(i);
        const QString& value = row.fields.at(i);
        if (column == QLatin1String("id")) {
            testCase.id = value.trimmed();
            idColumn = row.columns.value(i, 1);
        } else if (column == QLatin1String("input") || column == QLatin1String("prompt")) {
            testCase.prompt = value;
            inputColumn = row.columns.value(i, 1);
        } else if (column == QLatin1String("expected")) {
            testCase.expected = value;
        } else if (column == QLatin1String("system_prompt")) {
            testCase.systemPrompt = value;
        } else if (column == QLatin1String("tags")) {
            testCase.tags = splitTags(value);
        } else if (column.startsWith(varsPrefix) && !value.isEmpty()) {
            testCase.vars.insert(column.mid(varsPrefix.size()), value);
        }
    }
    if (testCase.id.isEmpty())
        return error(row.line, idColumn, tr("this row has no id"));
    if (const qsizetype at = controlCharacterIndex(testCase.id); at >= 0)
        return error(row.line, idColumn,
                     tr("id: holds the control character %1; a name or id cannot hold control characters")
                         .arg(controlCharacterName(testCase.id.at(at))));
    if (testCase.prompt.isEmpty())
        return error(row.line, inputColumn, tr("case '%1' has no input").arg(testCase.id));
    if (const int first = m_idLines.value(testCase.id))
        return error(row.line, idColumn,
                     tr("duplicate case id '%1' (first used on line %2)").arg(testCase.id).arg(first));
    m_idLines.insert(testCase.id, row.line);
    for (const AppliedScorerIssue& found : appliedScorerIssues(testCase, m_category)) {
        if (found.warning)
            m_result.warnings.append(FileError { m_fileName, row.line, idColumn, found.issue.message });
        else
            error(row.line, idColumn, found.issue.message);
    }
    m_result.cases.append(testCase);
}

QStringList splitTags(const QString& value)
{
    QStringList tags;
    for (const QString& tag : value.split(tagSeparator)) {
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    return tags;
}

bool needsQuotes(const QString& field)
{
    return field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
}

QString csvField(const QString& field)
{
    if (!needsQuotes(field))
        return field;
    QString escaped = field;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

QStringList varNames(const QList<TestCase>& cases)
{
    QStringList names;
    for (const TestCase& testCase : cases) {
        for (auto it = testCase.vars.cbegin(); it != testCase.vars.cend(); ++it) {
            if (!names.contains(it.key()))
                names.append(it.key());
        }
    }
    names.sort();
    return names;
}

template <typename Predicate> bool anyCase(const QList<TestCase>& cases, Predicate predicate)
{
    return std::any_of(cases.cbegin(), cases.cend(), predicate);
}
} // namespace

CaseImport parseCsvCases(const QByteArray& text, const QString& fileName, const Category& category)
{
    CaseImport result;
    if (const auto error = utf8Error(text, fileName)) {
        result.errors.append(*error);
        return result;
    }
    if (const auto error = controlByteError(text, fileName, true)) {
        result.errors.append(*error);
        return result;
    }
    QString decoded = QString::fromUtf8(text);
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    const CsvReader reader(decoded, fileName);
    result.errors = reader.errors();
    const QList<CsvRecord> records = reader.records();
    if (records.isEmpty()) {
        if (result.errors.isEmpty())
            result.errors.append(FileError {
                fileName, 1, 1, CsvCases::tr("the file is empty; expected a header row such as id,input,expected") });
        return result;
    }
    CsvCases cases(fileName, category, result);
    if (!cases.readHeader(records.constFirst()))
        return result;
    for (qsizetype i = 1; i < records.size(); ++i)
        cases.readRow(records.at(i));
    if (result.cases.isEmpty() && result.errors.isEmpty())
        result.errors.append(FileError { fileName, records.constFirst().line, 1,
                                         CsvCases::tr("the file has a header row but no test cases below it") });
    std::stable_sort(result.errors.begin(), result.errors.end(), [](const FileError& a, const FileError& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return result;
}

QStringList csvLimitations(const QList<TestCase>& cases)
{
    QStringList problems;
    for (const TestCase& testCase : cases) {
        if (testCase.isChat())
            problems.append(
                CsvCases::tr("case '%1' is a chat transcript, which a CSV file cannot hold").arg(testCase.id));
        else if (testCase.prompt.isEmpty())
            problems.append(CsvCases::tr("case '%1' has no input, which a CSV file needs").arg(testCase.id));
        if (!testCase.scorers.isEmpty())
            problems.append(
                CsvCases::tr("case '%1' has its own scorers, which a CSV file cannot hold").arg(testCase.id));
        const auto hasSeparator = [](const QString& tag) { return tag.contains(tagSeparator); };
        if (std::any_of(testCase.tags.cbegin(), testCase.tags.cend(), hasSeparator))
            problems.append(
                CsvCases::tr("a tag of case '%1' contains ';', which separates tags in a CSV file").arg(testCase.id));
    }
    return problems;
}

QByteArray casesToCsv(const QList<TestCase>& cases)
{
    const bool system = anyCase(cases, [](const TestCase& c) { return !c.systemPrompt.isEmpty(); });
    const bool tags = anyCase(cases, [](const TestCase& c) { return !c.tags.isEmpty(); });
    const QStringList vars = varNames(cases);
    QStringList header = { QStringLiteral("id"), QStringLiteral("input"), QStringLiteral("expected") };
    if (system)
        header.append(QStringLiteral("system_prompt"));
    if (tags)
        header.append(QStringLiteral("tags"));
    for (const QString& name : vars)
        header.append(varsPrefix + name);
    QString text = header.join(u',') + u'\n';
    for (const TestCase& testCase : cases) {
        QStringList row = { testCase.id, testCase.prompt, testCase.expected };
        if (system)
            row.append(testCase.systemPrompt);
        if (tags)
            row.append(testCase.tags.join(tagSeparator));
        for (const QString& name : vars)
            row.append(testCase.vars.value(name));
        for (QString& field : row)
            field = csvField(field);
        text += row.join(u',') + u'\n';
    }
    return text.toUtf8();
}
