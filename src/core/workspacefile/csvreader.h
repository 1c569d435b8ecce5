// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fileerror.h"

#include <QCoreApplication>
#include <QStringList>

// One record of a CSV file and where it starts.
struct CsvRecord {
    int line = 0; // 1-based line of its first character
    QStringList fields;
    QList<int> columns; // 1-based column where each field starts
};

// Splits CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks) into
// records. A malformed record is reported and left out; parsing goes on with the next one.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    CsvReader(const QString& text, const QString& fileName);

    QList<CsvRecord> records() const { return m_records; }
    FileErrors errors() const { return m_errors; }

private:
    enum class State { FieldStart, Plain, Quoted, AfterQuote };

    void parse(const QString& text);
    void step(QChar c, bool lineBreak);
    void finish();
    void endField();
    void endRecord();
    void fail(int line, int column, const QString& message);

    QString m_fileName;
    QList<CsvRecord> m_records;
    FileErrors m_errors;
    CsvRecord m_record;
    QString m_field;
    State m_state = State::FieldStart;
    int m_line = 1;
    int m_column = 1;
    int m_quoteLine = 0;
    int m_quoteColumn = 0;
    bool m_recordFailed = false;
};
