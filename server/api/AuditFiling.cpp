// Filing an audit: the checks before it is stored, storing it, and the answer (for PUT
// /audits/{uuid} and for each audit of POST /audits/bulk).

#include "api/AuditFiling.h"

#include "auth/Access.h"
#include "auth/Passwords.h"
#include "core/AssignmentState.h"
#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "core/ReviewState.h"
#include "core/Script.h"
#include "http/JsonBody.h"
#include "storage/AuditRows.h"
#include "storage/Database.h"
#include "storage/Rollups.h"
#include "storage/ScriptCache.h"
#include "storage/SqliteWriter.h"

#include <QDateTime>
#include <QJsonDocument>

namespace tp::server {

namespace {

enum class AuditWrite
{
    Stored,
    StoredBefore, // the uuid was stored already: nothing written
    Failed
};

QJsonObject receipt(const QString &uuid, const QString &sha, const QByteArray &scoreJson,
                    const QString &receivedAt)
{
    return {{QStringLiteral("uuid"), uuid},
            {QStringLiteral("contentSha256"), sha},
            {QStringLiteral("receivedAt"), receivedAt},
            {QStringLiteral("score"), QJsonDocument::fromJson(scoreJson).object()}};
}

// Checks that the audit may be filed by this user, against this site and assignment.
std::optional<ApiResponse> checkFiling(ServerContext &context, const Principal &user,
                                       const Audit &audit, const Script &script,
                                       const SiteInfo &site)
{
    if (audit.auditor != user.username)
        return forbidden(QStringLiteral("an audit can only be filed by its auditor"));
    if (site.kind != channelName(script.channel))
        return ApiResponse::error(422, QStringLiteral("channel_mismatch"),
                                  QStringLiteral("a %1 script cannot audit the %2 site %3")
                                      .arg(channelName(script.channel), site.kind, site.id));
    if (audit.mode == AuditMode::SelfAudit) {
        if (user.role != Role::Executive && user.role != Role::Admin)
            return forbidden(QStringLiteral("only executives (and admins) file self-audits"));
        return std::nullopt;
    }
    if (user.role != Role::Shopper)
        return forbidden(QStringLiteral("mystery shops are filed by shoppers"));
    if (audit.assignment.isEmpty())
        return ApiResponse::error(422, QStringLiteral("assignment_required"),
                                  QStringLiteral("a mystery shop must name its assignment"));
    QSqlQuery query =
        context.db.prepare(QStringLiteral("SELECT shopper, site_id, script_id, script_version, "
                                          "state, audit_uuid FROM assignments WHERE id = ?"));
    query.addBindValue(audit.assignment);
    if (!exec(query) || !query.next())
        return ApiResponse::error(
            422, QStringLiteral("unknown_assignment"),
            QStringLiteral("there is no assignment %1").arg(audit.assignment));
    if (query.value(0).toString() != user.username)
        return forbidden(QStringLiteral("assignment %1 is not yours").arg(audit.assignment));
    if (query.value(1).toString() != audit.site || query.value(2).toString() != audit.scriptId ||
        query.value(3).toInt() != audit.scriptVersion)
        return ApiResponse::error(
            422, QStringLiteral("assignment_mismatch"),
            QStringLiteral("assignment %1 is for another site or script").arg(audit.assignment));
    const QString state = query.value(4).toString();
    const QString filedAs = query.value(5).toString();
    const auto known = assignmentStateFromName(state);
    const bool open = known == AssignmentState::Accepted || known == AssignmentState::InProgress;
    const bool sameAuditAgain = known == AssignmentState::Submitted && filedAs == audit.uuid;
    if (!open && !sameAuditAgain)
        return ApiResponse::error(
            409, QStringLiteral("assignment_closed"),
            QStringLiteral("assignment %1 is %2").arg(audit.assignment, state));
    return std::nullopt;
}

// The answer for an audit that is stored already: its receipt when the content is the same,
// 409 when it differs, 403 when someone else filed it. Nothing when it is not stored.
std::optional<ApiResponse> answerFromStored(ServerContext &context, const Principal &user,
                                            const QString &uuid, const QString &sha)
{
    QSqlQuery stored = context.db.prepare(QStringLiteral(
        "SELECT content_sha256, score, received_at, auditor FROM audits WHERE uuid = ?"));
    stored.addBindValue(uuid);
    if (!exec(stored))
        return internalError(QStringLiteral("cannot read audits"));
    if (!stored.next())
        return std::nullopt;
    if (stored.value(3).toString() != user.username)
        return forbidden(QStringLiteral("this audit was filed by someone else"));
    if (stored.value(0).toString() != sha)
        return ApiResponse::error(
            409, QStringLiteral("conflict"),
            QStringLiteral("audit %1 is already stored with other content").arg(uuid),
            QJsonObject{{QStringLiteral("storedSha256"), stored.value(0).toString()}});
    return ApiResponse::json(
        receipt(uuid, sha, stored.value(1).toByteArray(), stored.value(2).toString()));
}

// The audit's rows, inside the caller's transaction on `db` (the lane's own connection, or the
// SqliteWriter's).
AuditWrite writeAudit(Database &db, const AuditFiling &in, QString *error)
{
    const Audit &audit = in.audit;
    const ScoreResult &score = in.score;
    const auto change = db.nextChange();
    if (!change) {
        *error = QStringLiteral("cannot start storing the audit");
        return AuditWrite::Failed;
    }
    QSqlQuery insert =
        db.prepare(QStringLiteral("INSERT INTO audits (uuid, body, content_sha256, "
                                  "script_id, script_version, site_id, auditor, mode,"
                                  " assignment_id, started_at, received_at, overall, "
                                  "passed, critical_failures, nps, score, change_seq)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?) ON CONFLICT (uuid) DO NOTHING"));
    insert.addBindValue(audit.uuid);
    insert.addBindValue(QString::fromUtf8(in.canonical));
    insert.addBindValue(in.sha);
    insert.addBindValue(audit.scriptId);
    insert.addBindValue(audit.scriptVersion);
    insert.addBindValue(audit.site);
    insert.addBindValue(audit.auditor);
    insert.addBindValue(auditModeName(audit.mode));
    insert.addBindValue(audit.assignment.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(audit.assignment));
    insert.addBindValue(audit.startedAt);
    insert.addBindValue(in.receivedAt);
    insert.addBindValue(score.overall ? QVariant(qint64(*score.overall))
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    insert.addBindValue(score.passed ? 1 : 0);
    insert.addBindValue(int(score.criticalFailures.size()));
    insert.addBindValue(score.nps ? QVariant(*score.nps) : QVariant(QMetaType(QMetaType::Int)));
    insert.addBindValue(QString::fromUtf8(in.scoreJson));
    insert.addBindValue(*change);
    if (!exec(insert)) {
        *error = QStringLiteral("cannot store the audit");
        return AuditWrite::Failed;
    }
    if (insert.numRowsAffected() == 0)
        return AuditWrite::StoredBefore;
    QString rowsError;
    if (!storeAuditRows(db, audit.uuid, *in.script, audit, score, &rowsError)) {
        *error = QStringLiteral("cannot store the audit's scores and answers: %1").arg(rowsError);
        return AuditWrite::Failed;
    }
    if (rollupsHoldSubmitted(db) &&
        !addAuditToRollups(db, audit.uuid, reviewStateName(ReviewState::Submitted), +1,
                           &rowsError)) {
        *error = QStringLiteral("cannot update the report roll-ups: %1").arg(rowsError);
        return AuditWrite::Failed;
    }
    for (auto it = audit.answers.cbegin(); it != audit.answers.cend(); ++it) {
        for (const QString &photo : it->photos) {
            QSqlQuery link =
                db.prepare(QStringLiteral("INSERT INTO audit_photos (audit_uuid, sha256) "
                                          "VALUES (?, ?) ON CONFLICT DO NOTHING"));
            link.addBindValue(audit.uuid);
            link.addBindValue(photo);
            if (!exec(link)) {
                *error = QStringLiteral("cannot store the audit's photo list");
                return AuditWrite::Failed;
            }
        }
    }
    if (!audit.assignment.isEmpty()) {
        QSqlQuery update =
            db.prepare(QStringLiteral("UPDATE assignments SET state = 'submitted', "
                                      "audit_uuid = ?, change_seq = ? WHERE id = ?"));
        update.addBindValue(audit.uuid);
        update.addBindValue(*change);
        update.addBindValue(audit.assignment);
        if (!exec(update)) {
            *error = QStringLiteral("cannot update the assignment");
            return AuditWrite::Failed;
        }
    }
    return AuditWrite::Stored;
}

ApiResponse storedReceipt(const AuditFiling &filing)
{
    // The score is serialised once, for storage, and the receipt reuses those bytes.
    ApiResponse response;
    response.status = 201;
    response.body = R"({"uuid":")" + filing.audit.uuid.toLatin1() + R"(","contentSha256":")" +
                    filing.sha.toLatin1() + R"(","receivedAt":")" + filing.receivedAt.toLatin1() +
                    R"(","score":)" + filing.scoreJson + '}';
    return response;
}

} // namespace

std::variant<ApiResponse, AuditFiling> prepareFiling(ServerContext &context, const Principal &user,
                                                     AuditDecodeResult decoded)
{
    if (!decoded.ok() && decoded.issues.size() == 1) {
        // The same answers as every other route for a body that is not JSON or too large.
        const Issue &issue = decoded.issues.first();
        if (issue.code == QLatin1String("parse_error") || issue.code == QLatin1String("not_object"))
            return badRequest(QStringLiteral("invalid_json"), issue.message);
        if (issue.code == QLatin1String("too_large"))
            return ApiResponse::error(413, QStringLiteral("too_large"), issue.message);
    }
    if (!decoded.ok())
        return unprocessable(QStringLiteral("invalid_audit"),
                             QStringLiteral("the audit is not valid"), decoded.issues);
    AuditFiling filing;
    filing.audit = std::move(*decoded.audit);
    const Audit &audit = filing.audit;
    filing.script = context.scripts.find(audit.scriptId, audit.scriptVersion);
    if (!filing.script)
        return ApiResponse::error(
            422, QStringLiteral("unknown_script_version"),
            QStringLiteral("script %1 version %2 is not published on this server")
                .arg(audit.scriptId)
                .arg(audit.scriptVersion));
    const Script &script = *filing.script;
    const auto site = findSite(context.db, audit.site);
    if (!site)
        return ApiResponse::error(422, QStringLiteral("unknown_site"),
                                  QStringLiteral("there is no site %1").arg(audit.site));
    Issues issues = checkAudit(script, audit);
    if (!issues.isEmpty())
        return unprocessable(QStringLiteral("invalid_audit"),
                             QStringLiteral("the audit does not fit its script"), issues);
    filing.score = scoreAudit(script, audit);
    issues = checkComplete(script, filing.score);
    if (!issues.isEmpty())
        return unprocessable(QStringLiteral("incomplete_audit"),
                             QStringLiteral("required items are not answered"), issues);

    filing.canonical = canonicalAuditJson(audit);
    if (filing.canonical.size() > kMaxAuditBytes) // an audit of a bulk upload was not measured
        return ApiResponse::error(413, QStringLiteral("too_large"),
                                  QStringLiteral("the audit is %1 bytes; at most %2 are allowed")
                                      .arg(filing.canonical.size())
                                      .arg(kMaxAuditBytes));
    filing.sha = sha256Hex(filing.canonical);
    if (auto refusal = checkFiling(context, user, audit, script, *site)) {
        // A retry of a stored audit gets its receipt even when the assignment has moved on.
        if (auto stored = answerFromStored(context, user, audit.uuid, filing.sha)) {
            // Another lane may have committed it a moment ago: a receipt only once on disk.
            if (stored->status == 200 && context.writer && !context.writer->waitDurable())
                return internalError(QStringLiteral("cannot flush the database log to disk"));
            return *stored;
        }
        return *refusal;
    }
    filing.scoreJson = scoreSummaryJson(script, filing.score);
    filing.receivedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return filing;
}

QList<ApiResponse> storeFilings(ServerContext &context, const Principal &user,
                                const QList<AuditFiling> &filings)
{
    QList<AuditWrite> outcomes(filings.size(), AuditWrite::Failed);
    QStringList errors(filings.size());
    if (context.writer) {
        std::vector<SqliteWriter::Job> jobs;
        jobs.reserve(size_t(filings.size()));
        for (qsizetype i = 0; i < filings.size(); ++i) {
            jobs.push_back([&filings, &outcomes, i](Database &db, QString *writeError) {
                outcomes[i] = writeAudit(db, filings[i], writeError);
                return outcomes[i] != AuditWrite::Failed;
            });
        }
        // Ends this connection's reads, so that what it reads next includes the writes.
        context.db.releaseStatements();
        const std::vector<SqliteWriter::Result> results = context.writer->writeEach(jobs);
        for (qsizetype i = 0; i < filings.size(); ++i) {
            if (!results[size_t(i)].ok) {
                outcomes[i] = AuditWrite::Failed;
                errors[i] = results[size_t(i)].error;
            }
        }
    } else {
        for (qsizetype i = 0; i < filings.size(); ++i) {
            Transaction transaction(context.db);
            if (!transaction.ok()) {
                errors[i] = QStringLiteral("cannot start storing the audit");
                continue;
            }
            outcomes[i] = writeAudit(context.db, filings[i], &errors[i]);
            if (outcomes[i] != AuditWrite::Failed && !transaction.commit()) {
                outcomes[i] = AuditWrite::Failed;
                errors[i] = QStringLiteral("cannot commit the audit");
            }
        }
    }
    QList<ApiResponse> answers;
    answers.reserve(filings.size());
    for (qsizetype i = 0; i < filings.size(); ++i) {
        const AuditFiling &filing = filings[i];
        if (outcomes[i] == AuditWrite::Failed) {
            answers.append(internalError(errors[i]));
        } else if (outcomes[i] == AuditWrite::StoredBefore) {
            // Stored already: a retry, or another instance a moment ago. Answer from what is
            // stored.
            const auto stored = answerFromStored(context, user, filing.audit.uuid, filing.sha);
            answers.append(stored ? *stored
                                  : internalError(QStringLiteral("cannot read the stored audit")));
        } else {
            answers.append(storedReceipt(filing));
        }
    }
    return answers;
}

} // namespace tp::server
