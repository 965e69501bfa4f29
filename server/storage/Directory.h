#pragma once

#include "core/Issue.h"
#include "storage/Database.h"

#include <QJsonObject>

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
    };

    Result putRegion(const QJsonObject &region);
    Result putSite(const QJsonObject &site);
    // `password` is required for a new user, optional for an update.
    Result putUser(const QJsonObject &user, bool allowUpdate);
    Result setPassword(const QString &username, const QByteArray &password);
    Result setDisabled(const QString &username, bool disabled);
    // A published version never changes: the same content again is Unchanged, other content
    // under an existing id and version is a Conflict.
    Result publishScript(const QByteArray &json, const QString &publishedBy);
    Result createAssignment(const QJsonObject &assignment, const QString &createdBy);

    Database &db() { return m_db; }

private:
    Database &m_db;
};

QString outcomeName(Directory::Outcome outcome);

} // namespace tp::server
