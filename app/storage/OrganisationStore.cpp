#include "storage/OrganisationStore.h"

#include "core/JsonWriters.h"
#include "core/ScriptLoader.h"
#include "storage/DeviceDatabase.h"

namespace tp::storage {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant realOrNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

SiteInfo siteFromRow(const QSqlQuery &q)
{
    SiteInfo s;
    s.id = q.value(0).toString();
    s.region = q.value(1).toString();
    s.kind = q.value(2).toString();
    s.name = q.value(3).toString();
    s.address = q.value(4).toString();
    s.phone = q.value(5).toString();
    if (!q.value(6).isNull())
        s.latitude = q.value(6).toDouble();
    if (!q.value(7).isNull())
        s.longitude = q.value(7).toDouble();
    s.radiusMetres = q.value(8).isNull() ? 100.0 : q.value(8).toDouble();
    s.timezone = q.value(9).toString();
    s.openingHours = q.value(10).toString();
    return s;
}

AssignmentInfo assignmentFromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt(),    q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString()};
}

const QString kSiteColumns = QStringLiteral(
    "id, region, kind, name, address, phone, latitude, longitude, radius_m, timezone, "
    "opening_hours");
const QString kAssignmentColumns =
    QStringLiteral("id, site, script_id, script_version, auditor, window_start, window_end, state");

} // namespace

WriteResult OrganisationStore::putAccount(const Account &account)
{
    if (!m_db.run(QStringLiteral("INSERT INTO accounts (username, display_name, role) VALUES (?, "
                                 "?, ?) ON CONFLICT (username) DO UPDATE SET display_name = "
                                 "excluded.display_name, role = excluded.role"),
                  {account.username, account.displayName, account.role}))
        return WriteResult::failure(m_db.lastError());
    return WriteResult::success();
}

WriteResult OrganisationStore::putSite(const SiteInfo &s)
{
    if (!m_db.run(QStringLiteral("INSERT OR REPLACE INTO sites (") + kSiteColumns +
                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {s.id, s.region, s.kind, s.name, textOrNull(s.address), textOrNull(s.phone),
                   realOrNull(s.latitude), realOrNull(s.longitude), s.radiusMetres,
                   textOrNull(s.timezone), textOrNull(s.openingHours)}))
        return WriteResult::failure(m_db.lastError());
    return WriteResult::success();
}

WriteResult OrganisationStore::putScript(const QByteArray &json)
{
    const ScriptLoadResult loaded = loadScript(json);
    if (!loaded.ok()) {
        return WriteResult::failure(loaded.issues.isEmpty()
                                        ? QStringLiteral("the script cannot be read")
                                        : loaded.issues.first().toString());
    }
    const Script &script = *loaded.script;
    QSqlQuery &known =
        m_db.statement(QStringLiteral("SELECT body FROM scripts WHERE id = ? AND version = ?"));
    {
        FinishQuery finish{known};
        if (!m_db.run(known, {script.id, script.version}))
            return WriteResult::failure(m_db.lastError());
        if (known.next()) {
            // The same script, perhaps formatted differently, is no change.
            const ScriptLoadResult stored = loadScript(known.value(0).toByteArray());
            if (stored.ok() && scriptToJson(*stored.script) == scriptToJson(script))
                return WriteResult::success();
            return WriteResult::failure(
                QStringLiteral("script %1 version %2 is already stored with other content")
                    .arg(script.id)
                    .arg(script.version));
        }
    }
    if (!m_db.run(QStringLiteral("INSERT INTO scripts (id, version, title, channel, body) VALUES "
                                 "(?, ?, ?, ?, ?)"),
                  {script.id, script.version, script.title, channelName(script.channel),
                   QString::fromUtf8(json)}))
        return WriteResult::failure(m_db.lastError());
    return WriteResult::success();
}

WriteResult OrganisationStore::putAssignment(const AssignmentInfo &a)
{
    if (!m_db.run(QStringLiteral("INSERT OR REPLACE INTO assignments (") + kAssignmentColumns +
                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {a.id, a.site, a.scriptId, a.scriptVersion, a.auditor, a.windowStart, a.windowEnd,
                   a.state}))
        return WriteResult::failure(m_db.lastError());
    return WriteResult::success();
}

WriteResult OrganisationStore::setAssignmentState(const QString &id, const QString &state)
{
    if (!m_db.run(QStringLiteral("UPDATE assignments SET state = ? WHERE id = ?"), {state, id}))
        return WriteResult::failure(m_db.lastError());
    return WriteResult::success();
}

std::optional<Account> OrganisationStore::account(const QString &username)
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT username, display_name, role FROM accounts WHERE username = ?"));
    FinishQuery finish{q};
    if (!m_db.run(q, {username}) || !q.next())
        return std::nullopt;
    return Account{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

QList<Account> OrganisationStore::accounts()
{
    QList<Account> result;
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT username, display_name, role FROM accounts ORDER BY username"));
    FinishQuery finish{q};
    if (m_db.run(q)) {
        while (q.next())
            result << Account{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    }
    return result;
}

std::optional<SiteInfo> OrganisationStore::site(const QString &id)
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT ") + kSiteColumns +
                                  QStringLiteral(" FROM sites WHERE id = ?"));
    FinishQuery finish{q};
    if (!m_db.run(q, {id}) || !q.next())
        return std::nullopt;
    return siteFromRow(q);
}

QList<SiteInfo> OrganisationStore::sites()
{
    QList<SiteInfo> result;
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT ") + kSiteColumns +
                                  QStringLiteral(" FROM sites ORDER BY kind DESC, name"));
    FinishQuery finish{q};
    if (m_db.run(q)) {
        while (q.next())
            result << siteFromRow(q);
    }
    return result;
}

std::shared_ptr<const Script> OrganisationStore::script(const QString &id, int version)
{
    const QString key = id + QLatin1Char('@') + QString::number(version);
    if (auto cached = m_scripts.value(key))
        return cached;
    QSqlQuery &q =
        m_db.statement(QStringLiteral("SELECT body FROM scripts WHERE id = ? AND version = ?"));
    FinishQuery finish{q};
    if (!m_db.run(q, {id, version}) || !q.next())
        return nullptr;
    ScriptLoadResult loaded = loadScript(q.value(0).toByteArray());
    if (!loaded.ok())
        return nullptr;
    auto script = std::make_shared<const Script>(std::move(*loaded.script));
    m_scripts.insert(key, script);
    return script;
}

std::shared_ptr<const Script> OrganisationStore::latestScript(const QString &id)
{
    int version = 0;
    {
        QSqlQuery &q =
            m_db.statement(QStringLiteral("SELECT MAX(version) FROM scripts WHERE id = ?"));
        FinishQuery finish{q};
        if (!m_db.run(q, {id}) || !q.next() || q.value(0).isNull())
            return nullptr;
        version = q.value(0).toInt();
    }
    return script(id, version);
}

QList<QPair<QString, int>> OrganisationStore::scriptVersions()
{
    QList<QPair<QString, int>> result;
    QSqlQuery &q =
        m_db.statement(QStringLiteral("SELECT id, version FROM scripts ORDER BY id, version DESC"));
    FinishQuery finish{q};
    if (m_db.run(q)) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toInt()});
    }
    return result;
}

QList<AssignmentInfo> OrganisationStore::assignmentsFor(const QString &auditor)
{
    QList<AssignmentInfo> result;
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT ") + kAssignmentColumns +
                                  QStringLiteral(" FROM assignments WHERE auditor = ? ORDER BY "
                                                 "window_end, id"));
    FinishQuery finish{q};
    if (m_db.run(q, {auditor})) {
        while (q.next())
            result << assignmentFromRow(q);
    }
    return result;
}

std::optional<AssignmentInfo> OrganisationStore::assignment(const QString &id)
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT ") + kAssignmentColumns +
                                  QStringLiteral(" FROM assignments WHERE id = ?"));
    FinishQuery finish{q};
    if (!m_db.run(q, {id}) || !q.next())
        return std::nullopt;
    return assignmentFromRow(q);
}

QString OrganisationStore::setting(const QString &key, const QString &fallback)
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    FinishQuery finish{q};
    if (!m_db.run(q, {key}) || !q.next())
        return fallback;
    return q.value(0).toString();
}

WriteResult OrganisationStore::setSetting(const QString &key, const QString &value)
{
    if (!m_db.run(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                  {key, value.isNull() ? QStringLiteral("") : value}))
        return WriteResult::failure(m_db.lastError());
    return WriteResult::success();
}

} // namespace tp::storage
