#include "storage/ScriptCache.h"

#include "core/ScriptLoader.h"
#include "storage/Database.h"

namespace tp::server {

std::shared_ptr<const Script> ScriptCache::find(const QString &id, int version)
{
    const QString key = id + QLatin1Char('/') + QString::number(version);
    if (const auto cached = m_scripts.constFind(key); cached != m_scripts.cend())
        return *cached;
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT body FROM scripts WHERE id = ? AND version = ?"));
    query.addBindValue(id);
    query.addBindValue(version);
    if (!exec(query) || !query.next())
        return nullptr; // not cached: it may be published later
    ScriptLoadResult loaded = loadScript(query.value(0).toByteArray());
    if (!loaded.ok())
        return nullptr;
    auto script = std::make_shared<const Script>(std::move(*loaded.script));
    m_scripts.insert(key, script);
    return script;
}

} // namespace tp::server
