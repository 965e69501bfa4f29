#include "storage/QueryBuilder.h"

#include "storage/Database.h"

namespace tp::server {

std::optional<QSqlQuery> runQuery(Database &db, const QString &sql, const QVariantList &values,
                                  QString *error)
{
    QSqlQuery query = db.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!exec(query, error))
        return std::nullopt;
    return query;
}

QueryBuilder::QueryBuilder(QString selectFrom)
    : m_select(std::move(selectFrom))
{
}

QueryBuilder &QueryBuilder::where(const SqlCondition &condition)
{
    return where(condition.sql, condition.values);
}

QueryBuilder &QueryBuilder::where(const QString &sql, const QVariantList &values)
{
    m_conditions.append(sql);
    m_values.append(values);
    return *this;
}

QueryBuilder &QueryBuilder::whereEquals(const char *column, const QString &value)
{
    if (value.isEmpty())
        return *this;
    return where(QLatin1String(column) + QStringLiteral(" = ?"), {value});
}

QString QueryBuilder::sql(const QString &tail) const
{
    QString sql = m_select;
    if (!m_conditions.isEmpty())
        sql += QStringLiteral(" WHERE (") + m_conditions.join(QStringLiteral(") AND (")) +
               QLatin1Char(')');
    return sql + tail;
}

std::optional<QSqlQuery> QueryBuilder::run(Database &db, const QString &tail) const
{
    return runQuery(db, sql(tail), m_values);
}

std::optional<QSqlQuery> QueryBuilder::firstRow(Database &db, bool *failed) const
{
    auto query = run(db);
    if (!query)
        *failed = true;
    if (!query || !query->next())
        return std::nullopt;
    return query;
}

bool QueryBuilder::forEachRow(Database &db, const std::function<void(const QSqlQuery &)> &row,
                              const QString &tail) const
{
    auto query = run(db, tail);
    if (!query)
        return false;
    while (query->next())
        row(*query);
    return true;
}

} // namespace tp::server
