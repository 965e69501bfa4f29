#include "StorageTestSupport.h"

#include "core/JsonWriters.h"
#include "storage/OrganisationStore.h"
#include "storage/PhotoFiles.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>

namespace tp::test {

using namespace tp::storage;

std::unique_ptr<DeviceDatabase> openDevice(const QString &fileName, QString *error)
{
    DeviceDatabase::OpenResult result = DeviceDatabase::open(fileName);
    if (error)
        *error = result.error;
    return std::move(result.database);
}

std::optional<QList<QVariantList>> queryRows(DeviceDatabase &db, const QString &sql,
                                             std::initializer_list<QVariant> values, QString *error)
{
    QSqlQuery &query = db.statement(sql);
    FinishQuery finish{query};
    if (!db.run(query, values)) {
        if (error)
            *error = db.lastError();
        return std::nullopt;
    }
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        const int columns = query.record().count();
        for (int column = 0; column < columns; ++column)
            row << query.value(column);
        rows << row;
    }
    return rows;
}

QVariant queryValue(DeviceDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    const auto rows = queryRows(db, sql, values);
    if (!rows || rows->isEmpty() || rows->first().isEmpty())
        return {};
    return rows->first().first();
}

int queryCount(DeviceDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    const QVariant value = queryValue(db, sql, values);
    return value.isValid() ? value.toInt() : -1;
}

QStringList dumpAuditTables(DeviceDatabase &db)
{
    QStringList lines;
    for (const char *sql :
         {"SELECT * FROM audits ORDER BY uuid", "SELECT * FROM answers ORDER BY audit, item",
          "SELECT * FROM answer_photos ORDER BY audit, item, sha256",
          "SELECT * FROM timeline ORDER BY audit, seq", "SELECT * FROM outbox ORDER BY audit",
          "SELECT * FROM photos ORDER BY sha256"}) {
        QString error;
        const auto rows = queryRows(db, QLatin1String(sql), {}, &error);
        if (!rows) {
            lines << QStringLiteral("cannot read: ") + error;
            continue;
        }
        lines << QLatin1String(sql);
        for (const QVariantList &row : *rows) {
            QStringList cells;
            for (const QVariant &cell : row)
                cells << (cell.isNull() ? QStringLiteral("NULL") : cell.toString());
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines;
}

std::shared_ptr<const Script> storeVisitScript(DeviceDatabase &db)
{
    return OrganisationStore(db).script(QStringLiteral("store-visit"), 1);
}

NewAudit bendVisit()
{
    NewAudit audit;
    audit.scriptId = QStringLiteral("store-visit");
    audit.scriptVersion = 1;
    audit.site = QStringLiteral("store-bend");
    audit.auditor = QStringLiteral("shopper1");
    audit.mode = AuditMode::MysteryShop;
    audit.assignment = QStringLiteral("demo-bend-visit");
    return audit;
}

std::optional<Audit> goodAudit()
{
    AuditDecodeResult decoded =
        decodeAuditFile(sourcePath(QStringLiteral("assets/demo/audits/good.json")));
    return decoded.audit;
}

QString writePhotoFile(const QString &folder, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

bool writeGoodAnswers(DeviceDatabase &db, const QString &uuid, const QString &photoFolder,
                      const GoodAnswersOptions &options, QString *error)
{
    const std::optional<Audit> good = goodAudit();
    if (!good) {
        *error = QStringLiteral("cannot decode good.json");
        return false;
    }
    AuditStore store(db);
    auto check = [error](const WriteResult &result, const QString &what) {
        if (!result.ok())
            *error = what + QStringLiteral(": ") + result.error;
        return result.ok();
    };
    for (auto it = good->answers.cbegin(); it != good->answers.cend(); ++it) {
        const QString &item = it.key();
        const Answer &answer = it.value();
        if (options.skipItems.contains(item))
            continue;
        if (!answer.value.isUndefined() && !check(store.saveValue(uuid, item, answer.value), item))
            return false;
        if (answer.notApplicable && !check(store.setNotApplicable(uuid, item, true), item))
            return false;
        if (!answer.note.isEmpty() && !check(store.saveNote(uuid, item, answer.note), item))
            return false;
        for (int i = 0; i < answer.photos.size(); ++i) {
            const QString source = writePhotoFile(photoFolder + QStringLiteral("/camera"),
                                                  QStringLiteral("%1-%2.jpg").arg(item).arg(i),
                                                  QByteArrayLiteral("photo of ") + item.toUtf8() +
                                                      QByteArray::number(i));
            const auto photo = importPhoto(db, source, photoFolder, error);
            if (!photo || !check(store.attachPhoto(uuid, item, photo->sha256), item))
                return false;
        }
    }
    for (const TimelineEvent &moment : good->timeline) {
        if (options.skipEvents.contains(moment.event))
            continue;
        if (!check(store.addMoment(uuid, moment.event, moment.elapsedMs), moment.event))
            return false;
    }
    if (options.checkIn && good->checkIn) {
        CheckInRecord record;
        record.position = *good->checkIn;
        record.status = QStringLiteral("verified");
        record.distanceMetres = 0.5;
        if (!check(store.saveCheckIn(uuid, record), QStringLiteral("check-in")))
            return false;
    }
    return true;
}

QByteArray loadedCanonicalJson(DeviceDatabase &db, const QString &uuid)
{
    const std::optional<StoredAudit> stored = AuditStore(db).load(uuid);
    return stored ? canonicalAuditJson(stored->audit) : QByteArrayLiteral("[]");
}

} // namespace tp::test
