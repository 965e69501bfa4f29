#include "MatrixChecks.h"

#include "MatrixWorld.h"

#include <QRegularExpression>
#include <QSet>

namespace tp::test {

namespace {

using IdSet = QSet<QString>;

const IdSet kAmericas{QStringLiteral("store-bend"), QStringLiteral("store-portland"),
                      QStringLiteral("store-seattle"), QStringLiteral("support-americas")};
const IdSet kInternational{
    QStringLiteral("store-north-lakes"), QStringLiteral("store-brussels-centre"),
    QStringLiteral("store-eindhoven"), QStringLiteral("support-international")};
const QHash<QString, IdSet> kShopperAssignments{
    {QStringLiteral("shopper1"),
     {QStringLiteral("demo-bend-visit"), QStringLiteral("demo-north-lakes-visit"),
      QStringLiteral("demo-us-care-call")}},
    {QStringLiteral("shopper2"),
     {QStringLiteral("demo-brussels-visit"), QStringLiteral("demo-eindhoven-visit")}}};
const IdSet kDemoAssignments = kShopperAssignments.value(QStringLiteral("shopper1")) +
                               kShopperAssignments.value(QStringLiteral("shopper2"));

IdSet idSet(const QString &commaSeparated)
{
    IdSet ids;
    for (const QString &id : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.insert(id);
    return ids;
}

QString show(const IdSet &ids)
{
    QStringList list(ids.cbegin(), ids.cend());
    list.sort();
    return QLatin1Char('{') + list.join(QLatin1Char(',')) + QLatin1Char('}');
}

// A list answer: a top-level array, or the array under `key` (the contract leaves the shape open).
QJsonArray listOf(const ApiReply &reply, const QString &key)
{
    if (reply.json.isArray())
        return reply.array();
    return reply.object().value(key).toArray();
}

IdSet idsOf(const QJsonArray &list, const QString &field = QStringLiteral("id"))
{
    IdSet ids;
    for (const QJsonValue &value : list)
        ids.insert(value.toObject().value(field).toString());
    return ids;
}

QString compareIds(const QString &what, const IdSet &actual, const IdSet &expected, bool exact)
{
    if (exact ? actual == expected : actual.contains(expected))
        return {};
    return QStringLiteral("%1: expected %2%3, got %4")
        .arg(what, exact ? QString() : QStringLiteral("at least "), show(expected), show(actual));
}

QString syncCheck(const QStringList &parts, const ApiReply &reply)
{
    const QJsonObject sync = reply.object();
    if (!sync.value(QStringLiteral("cursor")).isDouble())
        return QStringLiteral("no numeric cursor");
    const QJsonArray assignments = sync.value(QStringLiteral("assignments")).toArray();
    const QJsonArray sites = sync.value(QStringLiteral("sites")).toArray();
    const QJsonArray scripts = sync.value(QStringLiteral("scripts")).toArray();
    const IdSet siteIds = idsOf(sites);
    const IdSet assignmentIds = idsOf(assignments);
    const QString view = parts.value(1);
    const QString arg = parts.value(2);
    if (view == QLatin1String("all-assignments")) {
        if (QString e =
                compareIds(QStringLiteral("assignments"), assignmentIds, kDemoAssignments, false);
            !e.isEmpty())
            return e;
        if (QString e =
                compareIds(QStringLiteral("sites"), siteIds, kAmericas + kInternational, false);
            !e.isEmpty())
            return e;
        return compareIds(QStringLiteral("scripts"), idsOf(scripts),
                          {QStringLiteral("store-visit"), QStringLiteral("support-call")}, false);
    }
    if (view == QLatin1String("no-assignments")) {
        if (!assignments.isEmpty())
            return QStringLiteral("expected no assignments, got %1").arg(show(assignmentIds));
        return compareIds(QStringLiteral("sites"), siteIds, kAmericas + kInternational, false);
    }
    if (view == QLatin1String("region")) {
        const IdSet regionSites = arg == QLatin1String("americas") ? kAmericas : kInternational;
        if (QString e =
                compareIds(QStringLiteral("regions"),
                           idsOf(sync.value(QStringLiteral("regions")).toArray()), {arg}, true);
            !e.isEmpty())
            return e;
        if (QString e = compareIds(QStringLiteral("sites"), siteIds, regionSites, true);
            !e.isEmpty())
            return e;
        if (assignments.isEmpty())
            return QStringLiteral("expected the region's assignments, got none");
        for (const QJsonValue &value : assignments) {
            const QString site = value.toObject().value(QStringLiteral("site")).toString();
            if (!regionSites.contains(site))
                return QStringLiteral("assignment %1 at %2 is outside %3")
                    .arg(value.toObject().value(QStringLiteral("id")).toString(), site, arg);
        }
        return {};
    }
    if (view == QLatin1String("shopper")) {
        if (QString e = compareIds(QStringLiteral("assignments"), assignmentIds,
                                   kShopperAssignments.value(arg), true);
            !e.isEmpty())
            return e;
        IdSet ownSites;
        for (const QJsonValue &value : assignments) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("shopper")).toString() != arg)
                return QStringLiteral("assignment %1 belongs to %2")
                    .arg(object.value(QStringLiteral("id")).toString(),
                         object.value(QStringLiteral("shopper")).toString());
            ownSites.insert(object.value(QStringLiteral("site")).toString());
        }
        return compareIds(QStringLiteral("sites"), siteIds, ownSites, true);
    }
    if (view == QLatin1String("store")) {
        if (!sync.value(QStringLiteral("assignments")).toArray().isEmpty())
            return QStringLiteral("a store manager got assignments: %1").arg(show(assignmentIds));
        if (!scripts.isEmpty())
            return QStringLiteral("a store manager got scripts: %1").arg(show(idsOf(scripts)));
        if (QString e = compareIds(QStringLiteral("sites"), siteIds, {arg}, true); !e.isEmpty())
            return e;
        return compareIds(QStringLiteral("regions"),
                          idsOf(sync.value(QStringLiteral("regions")).toArray()),
                          {QStringLiteral("americas")}, true);
    }
    if (view == QLatin1String("withdrawn")) {
        QString site;
        for (const QJsonValue &value : assignments) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("id")).toString() != arg)
                continue;
            if (object.value(QStringLiteral("state")).toString() != QLatin1String("withdrawn"))
                return QStringLiteral("%1 is %2, not withdrawn")
                    .arg(arg, object.value(QStringLiteral("state")).toString());
            site = object.value(QStringLiteral("site")).toString();
        }
        if (site.isEmpty())
            return QStringLiteral("the withdrawn assignment %1 is not in the sync").arg(arg);
        for (const QJsonValue &value : assignments) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("site")).toString() == site &&
                object.value(QStringLiteral("state")).toString() != QLatin1String("withdrawn"))
                return {}; // another assignment still brings the site
        }
        if (siteIds.contains(site))
            return QStringLiteral("site %1 of the withdrawn assignment is still sent").arg(site);
        return {};
    }
    return QStringLiteral("unknown sync check ") + parts.join(QLatin1Char(':'));
}

// A script's key in lists and sync: "ID/VERSION".
IdSet scriptKeys(const QJsonArray &list)
{
    IdSet keys;
    for (const QJsonValue &value : list) {
        const QJsonObject script = value.toObject();
        keys.insert(script.value(QStringLiteral("id")).toString() + QLatin1Char('/') +
                    QString::number(script.value(QStringLiteral("version")).toInteger()));
    }
    return keys;
}

// What the caller's sync carries, against what the API's other routes show the same caller:
// each list route they may use (regions, sites, scripts, assignments) answers exactly the ids
// the sync carries; each site, script and assignment of the sync opens by its own route; and
// every demo site the sync leaves out answers 404.
QString sameAsListsCheck(const ApiReply &sync, MatrixWorld &world, const QString &token)
{
    ApiClient &api = world.fixture->api();
    const QJsonObject carried = sync.object();
    for (const char *kind : {"regions", "sites", "scripts", "assignments"}) {
        const QString key = QLatin1String(kind);
        const bool scripts = key == QLatin1String("scripts");
        const QJsonArray synced = carried.value(key).toArray();
        const ApiReply list = api.get(QLatin1Char('/') + key, token);
        if (list.status == 403)
            continue; // not a list for this role; the objects are checked one by one below
        if (list.status != 200)
            return QStringLiteral("GET /%1: %2").arg(key, list.describe());
        const QJsonArray listed = listOf(list, key);
        if (QString e = compareIds(QStringLiteral("GET /%1 against sync").arg(key),
                                   scripts ? scriptKeys(listed) : idsOf(listed),
                                   scripts ? scriptKeys(synced) : idsOf(synced), true);
            !e.isEmpty())
            return e;
    }
    const IdSet syncedSites = idsOf(carried.value(QStringLiteral("sites")).toArray());
    for (const QString &site : kAmericas + kInternational + syncedSites) {
        const int expected = syncedSites.contains(site) ? 200 : 404;
        const ApiReply one = api.get(QStringLiteral("/sites/") + site, token);
        if (one.status != expected)
            return QStringLiteral("GET /sites/%1 (%2 by sync): expected %3, got %4")
                .arg(site, expected == 200 ? QStringLiteral("sent") : QStringLiteral("not sent"))
                .arg(expected)
                .arg(one.describe());
    }
    for (const QString &script : scriptKeys(carried.value(QStringLiteral("scripts")).toArray())) {
        const ApiReply one = api.get(QStringLiteral("/scripts/") + script, token);
        if (one.status != 200)
            return QStringLiteral("GET /scripts/%1 (sent by sync): %2").arg(script, one.describe());
    }
    for (const QString &id : idsOf(carried.value(QStringLiteral("assignments")).toArray())) {
        const ApiReply one = api.get(QStringLiteral("/assignments/") + id, token);
        if (one.status != 200)
            return QStringLiteral("GET /assignments/%1 (sent by sync): %2").arg(id, one.describe());
    }
    return {};
}

QString usersCheck(const QString &view, const ApiReply &reply)
{
    const QJsonArray users = listOf(reply, QStringLiteral("users"));
    const IdSet names = idsOf(users, QStringLiteral("username"));
    const IdSet staff{QStringLiteral("admin"), QStringLiteral("manager1"),
                      QStringLiteral("manager2"), QStringLiteral("exec1"),
                      QStringLiteral("store1")};
    const IdSet shoppers{QStringLiteral("shopper1"), QStringLiteral("shopper2")};
    if (view == QLatin1String("all")) {
        if (QString e = compareIds(QStringLiteral("users"), names, staff + shoppers, false);
            !e.isEmpty())
            return e;
        for (const QJsonValue &user : users) {
            if (!user.toObject().contains(QStringLiteral("role")))
                return QStringLiteral("a user without a role: ") + compactJson(user);
            if (user.toObject().contains(QStringLiteral("password")) ||
                user.toObject().contains(QStringLiteral("passwordHash")))
                return QStringLiteral("a user with a password: ") + compactJson(user);
        }
        return {};
    }
    if (QString e = compareIds(QStringLiteral("users"), names, shoppers, false); !e.isEmpty())
        return e;
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        if (staff.contains(user.value(QStringLiteral("username")).toString()))
            return QStringLiteral("a regional manager sees staff: ") + compactJson(user);
        for (auto it = user.begin(); it != user.end(); ++it) {
            if (it.key() != QLatin1String("username") && it.key() != QLatin1String("displayName"))
                return QStringLiteral("a regional manager sees '%1' of a shopper: %2")
                    .arg(it.key(), compactJson(user));
        }
    }
    return {};
}

// What a store manager must never read: who did an audit, and which assignment it was for.
const char *const kAuditorSecrets[] = {"shopper1",
                                       "shopper2",
                                       "exec1",
                                       "Sam K.",
                                       "Robin T.",
                                       "Eleanor Whitfield",
                                       "demo-bend-visit",
                                       "demo-brussels-visit",
                                       "demo-north-lakes-visit"};

QString secretsIn(const QByteArray &body)
{
    for (const char *secret : kAuditorSecrets) {
        if (body.contains(secret))
            return QStringLiteral("the answer names \"%1\"").arg(QLatin1String(secret));
    }
    return {};
}

bool isPseudonym(const QString &auditor)
{
    static const QRegularExpression pattern(QStringLiteral("^Shopper [A-Z]+$"));
    return pattern.match(auditor).hasMatch();
}

// The matrix audits by name (bendAudit, execAudit, brusselsAudit) as their uuids.
IdSet auditUuids(const QString &names, const MatrixWorld &world)
{
    IdSet uuids;
    for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (name == QLatin1String("bendAudit"))
            uuids.insert(world.bendAudit);
        else if (name == QLatin1String("execAudit"))
            uuids.insert(world.execAudit);
        else if (name == QLatin1String("brusselsAudit"))
            uuids.insert(world.brusselsAudit);
        else // an audit that a row filed and saved
            uuids.insert(world.saved.value(name, QStringLiteral("unsaved-") + name));
    }
    return uuids;
}

// Saved ids by name.
IdSet savedIds(const QString &names, const MatrixWorld &world)
{
    IdSet ids;
    for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.insert(world.saved.value(name, QStringLiteral("unsaved-") + name));
    return ids;
}

// A store manager's list of audits: exactly `names`, all approved, each under a pseudonym, and
// nobody named anywhere in the answer.
QString storeAuditsCheck(const QString &names, const ApiReply &reply, const MatrixWorld &world)
{
    const QJsonArray audits = reply.array();
    if (QString e = compareIds(QStringLiteral("audits"), idsOf(audits, QStringLiteral("uuid")),
                               auditUuids(names, world), true);
        !e.isEmpty())
        return e;
    for (const QJsonValue &value : audits) {
        const QJsonObject audit = value.toObject();
        if (audit.value(QStringLiteral("state")).toString() != QLatin1String("approved"))
            return QStringLiteral("a store manager sees an audit that is not approved: ") +
                   compactJson(audit);
        if (!isPseudonym(audit.value(QStringLiteral("auditor")).toString()))
            return QStringLiteral("the auditor is not a pseudonym: ") + compactJson(audit);
        if (audit.contains(QStringLiteral("auditorName")) ||
            audit.contains(QStringLiteral("assignment")))
            return QStringLiteral("a store manager sees who or which assignment: ") +
                   compactJson(audit);
    }
    return secretsIn(reply.body);
}

QString loginCheck(MatrixWorld &world, const QString &user, int expected)
{
    const ApiReply login = world.fixture->api().post(
        QStringLiteral("/login"),
        QJsonObject{{QStringLiteral("username"), user},
                    {QStringLiteral("password"), QStringLiteral("matrix-password-1")}});
    if (login.status == expected)
        return {};
    return QStringLiteral("signing in as %1 afterwards: expected %2, got %3")
        .arg(user)
        .arg(expected)
        .arg(login.describe());
}

// An admin's new user signs in with the initial password: every route but /me, /me/password and
// /logout is refused until they choose their own password, and then it works.
QString mustChangeCheck(MatrixWorld &world, const QString &user)
{
    ApiClient &api = world.fixture->api();
    const ApiReply login =
        api.post(QStringLiteral("/login"),
                 QJsonObject{{QStringLiteral("username"), user},
                             {QStringLiteral("password"), QStringLiteral("matrix-password-1")}});
    const QString token = login.object().value(QStringLiteral("token")).toString();
    if (login.status != 200 || token.isEmpty())
        return QStringLiteral("signing in as %1: %2").arg(user, login.describe());
    const QJsonObject who = login.object().value(QStringLiteral("user")).toObject();
    if (!who.value(QStringLiteral("mustChangePassword")).toBool())
        return QStringLiteral("%1's initial password is not marked for a change: %2")
            .arg(user, login.describe());
    for (const QString &path : {QStringLiteral("/sync"), QStringLiteral("/audits")}) {
        const ApiReply refused = api.get(path, token);
        if (refused.status != 403 ||
            refused.errorCode() != QLatin1String("password_change_required"))
            return QStringLiteral("GET %1 before the change: %2").arg(path, refused.describe());
    }
    if (const ApiReply me = api.get(QStringLiteral("/me"), token); me.status != 200)
        return QStringLiteral("GET /me before the change: ") + me.describe();
    const ApiReply changed = api.post(
        QStringLiteral("/me/password"),
        QJsonObject{{QStringLiteral("currentPassword"), QStringLiteral("matrix-password-1")},
                    {QStringLiteral("newPassword"), QStringLiteral("matrix-password-2")}},
        token);
    if (changed.status != 200 || changed.object().contains(QStringLiteral("mustChangePassword")))
        return QStringLiteral("POST /me/password: ") + changed.describe();
    if (const ApiReply sync = api.get(QStringLiteral("/sync"), token); sync.status != 200)
        return QStringLiteral("GET /sync after the change: ") + sync.describe();
    return {};
}

} // namespace

QString checkMatrixReply(const QString &check, const ApiReply &reply, MatrixWorld &world,
                         const QString &token)
{
    if (check.isEmpty())
        return {};
    const QStringList parts = check.split(QLatin1Char(':'));
    const QString kind = parts.value(0);
    const QString arg = parts.value(1);
    const QJsonObject object = reply.object();
    const QJsonObject audit = object.value(QStringLiteral("audit")).toObject();

    if (kind == QLatin1String("me") || kind == QLatin1String("auditor")) {
        const QString actual = kind == QLatin1String("me")
                                   ? object.value(QStringLiteral("username")).toString()
                                   : audit.value(QStringLiteral("auditor")).toString();
        return actual == arg ? QString()
                             : QStringLiteral("expected %1, got \"%2\"").arg(arg, actual);
    }
    if (kind == QLatin1String("anonymous")) {
        if (!isPseudonym(audit.value(QStringLiteral("auditor")).toString()))
            return QStringLiteral("the auditor is not a pseudonym: ") +
                   audit.value(QStringLiteral("auditor")).toString();
        if (audit.contains(QStringLiteral("assignment")))
            return QStringLiteral("the assignment is shown to the store manager");
        if (object.contains(QStringLiteral("auditorName")))
            return QStringLiteral("the auditor's name is shown to the store manager");
        return secretsIn(reply.body);
    }
    if (kind == QLatin1String("no-secrets"))
        return secretsIn(reply.body);
    if (kind == QLatin1String("item")) { // the status of the first audit of a bulk upload
        const int actual = object.value(QStringLiteral("results"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("status"))
                               .toInt();
        return actual == arg.toInt()
                   ? QString()
                   : QStringLiteral("expected the audit's status %1, got %2").arg(arg).arg(actual);
    }
    if (kind == QLatin1String("audits")) {
        const bool exact = arg.startsWith(QLatin1String("=="));
        return compareIds(QStringLiteral("audits"), idsOf(reply.array(), QStringLiteral("uuid")),
                          auditUuids(arg.mid(2), world), exact);
    }
    if (kind == QLatin1String("store-audits"))
        return storeAuditsCheck(arg, reply, world);
    if (kind == QLatin1String("actions") || kind == QLatin1String("store-actions")) {
        const bool store = kind == QLatin1String("store-actions");
        const bool exact = store || arg.startsWith(QLatin1String("=="));
        if (QString e = compareIds(QStringLiteral("actions"), idsOf(reply.array()),
                                   savedIds(store ? arg : arg.mid(2), world), exact);
            !e.isEmpty())
            return e;
        return store ? secretsIn(reply.body) : QString();
    }
    if (kind == QLatin1String("summary")) {
        const bool exact = arg.startsWith(QLatin1String("=="));
        return compareIds(QStringLiteral("summary sites"),
                          idsOf(reply.array(), QStringLiteral("site")), idSet(arg.mid(2)), exact);
    }
    if (kind == QLatin1String("save")) { // the id of a record, the uuid of an audit's receipt
        const QString id = object.contains(QStringLiteral("id"))
                               ? object.value(QStringLiteral("id")).toString()
                               : object.value(QStringLiteral("uuid")).toString();
        if (id.isEmpty())
            return QStringLiteral("no id to save as ") + arg;
        world.saved.insert(arg, id);
        return {};
    }
    if (kind == QLatin1String("setting")) {
        const QString actual = object.value(QStringLiteral("reportAudits")).toString();
        return actual == arg
                   ? QString()
                   : QStringLiteral("expected reportAudits %1, got \"%2\"").arg(arg, actual);
    }
    if (kind == QLatin1String("photo"))
        return reply.body == photoBytes(arg)
                   ? QString()
                   : QStringLiteral("the photo's bytes differ (%1 bytes)").arg(reply.body.size());
    if (kind == QLatin1String("error"))
        return reply.errorCode() == arg ? QString()
                                        : QStringLiteral("expected error code %1, got \"%2\"")
                                              .arg(arg, reply.errorCode());
    if (kind == QLatin1String("state") || kind == QLatin1String("id") ||
        kind == QLatin1String("script")) {
        const QString field =
            kind == QLatin1String("state") ? QStringLiteral("state") : QStringLiteral("id");
        const QString actual = object.value(field).toString();
        return actual == arg ? QString()
                             : QStringLiteral("expected %1 %2, got \"%3\"").arg(field, arg, actual);
    }
    if (kind == QLatin1String("check-ins")) { // GET /sites/{id}/check-ins of site `arg`
        if (object.value(QStringLiteral("site")).toString() != arg)
            return QStringLiteral("expected the check-ins of %1: ").arg(arg) +
                   QString::fromUtf8(reply.body.left(200));
        return object.value(QStringLiteral("checkIns")).isArray()
                   ? QString()
                   : QStringLiteral("no checkIns list");
    }
    if (kind == QLatin1String("ids")) {
        const qsizetype count = object.value(QStringLiteral("ids")).toArray().size();
        return count == arg.toInt() ? QString()
                                    : QStringLiteral("expected %1 ids, got %2").arg(arg).arg(count);
    }
    if (kind == QLatin1String("revoked")) {
        const ApiReply me = world.fixture->api().get(QStringLiteral("/me"), token);
        return me.status == 401
                   ? QString()
                   : QStringLiteral("the token still works after logout: ") + me.describe();
    }
    if (kind == QLatin1String("list")) {
        const bool exact = arg.contains(QLatin1String("=="));
        const QStringList keyAndIds =
            arg.split(exact ? QStringLiteral("==") : QStringLiteral(">="));
        return compareIds(keyAndIds.value(0), idsOf(listOf(reply, keyAndIds.value(0))),
                          idSet(keyAndIds.value(1)), exact);
    }
    if (kind == QLatin1String("users"))
        return usersCheck(arg, reply);
    if (kind == QLatin1String("sync"))
        return syncCheck(parts, reply);
    if (kind == QLatin1String("same-as-lists"))
        return sameAsListsCheck(reply, world, token);
    if (kind == QLatin1String("absent")) {
        QString error;
        const QVariant count = world.fixture->db().scalar(
            QStringLiteral("SELECT COUNT(*) FROM assignments WHERE id = ?"), {arg}, &error);
        if (!error.isEmpty())
            return error;
        return count.toLongLong() == 0
                   ? QString()
                   : QStringLiteral("assignment %1 was created anyway").arg(arg);
    }
    if (kind == QLatin1String("login-ok"))
        return loginCheck(world, arg, 200);
    if (kind == QLatin1String("login-refused"))
        return loginCheck(world, arg, 401);
    if (kind == QLatin1String("must-change"))
        return mustChangeCheck(world, arg);
    return QStringLiteral("unknown check ") + check;
}

} // namespace tp::test
