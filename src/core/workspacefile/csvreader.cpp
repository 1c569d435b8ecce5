// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

CsvReader::CsvReader(const QString& text, const QString& fileName)
    : m_fileName(fileName)
{
    parse(text);
}

void CsvReader::parse(const QString& text)
{
    m_record = CsvRecord { 1 };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'\r' && next == u'\n') {
            ++m_column; // the \r of \r\n; the \n ends the line
            continue;
        }
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (m_state == State::Quoted && c == u'"' && next == u'"') {
            m_field += c;
            ++i;
            m_column += 2;
            continue;
        }
        step(c, lineBreak);
        if (lineBreak) {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
    }
    finish();
}

void CsvReader::step(QChar c, bool lineBreak)
{
    if (m_state == State::FieldStart)
        m_record.columns.append(m_column);
    if (m_state == State::Quoted) {
        if (c == u'"')
            m_state = State::AfterQuote;
        else
            m_field += lineBreak ? QChar(u'\n') : c;
    } else if (c == u',') {
        endField();
        m_state = State::FieldStart;
    } else if (lineBreak) {
        endField();
        endRecord();
        m_record = CsvRecord { m_line + 1 };
        m_state = State::FieldStart;
    } else if (m_state == State::FieldStart && c == u'"') {
        m_state = State::Quoted;
        m_quoteLine = m_line;
        m_quoteColumn = m_column;
    } else if (m_state == State::AfterQuote) {
        fail(m_line, m_column, tr("expected ',' or the end of the line after a closing quote, found '%1'").arg(c));
        m_state = State::Plain;
    } else {
        m_field += c;
        m_state = State::Plain;
    }
}

void CsvReader::finish()
{
    if (m_state == State::Quoted) {
        fail(m_quoteLine, m_quoteColumn,
             tr("the quoted field starting here is not closed; expected '\"' before the end of the file"));
        return;
    }
    if (m_state != State::FieldStart || !m_record.fields.isEmpty()) {
        endField();
        endRecord();
    }
}

void CsvReader::endField()
{
    m_record.fields.append(m_field);
    m_field.clear();
}

void CsvReader::endRecord()
{
    const bool blank = m_record.fields.size() == 1 && m_record.fields.constFirst().isEmpty();
    if (!m_recordFailed && !blank)
        m_records.append(m_record);
    m_recordFailed = false;
}

void CsvReader::fail(int line, int column, const QString& message)
{
    if (!m_recordFailed)
        m_errors.append(FileError { m_fileName, line, column, message });
    m_recordFailed = true;
}
