#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace tp::server {

class Database;

// A piece of a WHERE clause and the values of its placeholders, in order. Only fixed SQL text
// goes into `sql`; every value is bound.
struct SqlCondition
{
    QString sql;
    QVariantList values;

    static SqlCondition always() { return {QStringLiteral("1 = 1"), {}}; }
    static SqlCondition never() { return {QStringLiteral("1 = 0"), {}}; }
};

// Prepares `sql` on `db`, binds `values` in order and runs it; nothing when it fails (`error`
// then says why, when given).
std::optional<QSqlQuery> runQuery(Database &db, const QString &sql, const QVariantList &values,
                                  QString *error = nullptr);

// A SELECT narrowed by conditions that are ANDed together, each with its bound values, then
// prepared, bound and run in one call:
//     QueryBuilder select(QStringLiteral("SELECT ... FROM sites s"));
//     select.where(visibility.sites(QStringLiteral("s"))).whereEquals("s.region_id", region);
//     const auto rows = select.run(db, QStringLiteral(" ORDER BY s.id"));
class QueryBuilder
{
public:
    explicit QueryBuilder(QString selectFrom);

    QueryBuilder &where(const SqlCondition &condition);
    QueryBuilder &where(const QString &sql, const QVariantList &values = {});
    // `column = ?` with `value`, only when `value` is given: an unset filter narrows nothing.
    QueryBuilder &whereEquals(const char *column, const QString &value);

    // The statement so far, with `tail` (GROUP BY, ORDER BY) after the conditions.
    QString sql(const QString &tail = QString()) const;
    const QVariantList &values() const { return m_values; }

    std::optional<QSqlQuery> run(Database &db, const QString &tail = QString()) const;
    // The statement's first row (the query positioned on it); nothing when there is none or the
    // statement fails (then `*failed` is set).
    std::optional<QSqlQuery> firstRow(Database &db, bool *failed) const;
    // Runs the statement and hands every row to `row`; false when the statement fails.
    bool forEachRow(Database &db, const std::function<void(const QSqlQuery &)> &row,
                    const QString &tail = QString()) const;

private:
    QString m_select;
    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace tp::server
