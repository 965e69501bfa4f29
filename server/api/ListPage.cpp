#include "api/ListPage.h"

#include "storage/QueryBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QUrlQuery>

namespace tp::server {

namespace {

// Rows read for one page at most, whatever the filters leave out: a page whose rows are mostly
// filtered away ends early, with a next link, instead of reading the whole table.
constexpr int kScanFactor = 20;

ApiResponse invalidPaging(const QString &message)
{
    return badRequest(QStringLiteral("invalid_paging"), message);
}

QString fieldName(const SortKey &key)
{
    const QString column = QLatin1String(key.column);
    return column.mid(column.lastIndexOf(QLatin1Char('.')) + 1);
}

QByteArray encodeCursor(const QVariantList &keys)
{
    return QJsonDocument(QJsonArray::fromVariantList(keys))
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QVariantList> decodeCursor(const QString &text, const QList<SortKey> &order)
{
    if (text.size() > 2000)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    const QJsonArray values = document.array();
    if (values.size() != order.size())
        return std::nullopt;
    QVariantList keys;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonValue value = values[i];
        if (order[i].type == SortKey::Type::Integer) {
            if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
                return std::nullopt;
            keys.append(value.toInteger());
        } else {
            if (!value.isString())
                return std::nullopt;
            keys.append(value.toString());
        }
    }
    return keys;
}

// Rows after `after` in the order: (k1 > ?) OR (k1 = ? AND k2 > ?) OR ..., with < for
// descending keys.
SqlCondition afterCondition(const QList<SortKey> &order, const QVariantList &after)
{
    QStringList alternatives;
    QVariantList values;
    for (qsizetype i = 0; i < order.size(); ++i) {
        QStringList parts;
        for (qsizetype j = 0; j < i; ++j) {
            parts.append(QLatin1String(order[j].column) + QStringLiteral(" = ?"));
            values.append(after[j]);
        }
        parts.append(QLatin1String(order[i].column) +
                     (order[i].descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?")));
        values.append(after[i]);
        alternatives.append(parts.join(QStringLiteral(" AND ")));
    }
    return {QLatin1Char('(') + alternatives.join(QStringLiteral(") OR (")) + QLatin1Char(')'),
            values};
}

QString orderBy(const QList<SortKey> &order)
{
    QStringList columns;
    for (const SortKey &key : order)
        columns.append(QLatin1String(key.column) +
                       (key.descending ? QStringLiteral(" DESC") : QString()));
    return QStringLiteral(" ORDER BY ") + columns.join(QStringLiteral(", "));
}

// `<?query&limit=N&after=CURSOR>; rel="next"`: a reference relative to the request's own URL,
// so that it holds behind any proxy or path prefix.
QByteArray nextLink(const ApiRequest &request, int limit, const QVariantList &last)
{
    QUrlQuery query;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("limit") && key != QLatin1String("after"))
            query.addQueryItem(key, value);
    }
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(encodeCursor(last)));
    return "<?" + query.toString(QUrl::FullyEncoded).toUtf8() + ">; rel=\"next\"";
}

} // namespace

ListPage::ListPage(QList<SortKey> order)
    : m_order(std::move(order))
{
}

bool ListPage::take(const QString &key, const QString &value)
{
    if (key == QLatin1String("limit")) {
        bool ok = false;
        const int limit = value.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxPageSize)
            m_refusal = invalidPaging(
                QStringLiteral("'limit' must be a whole number from 1 to %1").arg(kMaxPageSize));
        else
            m_limit = limit;
        return true;
    }
    if (key == QLatin1String("after")) {
        if (const auto keys = decodeCursor(value, m_order))
            m_after = *keys;
        else
            m_refusal = invalidPaging(
                QStringLiteral("'after' is not a cursor of this list: pass on the one in the "
                               "previous page's Link header"));
        return true;
    }
    return false;
}

std::optional<ApiResponse> ListPage::takeAll(const ApiRequest &request)
{
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!take(key, value))
            return badRequest(QStringLiteral("unknown_parameter"),
                              QStringLiteral("unknown query parameter '%1'; known: limit, after")
                                  .arg(key.left(64)));
        if (m_refusal)
            return m_refusal;
    }
    return std::nullopt;
}

ApiResponse respondWithPage(Database &db, const QueryBuilder &select, const ListPage &page,
                            const ApiRequest &request, const ListRowToJson &toJson,
                            const QString &what)
{
    const QList<SortKey> &order = page.order();
    const int chunk = page.limit() + 1;
    const QString tail = orderBy(order) + QStringLiteral(" LIMIT %1").arg(chunk);
    QJsonArray rows;
    QVariantList position = page.after(); // of the last row read
    QVariantList lastSent;
    bool more = false;
    for (int read = 0; read < kScanFactor * chunk;) {
        QueryBuilder next = select;
        if (!position.isEmpty())
            next.where(afterCondition(order, position));
        auto query = next.run(db, tail);
        if (!query)
            return internalError(QStringLiteral("cannot read %1").arg(what));
        QList<int> fields;
        for (const SortKey &key : order) {
            fields.append(query->record().indexOf(fieldName(key)));
            if (fields.last() < 0)
                return internalError(QStringLiteral("cannot page %1").arg(what));
        }
        int readNow = 0;
        while (query->next()) {
            ++readNow;
            QVariantList keys;
            for (qsizetype i = 0; i < order.size(); ++i)
                keys.append(order[i].type == SortKey::Type::Integer
                                ? QVariant(query->value(fields[i]).toLongLong())
                                : QVariant(query->value(fields[i]).toString()));
            if (const auto json = toJson(*query)) {
                if (rows.size() == page.limit()) {
                    more = true;
                    break;
                }
                rows.append(*json);
                lastSent = keys;
            }
            position = keys;
        }
        read += readNow;
        if (more || readNow < chunk)
            break;
        if (read >= kScanFactor * chunk) {
            // Read enough for one request: the next page goes on from here.
            more = true;
            lastSent = position;
        }
    }
    ApiResponse response = ApiResponse::json(rows);
    if (more)
        response.headers.append(
            {QByteArrayLiteral("Link"), nextLink(request, page.limit(), lastSent)});
    return response;
}

} // namespace tp::server
