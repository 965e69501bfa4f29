#include "cli/DemoData.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace tp::cli {

namespace {

using server::Directory;

QByteArray readResource(const QString &name)
{
    QFile file(QStringLiteral(":/demo/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool report(const Directory::Result &result, const QString &what, QTextStream &err)
{
    if (result.outcome == Directory::Outcome::Created ||
        result.outcome == Directory::Outcome::Updated ||
        result.outcome == Directory::Outcome::Unchanged)
        return true;
    err << "demo " << what << ": "
        << (result.message.isEmpty() ? server::outcomeName(result.outcome) : result.message)
        << '\n';
    for (const Issue &issue : result.issues)
        err << "  " << issue.toString() << '\n';
    return false;
}

} // namespace

bool loadDemo(Directory &directory, QTextStream &out, QTextStream &err)
{
    const QJsonObject organisation =
        QJsonDocument::fromJson(readResource(QStringLiteral("organisation.json"))).object();
    if (organisation.isEmpty()) {
        err << "the demo organisation is missing from the binary\n";
        return false;
    }
    int count = 0;
    for (const QJsonValue &region : organisation.value(QStringLiteral("regions")).toArray()) {
        if (!report(directory.putRegion(region.toObject()), QStringLiteral("region"), err))
            return false;
        ++count;
    }
    for (const QJsonValue &site : organisation.value(QStringLiteral("sites")).toArray()) {
        if (!report(directory.putSite(site.toObject()), QStringLiteral("site"), err))
            return false;
        ++count;
    }
    for (const QJsonValue &value : organisation.value(QStringLiteral("users")).toArray()) {
        QJsonObject user = value.toObject();
        user.insert(QStringLiteral("password"), QLatin1String(kDemoPassword));
        if (!report(directory.putUser(user, true), QStringLiteral("user"), err))
            return false;
        ++count;
    }
    for (const char *script : {"store-visit.json", "support-call.json"}) {
        if (!report(directory.publishScript(
                        readResource(QStringLiteral("scripts/") + QLatin1String(script)),
                        QStringLiteral("admin")),
                    QLatin1String(script), err))
            return false;
        ++count;
    }
    // Work for the demo shoppers, in a window around today, so the app has something to do.
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    const struct
    {
        const char *id, *site, *script, *shopper;
    } assignments[] = {
        {"demo-bend-visit", "store-bend", "store-visit", "shopper1"},
        {"demo-north-lakes-visit", "store-north-lakes", "store-visit", "shopper1"},
        {"demo-us-care-call", "support-americas", "support-call", "shopper1"},
        {"demo-brussels-visit", "store-brussels-centre", "store-visit", "shopper2"},
        {"demo-eindhoven-visit", "store-eindhoven", "store-visit", "shopper2"},
    };
    for (const auto &a : assignments) {
        QSqlQuery known =
            directory.db().prepare(QStringLiteral("SELECT 1 FROM assignments WHERE id = ?"));
        known.addBindValue(QLatin1String(a.id));
        if (server::exec(known) && known.next())
            continue;
        const QJsonObject assignment{
            {QStringLiteral("id"), QLatin1String(a.id)},
            {QStringLiteral("site"), QLatin1String(a.site)},
            {QStringLiteral("script"), QJsonObject{{QStringLiteral("id"), QLatin1String(a.script)},
                                                   {QStringLiteral("version"), 1}}},
            {QStringLiteral("shopper"), QLatin1String(a.shopper)},
            {QStringLiteral("windowStart"), today.addDays(-1).toString(Qt::ISODate)},
            {QStringLiteral("windowEnd"), today.addDays(14).toString(Qt::ISODate)},
        };
        if (!report(directory.createAssignment(assignment, QStringLiteral("manager1")),
                    QLatin1String(a.id), err))
            return false;
        ++count;
    }
    out << "demo organisation loaded: " << count << " records; every demo user's password is "
        << kDemoPassword << '\n';
    return true;
}

} // namespace tp::cli
