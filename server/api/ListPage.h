#pragma once

#include "http/ApiTypes.h"

#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <optional>

namespace tp::server {

class Database;
class QueryBuilder;

// One column of a list's order. The columns together must be unique per row (the last one is
// the row's key), so that a position in the order names one row.
struct SortKey
{
    enum class Type
    {
        Text,
        Integer
    };
    const char *column; // as in the SELECT, e.g. "a.received_at"; the row's field is after the dot
    bool descending = false;
    Type type = Type::Text;
};

// Keyset paging: a list answers at most `limit` rows (query parameter, 1 to kMaxPageSize,
// kDefaultPageSize when absent), in the order of its keys, and when there may be more, a
// `Link: <?...&after=CURSOR>; rel="next"` header whose query asks for the rows after the last
// one sent. The cursor is the last row's keys, opaque to clients. Rows added or changed between
// two pages never make a page repeat or skip a row that was there all along.
class ListPage
{
public:
    static constexpr int kDefaultPageSize = 100;
    static constexpr int kMaxPageSize = 500;

    explicit ListPage(QList<SortKey> order);

    // When `key` is `limit` or `after`, takes its value and returns true; a bad value leaves a
    // refusal (400) for refusal().
    bool take(const QString &key, const QString &value);
    const std::optional<ApiResponse> &refusal() const { return m_refusal; }
    // For a list with no other parameters: takes them all; a refusal for any other one.
    std::optional<ApiResponse> takeAll(const ApiRequest &request);
    const QList<SortKey> &order() const { return m_order; }
    int limit() const { return m_limit; }
    const QVariantList &after() const { return m_after; }

private:
    QList<SortKey> m_order;
    int m_limit = kDefaultPageSize;
    QVariantList m_after; // empty: the first page
    std::optional<ApiResponse> m_refusal;
};

// One row of a list as JSON; nothing leaves the row out of the list (a filter SQL cannot
// express; the rows are then read on until the page is full).
using ListRowToJson = std::function<std::optional<QJsonObject>(const QSqlQuery &)>;

// Answers one page of `select`'s rows as a JSON array, with the next page's Link header, or
// 500 "cannot read `what`" when a statement fails.
ApiResponse respondWithPage(Database &db, const QueryBuilder &select, const ListPage &page,
                            const ApiRequest &request, const ListRowToJson &toJson,
                            const QString &what);

} // namespace tp::server
