// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltransaction.h"

#include <QSqlQuery>

QString sqliteErrorText(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

SqlTransaction::SqlTransaction(const QSqlDatabase& db)
    : m_db(db)
{
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        exec(QStringLiteral("ROLLBACK"));
}

bool SqlTransaction::begin()
{
    m_active = exec(QStringLiteral("BEGIN IMMEDIATE"));
    return m_active;
}

bool SqlTransaction::commit()
{
    if (!exec(QStringLiteral("COMMIT")))
        return false;
    m_active = false;
    return true;
}

bool SqlTransaction::exec(const QString& statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = query.lastError();
    return false;
}
