#include "export/CsvExport.h"

#include "export/CsvWriter.h"
#include "export/ExportText.h"

#include <QHash>
#include <QJsonObject>

namespace tp::exporting {

namespace {

QString criticalFailures(const AuditView &audit)
{
    const QJsonValue value = audit.full ? audit.score.value(QLatin1String("criticalFailures"))
                                        : audit.top.value(QLatin1String("criticalFailures"));
    return value.isArray() ? QString::number(value.toArray().size()) : numberText(value);
}

QString passed(const AuditView &audit)
{
    const QJsonValue value = audit.full ? audit.score.value(QLatin1String("passed"))
                                        : audit.top.value(QLatin1String("passed"));
    return valueText(value);
}

QString reviewReason(const AuditView &audit)
{
    const QJsonObject review = audit.top.value(QLatin1String("review")).toObject();
    return review.value(QLatin1String("reason")).toString();
}

} // namespace

QByteArray auditsCsv(const QJsonArray &audits)
{
    CsvWriter csv;
    csv.addRecord({QStringLiteral("uuid"), QStringLiteral("site"), QStringLiteral("region"),
                   QStringLiteral("script"), QStringLiteral("scriptVersion"),
                   QStringLiteral("mode"), QStringLiteral("auditor"), QStringLiteral("startedAt"),
                   QStringLiteral("submittedAt"), QStringLiteral("receivedAt"),
                   QStringLiteral("state"), QStringLiteral("reviewReason"),
                   QStringLiteral("overall"), QStringLiteral("passed"),
                   QStringLiteral("criticalFailures"), QStringLiteral("nps")});
    for (const QJsonValue &entry : audits) {
        const AuditView audit(entry.toObject());
        const QJsonValue nps = audit.score.value(QLatin1String("nps"));
        csv.addRecord({audit.uuid(), audit.site(),
                       audit.top.value(QLatin1String("region")).toString(), audit.scriptId(),
                       audit.scriptVersion(), audit.text("mode"), audit.text("auditor"),
                       audit.text("startedAt"), audit.text("submittedAt"),
                       audit.top.value(QLatin1String("receivedAt")).toString(),
                       audit.top.value(QLatin1String("state")).toString(), reviewReason(audit),
                       numberText(audit.overall()), passed(audit), criticalFailures(audit),
                       numberText(nps.toObject().value(QLatin1String("value")))});
    }
    return csv.data();
}

QByteArray answersCsv(const QJsonArray &audits)
{
    CsvWriter csv;
    csv.addRecord({QStringLiteral("audit"), QStringLiteral("site"), QStringLiteral("script"),
                   QStringLiteral("startedAt"), QStringLiteral("item"), QStringLiteral("section"),
                   QStringLiteral("prompt"), QStringLiteral("state"), QStringLiteral("value"),
                   QStringLiteral("notApplicable"), QStringLiteral("earned"),
                   QStringLiteral("possible"), QStringLiteral("result"), QStringLiteral("note"),
                   QStringLiteral("photos")});
    for (const QJsonValue &entry : audits) {
        const AuditView audit(entry.toObject());
        // The server's per-item results, by item id, for the state and points of each answer.
        QHash<QString, QJsonObject> results;
        for (const QJsonValue &item : audit.top.value(QLatin1String("items")).toArray())
            results.insert(item.toObject().value(QLatin1String("item")).toString(),
                           item.toObject());
        const QJsonObject answers = audit.body.value(QLatin1String("answers")).toObject();
        // In the script's order where the results give it, then any other answer by id.
        QStringList order;
        for (const QJsonValue &item : audit.top.value(QLatin1String("items")).toArray()) {
            const QString id = item.toObject().value(QLatin1String("item")).toString();
            if (answers.contains(id))
                order.append(id);
        }
        for (const QString &id : answers.keys()) {
            if (!order.contains(id))
                order.append(id);
        }
        for (const QString &id : std::as_const(order)) {
            const QJsonObject answer = answers.value(id).toObject();
            const QJsonObject result = results.value(id);
            csv.addRecord(
                {audit.uuid(), audit.site(), audit.scriptId(), audit.text("startedAt"), id,
                 result.value(QLatin1String("section")).toString(),
                 result.value(QLatin1String("prompt")).toString(),
                 result.value(QLatin1String("state")).toString(),
                 valueText(answer.value(QLatin1String("value"))),
                 answer.value(QLatin1String("na")).toBool() ? QStringLiteral("yes")
                                                            : QStringLiteral("no"),
                 numberText(result.value(QLatin1String("earned"))),
                 numberText(result.value(QLatin1String("possible"))),
                 result.value(QLatin1String("result")).toString(),
                 answer.value(QLatin1String("note")).toString(),
                 QString::number(answer.value(QLatin1String("photos")).toArray().size())});
        }
    }
    return csv.data();
}

} // namespace tp::exporting
