#pragma once

#include "core/Script.h"

#include <QHash>

#include <memory>

namespace tp::server {

class Database;

// Published script versions, parsed once. Safe to keep for the life of the process, and on
// every instance, because a published version never changes.
class ScriptCache
{
public:
    explicit ScriptCache(Database &db)
        : m_db(db)
    {
    }

    std::shared_ptr<const Script> find(const QString &id, int version);

private:
    Database &m_db;
    QHash<QString, std::shared_ptr<const Script>> m_scripts; // key "id/version"
};

} // namespace tp::server
