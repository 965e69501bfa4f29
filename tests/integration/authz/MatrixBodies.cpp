#include "MatrixBodies.h"

#include "DemoAudits.h"
#include "MatrixWorld.h"
#include "support/TestPaths.h"

#include <QDateTime>
#include <QJsonArray>

namespace tp::test {

namespace {

std::pair<double, double> siteLocation(const QString &site)
{
    static const QJsonObject organisation =
        readJsonFile(sourcePath(QStringLiteral("assets/demo/organisation.json")));
    for (const QJsonValue &value : organisation.value(QStringLiteral("sites")).toArray()) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("id")).toString() == site)
            return {object.value(QStringLiteral("latitude")).toDouble(),
                    object.value(QStringLiteral("longitude")).toDouble()};
    }
    return {0, 0};
}

QJsonObject assignment(const QString &id, const QString &site, const QString &shopper)
{
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("site"), site},
            {QStringLiteral("script"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("store-visit")},
                         {QStringLiteral("version"), 1}}},
            {QStringLiteral("shopper"), shopper},
            {QStringLiteral("windowStart"), today.addDays(-1).toString(Qt::ISODate)},
            {QStringLiteral("windowEnd"), today.addDays(14).toString(Qt::ISODate)}};
}

MatrixBody jsonBody(const QJsonObject &object)
{
    MatrixBody body;
    body.bytes = toJsonBytes(object);
    body.uuid = object.value(QStringLiteral("uuid")).toString();
    return body;
}

} // namespace

MatrixBody buildMatrixBody(const QString &recipe, const MatrixWorld &world)
{
    if (recipe.startsWith(QLatin1String("bulk-"))) { // the audit of the rest, in a bulk upload
        MatrixBody body = buildMatrixBody(recipe.mid(5), world);
        body.bytes = R"({"audits":[)" + body.bytes + "]}";
        return body;
    }
    const QStringList parts = recipe.split(QLatin1Char(':'));
    const QString kind = parts.value(0);
    const QString arg = parts.value(1);
    MatrixBody body;
    if (recipe.isEmpty()) {
        body.contentType.clear();
    } else if (kind == QLatin1String("login") || kind == QLatin1String("login-wrong")) {
        body = jsonBody({{QStringLiteral("username"), arg},
                         {QStringLiteral("password"), kind == QLatin1String("login")
                                                          ? QLatin1String(kDemoPassword)
                                                          : QLatin1String("not-the-password")}});
    } else if (kind == QLatin1String("self")) {
        body = jsonBody(selfAudit(arg));
    } else if (kind == QLatin1String("retry") && arg == QLatin1String("exec")) {
        body = jsonBody(world.execAuditBody);
    } else if (kind == QLatin1String("steal") && arg == QLatin1String("bend")) {
        QJsonObject audit = world.bendAuditBody;
        audit.insert(QStringLiteral("auditor"), parts.value(2));
        body = jsonBody(audit);
    } else if (kind == QLatin1String("shop") && parts.size() == 4) {
        const auto [latitude, longitude] = siteLocation(parts[3]);
        body = jsonBody(mysteryShop(arg, parts[2], parts[3], latitude, longitude));
    } else if (kind == QLatin1String("photo")) {
        body.bytes = photoBytes(arg);
        body.contentType = "image/jpeg";
    } else if (kind == QLatin1String("script") || kind == QLatin1String("script-changed")) {
        QJsonObject script =
            readJsonFile(sourcePath(QStringLiteral("assets/demo/scripts/store-visit.json")));
        script.insert(QStringLiteral("id"), arg);
        if (kind == QLatin1String("script-changed"))
            script.insert(QStringLiteral("title"), QStringLiteral("A changed title"));
        body = jsonBody(script);
    } else if (kind == QLatin1String("region") || kind == QLatin1String("region-renamed")) {
        body = jsonBody({{QStringLiteral("id"), arg},
                         {QStringLiteral("name"), kind == QLatin1String("region")
                                                      ? QStringLiteral("Matrix region")
                                                      : QStringLiteral("Matrix region, renamed")}});
    } else if (kind == QLatin1String("site") && parts.size() == 3) {
        body = jsonBody({{QStringLiteral("id"), arg},
                         {QStringLiteral("region"), parts[2]},
                         {QStringLiteral("kind"), QStringLiteral("store")},
                         {QStringLiteral("name"), QStringLiteral("Matrix store ") + arg},
                         {QStringLiteral("address"), QStringLiteral("1 Test Street")},
                         {QStringLiteral("latitude"), 45.5},
                         {QStringLiteral("longitude"), -122.6},
                         {QStringLiteral("checkInRadius"), 100},
                         {QStringLiteral("timezone"), QStringLiteral("UTC")}});
    } else if (kind == QLatin1String("assignment") && parts.size() == 4) {
        body = jsonBody(assignment(arg, parts[2], parts[3]));
    } else if (kind == QLatin1String("bulk")) {
        QJsonArray list;
        for (const QString &entry : recipe.mid(5).split(QLatin1Char(','))) {
            const QStringList fields = entry.split(QLatin1Char(':'));
            list.append(assignment(fields.value(0), fields.value(1), fields.value(2)));
        }
        body = jsonBody({{QStringLiteral("assignments"), list}});
    } else if (kind == QLatin1String("user")) {
        body = jsonBody({{QStringLiteral("username"), arg},
                         {QStringLiteral("displayName"), QStringLiteral("Matrix User")},
                         {QStringLiteral("role"), QStringLiteral("shopper")},
                         {QStringLiteral("password"), QStringLiteral("matrix-password-1")}});
    } else if (kind == QLatin1String("password-change")) {
        body = jsonBody({{QStringLiteral("currentPassword"),
                          arg == QLatin1String("short") ? QLatin1String(kDemoPassword)
                                                        : QLatin1String("not-the-password")},
                         {QStringLiteral("newPassword"),
                          arg == QLatin1String("short") ? QStringLiteral("short")
                                                        : QStringLiteral("a-new-password-1")}});
    } else if (kind == QLatin1String("user-update")) {
        body = jsonBody({{QStringLiteral("displayName"), QStringLiteral("Matrix User, renamed")},
                         {QStringLiteral("role"), QStringLiteral("shopper")}});
    } else if (kind == QLatin1String("review")) {
        QJsonObject review{{QStringLiteral("decision"),
                            arg == QLatin1String("reject-bare") ? QStringLiteral("reject") : arg}};
        if (arg == QLatin1String("reject"))
            review.insert(QStringLiteral("reason"), QStringLiteral("the matrix rejects it"));
        body = jsonBody(review);
    } else if (kind == QLatin1String("action") && parts.size() == 5) {
        const QString audit = arg == QLatin1String("bend")       ? world.bendAudit
                              : arg == QLatin1String("brussels") ? world.brusselsAudit
                              : arg == QLatin1String("exec")     ? world.execAudit
                                                                 : world.saved.value(arg);
        const QDate due = QDate::currentDate().addDays(7);
        body = jsonBody({{QStringLiteral("audit"), audit},
                         {QStringLiteral("item"), parts[2]},
                         {QStringLiteral("owner"), QJsonObject{{parts[3], parts[4]}}},
                         {QStringLiteral("due"), due.toString(Qt::ISODate)},
                         {QStringLiteral("note"), QStringLiteral("the matrix asks for it")}});
    } else if (kind == QLatin1String("note")) {
        body = jsonBody({{QStringLiteral("note"), QStringLiteral("the matrix did it")}});
    } else if (kind == QLatin1String("note-missing")) {
        body = jsonBody({});
    } else if (kind == QLatin1String("settings")) {
        body = jsonBody({{QStringLiteral("reportAudits"), arg}});
    } else if (kind == QLatin1String("withdraw")) {
        body = jsonBody({{QStringLiteral("reason"), QStringLiteral("the matrix withdraws it")}});
    } else {
        body.error = QStringLiteral("unknown body recipe \"%1\"").arg(recipe);
    }
    body.sha256 = sha256Hex(body.bytes);
    return body;
}

} // namespace tp::test
