// Photos, stored once by the SHA-256 of their bytes: upload (idempotent) and download.

#include "api/Api.h"

#include "auth/Access.h"
#include "auth/Passwords.h"
#include "auth/Visibility.h"
#include "storage/Database.h"
#include "storage/QueryBuilder.h"
#include "storage/SqliteWriter.h"

#include <QDateTime>

namespace tp::server {

namespace {

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

ApiResponse invalidHash()
{
    return badRequest(QStringLiteral("invalid_hash"),
                      QStringLiteral("the path must name a photo by the SHA-256 of its bytes, as "
                                     "64 lowercase hexadecimal digits"));
}

QJsonObject photoReceipt(const QString &sha, qint64 size)
{
    return {{QStringLiteral("sha256"), sha}, {QStringLiteral("size"), size}};
}

ApiResponse putPhoto(ApiRequest &request, ServerContext &context)
{
    const QString sha = request.param("sha256");
    if (!isSha256Hex(sha))
        return invalidHash();
    const qint64 size = request.body.size();
    if (size > context.settings.maxPhotoBytes)
        return ApiResponse::error(413, QStringLiteral("too_large"),
                                  QStringLiteral("the photo is %1 bytes; at most %2 are accepted")
                                      .arg(size)
                                      .arg(context.settings.maxPhotoBytes));
    if (size == 0)
        return ApiResponse::error(422, QStringLiteral("empty_photo"),
                                  QStringLiteral("the body is empty; send the photo's bytes"));
    const QString actual = sha256Hex(request.body);
    if (actual != sha)
        return ApiResponse::error(
            422, QStringLiteral("hash_mismatch"),
            QStringLiteral("the body's SHA-256 is not the one in the path; the upload was "
                           "probably damaged, send it again"),
            QJsonObject{{QStringLiteral("expected"), sha}, {QStringLiteral("actual"), actual}});

    // One write: on SQLite, by the writer every lane shares (or in a transaction of this
    // connection, which takes the process's writer lock), so another lane writing at the same
    // moment makes this wait rather than fail (SQLite allows one writer).
    bool created = false;
    const QString uploader = request.user().username;
    const QByteArray &bytes = request.body;
    const auto write = [&](Database &db, QString *error) {
        // ON CONFLICT DO NOTHING: a retry, or another instance storing the same photo at the
        // same moment, is not an error. The content is the same by construction.
        QSqlQuery insert = db.prepare(
            QStringLiteral("INSERT INTO photos (sha256, size, content, uploaded_by, received_at)"
                           " VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"));
        insert.addBindValue(sha);
        insert.addBindValue(size);
        insert.addBindValue(bytes);
        insert.addBindValue(uploader);
        insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!exec(insert, error))
            return false;
        // Who uploaded it: each uploader may read it back. 201 for this user's first upload,
        // so the answer does not tell whether someone else had sent the same bytes.
        QSqlQuery upload = db.prepare(QStringLiteral(
            "INSERT INTO photo_uploads (sha256, username) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        upload.addBindValue(sha);
        upload.addBindValue(uploader);
        if (!exec(upload, error))
            return false;
        created = upload.numRowsAffected() > 0;
        return true;
    };
    QString error;
    if (context.writer) {
        // Ends this connection's reads, so that what it reads next includes the write.
        context.db.releaseStatements();
        if (!context.writer->write(write, &error))
            return internalError(QStringLiteral("cannot store the photo"));
    } else {
        Transaction transaction(context.db);
        if (!transaction.ok() || !write(context.db, &error) || !transaction.commit())
            return internalError(QStringLiteral("cannot store the photo"));
    }
    return ApiResponse::json(photoReceipt(sha, size), created ? 201 : 200);
}

// Whether the user uploaded the photo or may read an audit that shows it.
std::optional<bool> canReadPhoto(Database &db, const Principal &user, const QString &sha)
{
    QSqlQuery uploaded =
        db.prepare(QStringLiteral("SELECT 1 FROM photo_uploads WHERE sha256 = ? AND username = ?"));
    uploaded.addBindValue(sha);
    uploaded.addBindValue(user.username);
    if (!exec(uploaded))
        return std::nullopt;
    if (uploaded.next())
        return true;
    auto shown = QueryBuilder(QStringLiteral("SELECT 1 FROM audit_photos p"
                                             " JOIN audits a ON a.uuid = p.audit_uuid"))
                     .where(QStringLiteral("p.sha256 = ?"), {sha})
                     .where(Visibility(user).audits(QStringLiteral("a")))
                     .run(db);
    if (!shown)
        return std::nullopt;
    return shown->next();
}

ApiResponse getPhoto(ApiRequest &request, ServerContext &context)
{
    const QString sha = request.param("sha256");
    if (!isSha256Hex(sha))
        return invalidHash();
    const auto allowed = canReadPhoto(context.db, request.user(), sha);
    if (!allowed)
        return internalError(QStringLiteral("cannot read the audits of the photo"));
    if (!*allowed)
        return notFound(QStringLiteral("photo")); // not 403: do not confirm that it exists

    // The bytes only once the caller may have them.
    QSqlQuery content =
        context.db.prepare(QStringLiteral("SELECT content FROM photos WHERE sha256 = ?"));
    content.addBindValue(sha);
    if (!exec(content))
        return internalError(QStringLiteral("cannot read the photo"));
    if (!content.next())
        return notFound(QStringLiteral("photo"));
    ApiResponse response;
    response.status = 200;
    response.contentType = QByteArrayLiteral("application/octet-stream");
    response.body = content.value(0).toByteArray();
    response.headers.append({QByteArrayLiteral("ETag"), '"' + sha.toLatin1() + '"'});
    return response;
}

} // namespace

void addPhotoRoutes(Router &router, ServerContext &context)
{
    router.add("PUT", "/photos/{sha256}", Access::SignedIn,
               {Role::Shopper, Role::Executive, Role::Admin},
               [&context](ApiRequest &r) { return putPhoto(r, context); });
    router.add("GET", "/photos/{sha256}", Access::SignedIn, {},
               [&context](ApiRequest &r) { return getPhoto(r, context); });
}

} // namespace tp::server
