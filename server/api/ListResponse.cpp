#include "api/ListResponse.h"

#include "storage/QueryBuilder.h"

#include <QJsonArray>

namespace tp::server {

ApiResponse respondWithRows(Database &db, const QueryBuilder &select, const QString &tail,
                            const ListRowToJson &toJson, const QString &what)
{
    QJsonArray rows;
    const bool read = select.forEachRow(
        db,
        [&](const QSqlQuery &row) {
            if (auto json = toJson(row))
                rows.append(*json);
        },
        tail);
    if (!read)
        return internalError(QStringLiteral("cannot read %1").arg(what));
    return ApiResponse::json(rows);
}

} // namespace tp::server
