#include "DemoAudits.h"

#include "support/TestPaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QUuid>

namespace tp::test {

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray toJsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

QJsonObject selfAudit(const QString &auditor, const QString &site)
{
    QJsonObject audit = readJsonFile(sourcePath(QStringLiteral("assets/demo/audits/good.json")));
    audit.insert(QStringLiteral("uuid"), newUuid());
    audit.insert(QStringLiteral("auditor"), auditor);
    audit.insert(QStringLiteral("mode"), QStringLiteral("self_audit"));
    audit.insert(QStringLiteral("site"), site);
    audit.remove(QStringLiteral("assignment"));
    return audit;
}

QJsonObject mysteryShop(const QString &shopper, const QString &assignment, const QString &site,
                        double latitude, double longitude)
{
    QJsonObject audit = readJsonFile(sourcePath(QStringLiteral("assets/demo/audits/good.json")));
    audit.insert(QStringLiteral("uuid"), newUuid());
    audit.insert(QStringLiteral("auditor"), shopper);
    audit.insert(QStringLiteral("mode"), QStringLiteral("mystery_shop"));
    audit.insert(QStringLiteral("site"), site);
    audit.insert(QStringLiteral("assignment"), assignment);
    QJsonObject checkIn = audit.value(QStringLiteral("checkIn")).toObject();
    checkIn.insert(QStringLiteral("latitude"), latitude);
    checkIn.insert(QStringLiteral("longitude"), longitude);
    audit.insert(QStringLiteral("checkIn"), checkIn);
    return audit;
}

} // namespace tp::test
