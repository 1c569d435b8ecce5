// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// SQLite's own words for an error, which say most; Qt's wrapper text when SQLite gave none.
QString sqliteErrorText(const QSqlError& error);

// A write transaction that rolls back unless committed. It is IMMEDIATE: it takes the write lock
// up front, waiting out the busy timeout, so that it cannot fail half-way because another
// connection wrote in between.
class SqlTransaction
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)
public:
    explicit SqlTransaction(const QSqlDatabase& db);
    ~SqlTransaction();

    bool begin();
    bool commit();
    QSqlError lastError() const { return m_error; }

private:
    bool exec(const QString& statement);

    QSqlDatabase m_db;
    bool m_active = false;
    QSqlError m_error;
};
