#include "storage/AuditRows.h"

#include "storage/Database.h"
#include "storage/SqliteRowInserter.h"

#include "core/JsonText.h"

namespace tp::server {

namespace {

QVariant nullableCenti(std::optional<Centi> value)
{
    return value ? QVariant(qint64(*value)) : QVariant(QMetaType(QMetaType::LongLong));
}

// "INSERT INTO table (columns) VALUES (?, ...), (?, ...)" for `rows` rows. The text is the same
// for every audit of a script, so the statement stays prepared.
QString multiRowInsert(const char *table, const char *columns, int columnCount, int rows)
{
    QString tuple = QStringLiteral("(?");
    for (int i = 1; i < columnCount; ++i)
        tuple += QStringLiteral(", ?");
    tuple += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                      .arg(QLatin1String(table), QLatin1String(columns));
    for (int i = 0; i < rows; ++i)
        sql += i ? QStringLiteral(", ") + tuple : tuple;
    return sql;
}

// The value alone as JSON text; empty when there is none.
QByteArray valueJson(const ItemScore &item)
{
    QByteArray json;
    if (!item.value.isUndefined() && !item.value.isNull())
        jsontext::appendValue(json, item.value);
    return json;
}

QString valueText(const ItemScore &item)
{
    const QByteArray json = valueJson(item);
    if (json.isEmpty())
        return QStringLiteral(""); // not a null QString: that would bind as SQL NULL
    return QString::fromUtf8(json);
}

bool storeScores(Database &db, const QString &uuid, const Script &script, const ScoreResult &score,
                 QString *error)
{
    struct Row
    {
        QString kind;
        QString name;
        QVariant percent;
        qint64 weight;
    };
    QList<Row> rows;
    for (const SectionScore &section : score.sections)
        rows.append({QStringLiteral("section"), script.sections[section.section].id,
                     nullableCenti(section.percent), script.sections[section.section].weight});
    for (const GroupScore &group : score.touchpoints)
        rows.append(
            {QStringLiteral("touchpoint"), group.name, nullableCenti(group.percent), group.weight});
    for (const GroupScore &group : score.departments)
        rows.append(
            {QStringLiteral("department"), group.name, nullableCenti(group.percent), group.weight});
    if (db.dialect() == Dialect::Sqlite) {
        SqliteRowInserter insert(
            db, "INSERT INTO audit_scores (audit_uuid, kind, name, percent, weight) VALUES (?, ?, "
                "?, ?, ?)");
        for (const Row &row : rows) {
            insert.bind(1, uuid);
            insert.bind(2, row.kind);
            insert.bind(3, row.name);
            insert.bind(4, row.percent.isNull() ? std::nullopt
                                                : std::optional<qint64>(row.percent.toLongLong()));
            insert.bind(5, std::optional<qint64>(row.weight));
            if (!insert.insertRow())
                break;
        }
        if (!insert.ok() && error)
            *error = insert.error();
        return insert.ok();
    }
    QSqlQuery query = db.prepare(multiRowInsert(
        "audit_scores", "audit_uuid, kind, name, percent, weight", 5, int(rows.size())));
    for (const Row &row : rows) {
        query.addBindValue(uuid);
        query.addBindValue(row.kind);
        query.addBindValue(row.name);
        query.addBindValue(row.percent);
        query.addBindValue(row.weight);
    }
    return exec(query, error);
}

// SQLite: one prepared one-row insert, run for each answer through SQLite's own API.
bool storeAnswersSqlite(Database &db, const QString &uuid, const Script &script, const Audit &audit,
                        const ScoreResult &score, QString *error)
{
    SqliteRowInserter insert(db, "INSERT INTO audit_answers (audit_uuid, item_id, section_id, "
                                 "state, value, earned, possible, note) VALUES (?, ?, ?, ?, ?, "
                                 "?, ?, ?)");
    const QByteArray uuidText = uuid.toUtf8();
    for (const ItemScore &item : score.items) {
        const Item &definition = script.items[item.item];
        const auto answer = audit.answers.constFind(definition.id);
        const bool scored = item.state == ItemState::Scored;
        const QByteArray id = definition.id.toUtf8();
        const QByteArray section = script.sections[definition.sectionIndex].id.toUtf8();
        const QByteArray state = itemStateName(item.state).toLatin1();
        const QByteArray value = valueJson(item);
        const QByteArray note =
            answer != audit.answers.cend() ? answer->note.toUtf8() : QByteArray();
        insert.bindUtf8(1, uuidText);
        insert.bindUtf8(2, id);
        insert.bindUtf8(3, section);
        insert.bindUtf8(4, state);
        insert.bindUtf8(5, value);
        insert.bind(6, scored ? std::optional<qint64>(item.earned) : std::nullopt);
        insert.bind(7, scored ? std::optional<qint64>(item.possible) : std::nullopt);
        insert.bindUtf8(8, note);
        if (!insert.insertRow())
            break;
    }
    if (!insert.ok() && error)
        *error = insert.error();
    return insert.ok();
}

bool storeAnswers(Database &db, const QString &uuid, const Script &script, const Audit &audit,
                  const ScoreResult &score, QString *error)
{
    if (db.dialect() == Dialect::Sqlite)
        return storeAnswersSqlite(db, uuid, script, audit, score, error);
    QSqlQuery query = db.prepare(multiRowInsert(
        "audit_answers", "audit_uuid, item_id, section_id, state, value, earned, possible, note", 8,
        int(score.items.size())));
    for (const ItemScore &item : score.items) {
        const Item &definition = script.items[item.item];
        const auto answer = audit.answers.constFind(definition.id);
        const bool scored = item.state == ItemState::Scored;
        query.addBindValue(uuid);
        query.addBindValue(definition.id);
        query.addBindValue(script.sections[definition.sectionIndex].id);
        query.addBindValue(itemStateName(item.state));
        query.addBindValue(valueText(item));
        query.addBindValue(scored ? QVariant(qint64(item.earned))
                                  : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(scored ? QVariant(qint64(item.possible))
                                  : QVariant(QMetaType(QMetaType::LongLong)));
        const QString note = answer != audit.answers.cend() ? answer->note : QString();
        query.addBindValue(note.isNull() ? QStringLiteral("") : note); // a null QString binds NULL
    }
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
