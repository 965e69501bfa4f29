#include "storage/AuditRows.h"

#include "storage/Database.h"
#include "storage/JsonRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tp::server {

namespace {

// "INSERT INTO table (columns) SELECT ?, <the row's values> FROM <the rows bound as JSON>": the
// first column is bound on its own, the rest come from the JSON array of rows (JsonRows), each
// value in `casts` order ("text" or "integer").
QString insertFromJsonRows(const Database &db, const char *table, const char *columns,
                           std::initializer_list<const char *> casts)
{
    const bool sqlite = db.dialect() == Dialect::Sqlite;
    QString sql = QStringLiteral("INSERT INTO %1 (%2) SELECT ?")
                      .arg(QLatin1String(table), QLatin1String(columns));
    int index = 0;
    for (const char *cast : casts) {
        const QString element =
            sqlite ? QStringLiteral("value->>%1").arg(index) : QStringLiteral("e->>%1").arg(index);
        if (!sqlite && qstrcmp(cast, "integer") == 0)
            sql += QStringLiteral(", CAST(%1 AS BIGINT)").arg(element);
        else
            sql += QStringLiteral(", ") + element;
        ++index;
    }
    sql += sqlite ? QStringLiteral(" FROM json_each(?)")
                  : QStringLiteral(" FROM json_array_elements(CAST(? AS json)) AS e");
    return sql;
}

std::optional<qint64> optionalCenti(std::optional<Centi> value)
{
    return value ? std::optional<qint64>(qint64(*value)) : std::nullopt;
}

QString valueText(const ItemScore &item)
{
    if (item.value.isUndefined() || item.value.isNull())
        return QStringLiteral(""); // not a null QString: that would bind as SQL NULL
    QJsonArray wrapper{item.value};
    const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2)); // the value alone, as JSON
}

bool storeScores(Database &db, const QString &uuid, const Script &script, const ScoreResult &score,
                 QString *error)
{
    JsonRows rows;
    const auto addRow = [&rows](const QString &kind, const QString &name,
                                std::optional<Centi> percent, qint64 weight) {
        rows.beginRow();
        rows.add(kind);
        rows.add(name);
        rows.add(optionalCenti(percent));
        rows.add(std::optional<qint64>(weight));
    };
    for (const SectionScore &section : score.sections)
        addRow(QStringLiteral("section"), script.sections[section.section].id, section.percent,
               script.sections[section.section].weight);
    for (const GroupScore &group : score.touchpoints)
        addRow(QStringLiteral("touchpoint"), group.name, group.percent, group.weight);
    for (const GroupScore &group : score.departments)
        addRow(QStringLiteral("department"), group.name, group.percent, group.weight);
    QSqlQuery query =
        db.prepare(insertFromJsonRows(db, "audit_scores", "audit_uuid, kind, name, percent, weight",
                                      {"text", "text", "integer", "integer"}));
    query.addBindValue(uuid);
    query.addBindValue(QString::fromUtf8(rows.finish()));
    return exec(query, error);
}

bool storeAnswers(Database &db, const QString &uuid, const Script &script, const Audit &audit,
                  const ScoreResult &score, QString *error)
{
    JsonRows rows;
    for (const ItemScore &item : score.items) {
        const Item &definition = script.items[item.item];
        const auto answer = audit.answers.constFind(definition.id);
        const bool scored = item.state == ItemState::Scored;
        rows.beginRow();
        rows.add(definition.id);
        rows.add(script.sections[definition.sectionIndex].id);
        rows.add(itemStateName(item.state));
        rows.add(valueText(item));
        rows.add(scored ? std::optional<qint64>(item.earned) : std::nullopt);
        rows.add(scored ? std::optional<qint64>(item.possible) : std::nullopt);
        rows.add(answer != audit.answers.cend() ? answer->note : QString());
    }
    QSqlQuery query = db.prepare(
        insertFromJsonRows(db, "audit_answers",
                           "audit_uuid, item_id, section_id, state, value, earned, possible, note",
                           {"text", "text", "text", "text", "integer", "integer", "text"}));
    query.addBindValue(uuid);
    query.addBindValue(QString::fromUtf8(rows.finish()));
    return exec(query, error);
}

} // namespace

bool storeAuditRows(Database &db, const QString &uuid, const Script &script, const Audit &audit,
                    const ScoreResult &score, QString *error)
{
    if (!storeScores(db, uuid, script, score, error))
        return false;
    return script.items.isEmpty() || storeAnswers(db, uuid, script, audit, score, error);
}

} // namespace tp::server
