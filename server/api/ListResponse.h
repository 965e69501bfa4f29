#pragma once

#include "http/ApiTypes.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace tp::server {

class Database;
class QueryBuilder;

// One row of a list as JSON; nothing leaves the row out of the list.
using ListRowToJson = std::function<std::optional<QJsonObject>(const QSqlQuery &)>;

// Answers a list route: the rows of `select` (then `tail`, its ORDER BY) as a JSON array, or
// 500 "cannot read `what`" when the statement fails.
ApiResponse respondWithRows(Database &db, const QueryBuilder &select, const QString &tail,
                            const ListRowToJson &toJson, const QString &what);

} // namespace tp::server
