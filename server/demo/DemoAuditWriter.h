#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"

#include "core/Audit.h"
#include "core/Score.h"

#include <QDateTime>
#include <QHash>

namespace tp::server::demo {

// What happens to an audit after it is filed.
struct AuditFate
{
    enum class Review
    {
        LeftSubmitted,
        Approved,
        Rejected
    };
    Review review = Review::LeftSubmitted;
    QString reviewer;
    QString reason;
    QDateTime receivedAt;
    QDateTime reviewedAt;
};

// Counts of what was stored, for the progress lines and the summary.
struct WriterCounts
{
    qint64 audits = 0, answers = 0, approved = 0, rejected = 0, submitted = 0;
    qint64 criticalFailures = 0, actionsOpen = 0, actionsDone = 0, actionsOverdue = 0;
};

// Stores generated audits the way intake and review do, inside the caller's transaction (many
// audits per transaction): the audit checked against its script (core AuditChecker) and scored
// again (core Scorer), its row with the same columns as PUT /audits, its scores and answers rows
// (storage/AuditRows), the assignment of a mystery shop, the review (as Reviews::review: state,
// reviewer, pseudonym, and the report roll-ups through storage/Rollups), and for some approved
// audits a corrective action with its history.
class DemoAuditWriter
{
public:
    DemoAuditWriter(Database &db, const DemoWorld &world, const QDateTime &now);

    // Reads the roll-up setting and the pseudonyms given so far; before the first store().
    bool prepare(QString *error);
    bool store(const Audit &audit, const Script &script, const SiteProfile &site,
               const AuditFate &fate, DemoRandom &random, QString *error);
    const WriterCounts &counts() const { return m_counts; }

private:
    bool insertAudit(const Audit &audit, const Script &script, const ScoreResult &score,
                     const AuditFate &fate, qint64 change, QString *error);
    bool insertAssignment(const Audit &audit, const SiteProfile &site, const AuditFate &fate,
                          qint64 change, QString *error);
    bool review(const Audit &audit, const AuditFate &fate, QString *error);
    bool maybeAddAction(const Audit &audit, const Script &script, const SiteProfile &site,
                        const ScoreResult &score, const AuditFate &fate, DemoRandom &random,
                        QString *error);

    Database &m_db;
    const DemoWorld &m_world;
    QDateTime m_now;
    bool m_rollupsHoldSubmitted = false;
    QHash<QString, qint64> m_approvedAtSite;
    WriterCounts m_counts;
};

} // namespace tp::server::demo
