#include "storage/DemoSeed.h"

#include "storage/DeviceDatabase.h"
#include "storage/OrganisationJson.h"
#include "storage/OrganisationStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tp::storage {

namespace {

const QString kSeededKey = QStringLiteral("demo-seeded");

QByteArray readResource(const QString &name)
{
    QFile file(QStringLiteral(":/device-demo/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject readObject(const QString &name)
{
    return QJsonDocument::fromJson(readResource(name)).object();
}

QString dayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
}

} // namespace

bool isDemoSeeded(DeviceDatabase &db)
{
    return OrganisationStore(db).setting(kSeededKey) == QLatin1String("1");
}

WriteResult seedDemoOrganisation(DeviceDatabase &db, const QDate &today)
{
    if (isDemoSeeded(db))
        return WriteResult::success();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return WriteResult::failure(db.lastError());
    OrganisationStore organisation(db);
    const QJsonObject org = readObject(QStringLiteral("organisation.json"));
    QList<WriteResult> results;
    for (const QJsonValue &user : org.value(QLatin1String("users")).toArray()) {
        const QJsonObject u = user.toObject();
        results << organisation.putAccount({u.value(QLatin1String("username")).toString(),
                                            u.value(QLatin1String("displayName")).toString(),
                                            u.value(QLatin1String("role")).toString()});
    }
    for (const QJsonValue &site : org.value(QLatin1String("sites")).toArray())
        results << organisation.putSite(siteFromJson(site.toObject()));
    for (const QString &script : {QStringLiteral("store-visit"), QStringLiteral("support-call")})
        results << organisation.putScript(
            readResource(QStringLiteral("scripts/%1.json").arg(script)));
    const QJsonObject work = readObject(QStringLiteral("assignments.json"));
    for (const QJsonValue &value : work.value(QLatin1String("assignments")).toArray()) {
        const QJsonObject a = value.toObject();
        results << organisation.putAssignment(
            {a.value(QLatin1String("id")).toString(), a.value(QLatin1String("site")).toString(),
             a.value(QLatin1String("script")).toString(), 1,
             a.value(QLatin1String("shopper")).toString(),
             dayStart(today.addDays(a.value(QLatin1String("fromDay")).toInt())),
             dayStart(today.addDays(a.value(QLatin1String("toDay")).toInt())),
             QStringLiteral("accepted")});
    }
    results << organisation.setSetting(kSeededKey, QStringLiteral("1"));
    for (const WriteResult &result : results) {
        if (!result.ok())
            return WriteResult::failure(QStringLiteral("demo data: ") + result.error);
    }
    if (results.size() < 10)
        return WriteResult::failure(QStringLiteral("demo data: the built-in files are missing"));
    if (!transaction.commit())
        return WriteResult::failure(db.lastError());
    return WriteResult::success();
}

} // namespace tp::storage
