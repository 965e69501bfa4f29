#pragma once

#include "core/Issue.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace tp::server {

// Writes of the organisation's records (regions, sites, users, scripts, assignments), shared by
// the import commands and the management API: each validates its JSON, reports every problem as
// an Issue, and bumps the change counter so phones pull the change.
class Directory
{
public:
    explicit Directory(Database &db)
        : m_db(db)
    {
    }

    enum class Outcome
    {
        Created,
        Updated,
        Unchanged,
        Conflict,
        Invalid,
        Failed
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        Issues issues;
        QString id;
        QString message;

        static Result invalid(Issues issues)
        {
            return {Outcome::Invalid, std::move(issues), QString(),
                    QStringLiteral("the record is not valid")};
        }
        static Result failed(const QString &message)
        {
            return {Outcome::Failed, {}, QString(), message};
        }
        static Result conflict(const QString &id, const QString &message)
        {
            return {Outcome::Conflict, {}, id, message};
        }
    };

    Result putRegion(const QJsonObject &region);
    Result putSite(const QJsonObject &site);
    // `password` is required for a new user, optional for an update. An initial password (an
    // admin's, through the API) must be changed by the user at the first sign-in; one set on
    // the command line by the operator need not.
    Result putUser(const QJsonObject &user, bool allowUpdate, bool initialPassword = false);
    Result setPassword(const QString &username, const QByteArray &password);
    Result setDisabled(const QString &username, bool disabled);
    // A published version never changes: the same content again is Unchanged, other content
    // under an existing id and version is a Conflict.
    Result publishScript(const QByteArray &json, const QString &publishedBy);
    Result createAssignment(const QJsonObject &assignment, const QString &createdBy);
    // All or nothing: every element is checked as createAssignment does (issues at
    // "assignments[i]/..."), then all are stored in one transaction, or none is. On success
    // `ids` gets the new ids in the order given.
    Result createAssignments(const QJsonArray &assignments, const QString &createdBy,
                             QStringList *ids);
    // State changes, each checked against the current state in the same statement and bumping
    // the change counter: Updated, Conflict (the assignment is in another state; `message`
    // says which) or Invalid (unknown assignment, or not this shopper's).
    Result acceptAssignment(const QString &id, const QString &shopper); // offered -> accepted
    Result declineAssignment(const QString &id, const QString &shopper, // offered -> declined
                             const QString &reason);
    // offered | accepted | in_progress -> withdrawn
    Result withdrawAssignment(const QString &id, const QString &reason);

    Database &db() { return m_db; }

private:
    // `sql` binds the change value first, then `values`; `shopper` (when not empty) must own it.
    Result changeAssignmentState(const QString &id, const QString &shopper, const char *sql,
                                 const QVariantList &values);

    Database &m_db;
};

QString outcomeName(Directory::Outcome outcome);

} // namespace tp::server
