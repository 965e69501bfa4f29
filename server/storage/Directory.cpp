#include "storage/Directory.h"

#include "auth/Passwords.h"
#include "auth/Principal.h"
#include "core/Audit.h"
#include "core/JsonFields.h"
#include "core/JsonWriters.h"
#include "core/OpeningHours.h"
#include "core/ScriptLoader.h"
#include "storage/QueryBuilder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace tp::server {

namespace {

using Result = Directory::Result;
using Outcome = Directory::Outcome;

Result invalid(Issues issues)
{
    return Result::invalid(std::move(issues));
}

Result failed(const QString &message)
{
    return Result::failed(message);
}

bool exists(Database &db, const char *sql, const QVariantList &values)
{
    auto query = runQuery(db, QLatin1String(sql), values);
    return query && query->next();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

QString outcomeName(Directory::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        return QStringLiteral("created");
    case Outcome::Updated:
        return QStringLiteral("updated");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

Result Directory::putRegion(const QJsonObject &region)
{
    Issues issues;
    JsonFields fields(region, QStringLiteral("region"), issues);
    const auto id = fields.identifier("id", Need::Required);
    const auto name = fields.text("name", Need::Required, 200);
    fields.reportUnknownFields();
    if (!issues.isEmpty())
        return invalid(issues);
    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    if (!change)
        return failed(QStringLiteral("cannot count the change"));
    const bool known = exists(m_db, "SELECT 1 FROM regions WHERE id = ?", {*id});
    QSqlQuery query = m_db.prepare(
        known ? QStringLiteral("UPDATE regions SET name = ?, change_seq = ? WHERE id = ?")
              : QStringLiteral("INSERT INTO regions (name, change_seq, id) VALUES (?, ?, ?)"));
    query.addBindValue(*name);
    query.addBindValue(*change);
    query.addBindValue(*id);
    QString error;
    if (!exec(query, &error) || !transaction.commit())
        return failed(QStringLiteral("cannot store region %1: %2").arg(*id, error));
    return {known ? Outcome::Updated : Outcome::Created, {}, *id, {}};
}

Result Directory::putSite(const QJsonObject &site)
{
    Issues issues;
    JsonFields fields(site, QStringLiteral("site"), issues);
    const auto id = fields.identifier("id", Need::Required);
    const auto region = fields.identifier("region", Need::Required);
    const auto kind = fields.text("kind", Need::Required, 10);
    const auto name = fields.text("name", Need::Required, 200);
    const auto address = fields.text("address", Need::Optional, 500);
    const auto latitude = fields.number("latitude", Need::Optional);
    const auto longitude = fields.number("longitude", Need::Optional);
    const auto radius = fields.number("checkInRadius", Need::Optional);
    const auto phone = fields.text("phone", Need::Optional, 40);
    const auto hours = fields.object("openingHours", Need::Optional);
    const auto timezone = fields.text("timezone", Need::Optional, 64);
    fields.reportUnknownFields();
    if (kind && *kind != QLatin1String("store") && *kind != QLatin1String("phone"))
        fields.error(QStringLiteral("invalid_kind"),
                     QStringLiteral("'kind' must be \"store\" or \"phone\""));
    if (kind && *kind == QLatin1String("store") && (!latitude || !longitude))
        fields.error(QStringLiteral("missing_field"),
                     QStringLiteral("a store needs 'latitude' and 'longitude'"));
    if (kind && *kind == QLatin1String("phone") && (!phone || phone->isEmpty()))
        fields.error(QStringLiteral("missing_field"),
                     QStringLiteral("a support line needs 'phone'"));
    if (latitude && (*latitude < -90 || *latitude > 90))
        fields.error(QStringLiteral("out_of_range"),
                     QStringLiteral("'latitude' must be from -90 to 90"));
    if (longitude && (*longitude < -180 || *longitude > 180))
        fields.error(QStringLiteral("out_of_range"),
                     QStringLiteral("'longitude' must be from -180 to 180"));
    if (radius && (*radius <= 0 || *radius > 10000))
        fields.error(QStringLiteral("out_of_range"),
                     QStringLiteral("'checkInRadius' must be above 0 and at most 10000 metres"));
    if (region && !exists(m_db, "SELECT 1 FROM regions WHERE id = ?", {*region}))
        fields.error(QStringLiteral("unknown_region"),
                     QStringLiteral("there is no region %1").arg(*region));
    const OpeningHours openingHours =
        OpeningHours::fromJson(hours.value_or(QJsonObject()),
                               joinPath(fields.path(), QStringLiteral("openingHours")), issues);
    if (!issues.isEmpty())
        return invalid(issues);

    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    if (!change)
        return failed(QStringLiteral("cannot count the change"));
    const bool known = exists(m_db, "SELECT 1 FROM sites WHERE id = ?", {*id});
    QSqlQuery query = m_db.prepare(
        known
            ? QStringLiteral(
                  "UPDATE sites SET region_id = ?, kind = ?, name = ?, address = ?, latitude = ?,"
                  " longitude = ?, check_in_radius = ?, phone = ?, opening_hours = ?, timezone = ?,"
                  " change_seq = ? WHERE id = ?")
            : QStringLiteral(
                  "INSERT INTO sites (region_id, kind, name, address, latitude, longitude,"
                  " check_in_radius, phone, opening_hours, timezone, change_seq, id)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto optionalNumber = [](const std::optional<double> &v) {
        return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
    };
    query.addBindValue(*region);
    query.addBindValue(*kind);
    query.addBindValue(*name);
    query.addBindValue(address.value_or(QStringLiteral("")));
    query.addBindValue(optionalNumber(latitude));
    query.addBindValue(optionalNumber(longitude));
    query.addBindValue(optionalNumber(
        radius ? radius
               : (*kind == QLatin1String("store") ? std::optional<double>(75) : std::nullopt)));
    query.addBindValue(phone.value_or(QStringLiteral("")));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(openingHours.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(timezone.value_or(QStringLiteral("UTC")));
    query.addBindValue(*change);
    query.addBindValue(*id);
    QString error;
    if (!exec(query, &error))
        return failed(QStringLiteral("cannot store site %1: %2").arg(*id, error));
    // The site's assignments now concern another region's managers: stamp them with this change
    // so those managers' next pull brings them.
    if (known) {
        QSqlQuery restamp =
            m_db.prepare(QStringLiteral("UPDATE assignments SET change_seq = ? WHERE site_id = ?"));
        restamp.addBindValue(*change);
        restamp.addBindValue(*id);
        if (!exec(restamp, &error))
            return failed(QStringLiteral("cannot store site %1: %2").arg(*id, error));
    }
    if (!transaction.commit())
        return failed(QStringLiteral("cannot store site %1").arg(*id));
    return {known ? Outcome::Updated : Outcome::Created, {}, *id, {}};
}

Result Directory::putUser(const QJsonObject &user, bool allowUpdate, bool initialPassword)
{
    Issues issues;
    JsonFields fields(user, QStringLiteral("user"), issues);
    const auto username = fields.identifier("username", Need::Required);
    const auto displayName = fields.text("displayName", Need::Required, 100);
    const auto roleText = fields.text("role", Need::Required, 40);
    const auto regions = fields.array("regions", Need::Optional, 100);
    const auto site = fields.identifier("site", Need::Optional);
    const auto password = fields.text("password", Need::Optional, 1000);
    fields.reportUnknownFields();
    const auto role = roleText ? roleFromName(*roleText) : std::nullopt;
    if (roleText && !role)
        fields.error(
            QStringLiteral("invalid_role"),
            QStringLiteral(
                "'role' must be admin, regional_manager, executive, shopper or store_manager"));
    if (role == Role::StoreManager && !site)
        fields.error(QStringLiteral("missing_field"),
                     QStringLiteral("a store manager needs 'site'"));
    if (role && role != Role::StoreManager && site)
        fields.error(QStringLiteral("field_not_allowed"),
                     QStringLiteral("only store managers have a 'site'"));
    if (role == Role::RegionalManager && (!regions || regions->isEmpty()))
        fields.error(QStringLiteral("missing_field"),
                     QStringLiteral("a regional manager needs 'regions'"));
    if (role && role != Role::RegionalManager && regions && !regions->isEmpty())
        fields.error(QStringLiteral("field_not_allowed"),
                     QStringLiteral("only regional managers have 'regions'"));
    QStringList regionIds;
    for (const QJsonValue &value : regions.value_or(QJsonArray())) {
        if (!exists(m_db, "SELECT 1 FROM regions WHERE id = ?", {value.toString()}))
            fields.error(QStringLiteral("unknown_region"),
                         QStringLiteral("there is no region %1").arg(value.toString().left(64)));
        regionIds.append(value.toString());
    }
    if (site && !exists(m_db, "SELECT 1 FROM sites WHERE id = ?", {*site}))
        fields.error(QStringLiteral("unknown_site"),
                     QStringLiteral("there is no site %1").arg(*site));
    if (password && password->size() < 8)
        fields.error(QStringLiteral("weak_password"),
                     QStringLiteral("a password needs at least 8 characters"));
    const bool known =
        username && exists(m_db, "SELECT 1 FROM users WHERE username = ?", {*username});
    if (known && !allowUpdate)
        fields.error(QStringLiteral("duplicate_id"),
                     QStringLiteral("user %1 exists already").arg(*username));
    if (!known && !password)
        fields.error(QStringLiteral("missing_field"),
                     QStringLiteral("a new user needs 'password'"));
    if (!issues.isEmpty())
        return invalid(issues);

    const QString hash = password ? hashPassword(password->toUtf8()) : QString();
    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    if (!change)
        return failed(QStringLiteral("cannot count the change"));
    QSqlQuery query = m_db.prepare(
        known ? QStringLiteral("UPDATE users SET display_name = ?, role = ?, site_id "
                               "= ?, change_seq = ? WHERE username = ?")
        // The flag only when set: the column's default is 0 (and the
        // demo loads into databases of every schema version in tests).
        : initialPassword ? QStringLiteral("INSERT INTO users (display_name, role, site_id,"
                                           " change_seq, username, password_hash, created_at,"
                                           " must_change_password)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?, 1)")
                          : QStringLiteral("INSERT INTO users (display_name, role, site_id,"
                                           " change_seq, username, password_hash, created_at)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(*displayName);
    query.addBindValue(*roleText);
    query.addBindValue(site ? QVariant(*site) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(*change);
    query.addBindValue(*username);
    if (!known) {
        query.addBindValue(hash);
        query.addBindValue(now());
    }
    if (!exec(query))
        return failed(QStringLiteral("cannot store user %1").arg(*username));
    QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM user_regions WHERE username = ?"));
    clear.addBindValue(*username);
    if (!exec(clear))
        return failed(QStringLiteral("cannot store user %1").arg(*username));
    for (const QString &region : std::as_const(regionIds)) {
        QSqlQuery link = m_db.prepare(
            QStringLiteral("INSERT INTO user_regions (username, region_id) VALUES (?, ?)"));
        link.addBindValue(*username);
        link.addBindValue(region);
        if (!exec(link))
            return failed(QStringLiteral("cannot store user %1").arg(*username));
    }
    if (known && password) {
        QSqlQuery update = m_db.prepare(QStringLiteral(
            "UPDATE users SET password_hash = ?, must_change_password = ? WHERE username = ?"));
        update.addBindValue(hash);
        update.addBindValue(initialPassword ? 1 : 0);
        update.addBindValue(*username);
        if (!exec(update))
            return failed(QStringLiteral("cannot store user %1").arg(*username));
    }
    if (!transaction.commit())
        return failed(QStringLiteral("cannot store user %1").arg(*username));
    return {known ? Outcome::Updated : Outcome::Created, {}, *username, {}};
}

Result Directory::setPassword(const QString &username, const QByteArray &password)
{
    if (password.size() < 8)
        return invalid({{QStringLiteral("user"), QStringLiteral("weak_password"),
                         QStringLiteral("a password needs at least 8 characters")}});
    QSqlQuery query =
        m_db.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE username = ?"));
    query.addBindValue(hashPassword(password));
    query.addBindValue(username);
    if (!exec(query))
        return failed(QStringLiteral("cannot change the password"));
    if (query.numRowsAffected() == 0)
        return invalid({{QStringLiteral("user"), QStringLiteral("unknown_user"),
                         QStringLiteral("there is no user %1").arg(username)}});
    // A new password ends every session of the old one.
    QSqlQuery revoke =
        m_db.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE username = ?"));
    revoke.addBindValue(username);
    exec(revoke);
    return {Outcome::Updated, {}, username, {}};
}

Result Directory::setDisabled(const QString &username, bool disabled)
{
    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    QSqlQuery query = m_db.prepare(
        QStringLiteral("UPDATE users SET disabled = ?, change_seq = ? WHERE username = ?"));
    query.addBindValue(disabled ? 1 : 0);
    query.addBindValue(change.value_or(0));
    query.addBindValue(username);
    if (!change || !exec(query))
        return failed(QStringLiteral("cannot update user %1").arg(username));
    if (query.numRowsAffected() == 0)
        return invalid({{QStringLiteral("user"), QStringLiteral("unknown_user"),
                         QStringLiteral("there is no user %1").arg(username)}});
    if (disabled) {
        QSqlQuery revoke =
            m_db.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE username = ?"));
        revoke.addBindValue(username);
        exec(revoke);
    }
    if (!transaction.commit())
        return failed(QStringLiteral("cannot update user %1").arg(username));
    return {Outcome::Updated, {}, username, {}};
}

Result Directory::publishScript(const QByteArray &json, const QString &publishedBy)
{
    const ScriptLoadResult loaded = loadScript(json);
    if (!loaded.ok())
        return invalid(loaded.issues);
    const Script &script = *loaded.script;
    const QByteArray canonical = QJsonDocument(scriptToJson(script)).toJson(QJsonDocument::Compact);
    const QString sha = sha256Hex(canonical);
    QSqlQuery existing = m_db.prepare(
        QStringLiteral("SELECT content_sha256 FROM scripts WHERE id = ? AND version = ?"));
    existing.addBindValue(script.id);
    existing.addBindValue(script.version);
    if (!exec(existing))
        return failed(QStringLiteral("cannot read scripts"));
    const QString id = QStringLiteral("%1/%2").arg(script.id).arg(script.version);
    if (existing.next()) {
        if (existing.value(0).toString() == sha)
            return {Outcome::Unchanged, {}, id, {}};
        return {Outcome::Conflict,
                {},
                id,
                QStringLiteral(
                    "%1 version %2 is published with other content; a published version never "
                    "changes, so publish this as version %3")
                    .arg(script.id)
                    .arg(script.version)
                    .arg(script.version + 1)};
    }
    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    // ON CONFLICT: another server instance may publish the same version at the same moment.
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO scripts (id, version, title, channel, body, content_sha256, published_at,"
        " published_by, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id, version) "
        "DO NOTHING"));
    insert.addBindValue(script.id);
    insert.addBindValue(script.version);
    insert.addBindValue(script.title);
    insert.addBindValue(channelName(script.channel));
    insert.addBindValue(QString::fromUtf8(canonical));
    insert.addBindValue(sha);
    insert.addBindValue(now());
    insert.addBindValue(publishedBy);
    insert.addBindValue(change.value_or(0));
    QString error;
    if (!change || !exec(insert, &error))
        return failed(QStringLiteral("cannot store script %1: %2").arg(id, error));
    if (insert.numRowsAffected() == 0) {
        transaction.commit();
        return publishScript(json, publishedBy); // answered now from the stored version
    }
    if (!transaction.commit())
        return failed(QStringLiteral("cannot store script %1").arg(id));
    return {Outcome::Created, {}, id, {}};
}

namespace {

struct NewAssignment
{
    std::optional<QString> id;
    QString site;
    QString scriptId;
    qint64 scriptVersion = 0;
    QString shopper;
    QString windowStart;
    QString windowEnd;
};

// Validates one assignment, reporting every problem at `path` (e.g. "assignment" or
// "assignments[3]"); shared by the single and the bulk creation.
std::optional<NewAssignment> checkAssignment(Database &db, const QJsonObject &assignment,
                                             const QString &path, Issues &issues)
{
    const qsizetype issuesBefore = issues.size();
    JsonFields fields(assignment, path, issues);
    const auto id = fields.identifier("id", Need::Optional);
    const auto site = fields.identifier("site", Need::Required);
    const auto scriptRef = fields.object("script", Need::Required);
    const auto shopper = fields.identifier("shopper", Need::Required);
    const auto windowStart = fields.text("windowStart", Need::Required, 40);
    const auto windowEnd = fields.text("windowEnd", Need::Required, 40);
    fields.reportUnknownFields();
    QString scriptId;
    qint64 scriptVersion = 0;
    if (scriptRef) {
        JsonFields scriptFields(*scriptRef, joinPath(path, QStringLiteral("script")), issues);
        scriptId = scriptFields.identifier("id", Need::Required).value_or(QString());
        scriptVersion = scriptFields.integer("version", Need::Required).value_or(0);
        scriptFields.reportUnknownFields();
    }
    for (const auto &time : {windowStart, windowEnd}) {
        if (time && !isValidTimestamp(*time))
            fields.error(
                QStringLiteral("invalid_time"),
                QStringLiteral("\"%1\" is not an ISO 8601 time with a zone").arg(time->left(40)));
    }
    if (windowStart && windowEnd && isValidTimestamp(*windowStart) &&
        isValidTimestamp(*windowEnd) &&
        QDateTime::fromString(*windowEnd, Qt::ISODateWithMs) <=
            QDateTime::fromString(*windowStart, Qt::ISODateWithMs))
        fields.error(QStringLiteral("invalid_window"),
                     QStringLiteral("'windowEnd' must be after 'windowStart'"));
    if (site && !exists(db, "SELECT 1 FROM sites WHERE id = ?", {*site}))
        fields.error(QStringLiteral("unknown_site"),
                     QStringLiteral("there is no site %1").arg(*site));
    if (shopper &&
        !exists(db, "SELECT 1 FROM users WHERE username = ? AND role = 'shopper' AND disabled = 0",
                {*shopper}))
        fields.error(QStringLiteral("unknown_shopper"),
                     QStringLiteral("there is no active shopper %1").arg(*shopper));
    if (!scriptId.isEmpty() && !exists(db, "SELECT 1 FROM scripts WHERE id = ? AND version = ?",
                                       {scriptId, scriptVersion}))
        fields.error(QStringLiteral("unknown_script_version"),
                     QStringLiteral("script %1 version %2 is not published")
                         .arg(scriptId)
                         .arg(scriptVersion));
    if (id && exists(db, "SELECT 1 FROM assignments WHERE id = ?", {*id}))
        fields.error(QStringLiteral("duplicate_id"),
                     QStringLiteral("assignment %1 exists already").arg(*id));
    if (issues.size() != issuesBefore)
        return std::nullopt;
    // A store script cannot audit a support line, nor a phone script a store: the audit would be
    // refused on upload (channel_mismatch), so the assignment could never be done.
    if (!exists(db,
                "SELECT 1 FROM sites s, scripts c WHERE s.id = ? AND c.id = ? AND c.version = ?"
                " AND s.kind = c.channel",
                {*site, scriptId, scriptVersion}))
        fields.error(
            QStringLiteral("channel_mismatch"),
            QStringLiteral("script %1 and site %2 are for different channels (store or phone)")
                .arg(scriptId, *site));
    if (issues.size() != issuesBefore)
        return std::nullopt;
    return NewAssignment{id, *site, scriptId, scriptVersion, *shopper, *windowStart, *windowEnd};
}

enum class Inserted
{
    Yes,
    Duplicate,
    Failed
};

// Inside the caller's transaction. An id taken meanwhile (by another request) is a Duplicate,
// not a failure.
Inserted insertAssignment(Database &db, const QString &id, const NewAssignment &assignment,
                          const QString &createdBy, qint64 change)
{
    QSqlQuery insert = db.prepare(
        QStringLiteral("INSERT INTO assignments (id, site_id, script_id, script_version, shopper, "
                       "window_start, window_end, state,"
                       " created_by, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, 'offered', ?, ?)"
                       " ON CONFLICT (id) DO NOTHING"));
    insert.addBindValue(id);
    insert.addBindValue(assignment.site);
    insert.addBindValue(assignment.scriptId);
    insert.addBindValue(assignment.scriptVersion);
    insert.addBindValue(assignment.shopper);
    insert.addBindValue(assignment.windowStart);
    insert.addBindValue(assignment.windowEnd);
    insert.addBindValue(createdBy);
    insert.addBindValue(change);
    if (!exec(insert))
        return Inserted::Failed;
    return insert.numRowsAffected() == 0 ? Inserted::Duplicate : Inserted::Yes;
}

// A null QString binds as SQL NULL; the reason column is NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString newAssignmentId()
{
    return QStringLiteral("as-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Issue duplicateAssignment(const QString &path, const QString &id)
{
    return {path, QStringLiteral("duplicate_id"),
            QStringLiteral("assignment %1 exists already").arg(id)};
}

} // namespace

Result Directory::createAssignment(const QJsonObject &assignment, const QString &createdBy)
{
    Issues issues;
    const auto checked = checkAssignment(m_db, assignment, QStringLiteral("assignment"), issues);
    if (!checked)
        return invalid(issues);
    const QString assignmentId = checked->id.value_or(newAssignmentId());
    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    if (!change)
        return failed(QStringLiteral("cannot store the assignment"));
    switch (insertAssignment(m_db, assignmentId, *checked, createdBy, *change)) {
    case Inserted::Yes:
        break;
    case Inserted::Duplicate:
        return invalid({duplicateAssignment(QStringLiteral("assignment"), assignmentId)});
    case Inserted::Failed:
        return failed(QStringLiteral("cannot store the assignment"));
    }
    if (!transaction.commit())
        return failed(QStringLiteral("cannot store the assignment"));
    return {Outcome::Created, {}, assignmentId, {}};
}

Result Directory::createAssignments(const QJsonArray &assignments, const QString &createdBy,
                                    QStringList *ids)
{
    Issues issues;
    QList<NewAssignment> checked;
    QStringList newIds;
    for (qsizetype i = 0; i < assignments.size(); ++i) {
        const QString path = QStringLiteral("assignments[%1]").arg(i);
        const QJsonValue value = assignments.at(i);
        if (!value.isObject()) {
            issues.append({path, QStringLiteral("wrong_type"),
                           QStringLiteral("an assignment must be an object, not %1")
                               .arg(jsonTypeName(value))});
            continue;
        }
        const auto assignment = checkAssignment(m_db, value.toObject(), path, issues);
        if (!assignment)
            continue;
        const QString id = assignment->id.value_or(newAssignmentId());
        if (newIds.contains(id)) {
            issues.append({joinPath(path, QStringLiteral("id")), QStringLiteral("duplicate_id"),
                           QStringLiteral("assignment %1 appears twice in the request").arg(id)});
            continue;
        }
        checked.append(*assignment);
        newIds.append(id);
    }
    if (!issues.isEmpty())
        return invalid(issues);

    // One change value for the whole batch: the rows become visible together, at one cursor.
    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    if (!change)
        return failed(QStringLiteral("cannot store the assignments"));
    for (qsizetype i = 0; i < checked.size(); ++i) {
        switch (insertAssignment(m_db, newIds.at(i), checked.at(i), createdBy, *change)) {
        case Inserted::Yes:
            break;
        case Inserted::Duplicate:
            issues.append(
                duplicateAssignment(QStringLiteral("assignments[%1]").arg(i), newIds.at(i)));
            break;
        case Inserted::Failed:
            return failed(QStringLiteral("cannot store the assignments"));
        }
    }
    if (!issues.isEmpty())
        return invalid(issues); // the transaction rolls back: none is stored
    if (!transaction.commit())
        return failed(QStringLiteral("cannot store the assignments"));
    if (ids)
        *ids = newIds;
    return {Outcome::Created, {}, {}, {}};
}

Result Directory::changeAssignmentState(const QString &id, const QString &shopper, const char *sql,
                                        const QVariantList &values)
{
    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    if (!change)
        return failed(QStringLiteral("cannot count the change"));
    // The state is checked by the UPDATE itself, so two requests racing cannot both move it.
    QSqlQuery update = m_db.prepare(QLatin1String(sql));
    update.addBindValue(*change);
    for (const QVariant &value : values)
        update.addBindValue(value);
    if (!exec(update))
        return failed(QStringLiteral("cannot update assignment %1").arg(id));
    if (update.numRowsAffected() == 1) {
        if (!transaction.commit())
            return failed(QStringLiteral("cannot update assignment %1").arg(id));
        return {Outcome::Updated, {}, id, {}};
    }
    QSqlQuery current =
        m_db.prepare(QStringLiteral("SELECT state, shopper FROM assignments WHERE id = ?"));
    current.addBindValue(id);
    if (!exec(current))
        return failed(QStringLiteral("cannot read assignment %1").arg(id));
    if (!current.next() || (!shopper.isEmpty() && current.value(1).toString() != shopper))
        return invalid({{QStringLiteral("assignment"), QStringLiteral("unknown_assignment"),
                         QStringLiteral("there is no assignment %1").arg(id)}});
    Result result;
    result.outcome = Outcome::Conflict;
    result.id = id;
    result.message = QStringLiteral("assignment %1 is %2").arg(id, current.value(0).toString());
    return result;
}

Result Directory::acceptAssignment(const QString &id, const QString &shopper)
{
    return changeAssignmentState(id, shopper,
                                 "UPDATE assignments SET state = 'accepted', change_seq = ?"
                                 " WHERE id = ? AND shopper = ? AND state = 'offered'",
                                 {id, shopper});
}

Result Directory::declineAssignment(const QString &id, const QString &shopper,
                                    const QString &reason)
{
    return changeAssignmentState(id, shopper,
                                 "UPDATE assignments SET state = 'declined', change_seq = ?,"
                                 " reason = ? WHERE id = ? AND shopper = ? AND state = 'offered'",
                                 {notNull(reason), id, shopper});
}

Result Directory::withdrawAssignment(const QString &id, const QString &reason)
{
    return changeAssignmentState(
        id, QString(),
        "UPDATE assignments SET state = 'withdrawn', change_seq = ?, reason = ?"
        " WHERE id = ? AND state IN ('offered', 'accepted', 'in_progress')",
        {notNull(reason), id});
}

} // namespace tp::server
