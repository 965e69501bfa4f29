#include "ui/manager/ReportCache.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace tp::ui {

ReportCache::ReportCache(QString fileName)
    : m_fileName(std::move(fileName))
{
}

void ReportCache::setUser(const QString &username)
{
    m_user = username;
}

const QJsonObject &ReportCache::load() const
{
    if (!m_all) {
        QFile file(m_fileName);
        m_all = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                               : QJsonObject();
    }
    return *m_all;
}

std::optional<ReportCache::Entry> ReportCache::get(const QString &key) const
{
    const QJsonObject entry = load().value(m_user).toObject().value(key).toObject();
    if (!entry.contains(QLatin1String("data")))
        return std::nullopt;
    return Entry{entry.value(QLatin1String("data")),
                 QDateTime::fromString(entry.value(QLatin1String("fetchedAt")).toString(),
                                       Qt::ISODateWithMs)};
}

void ReportCache::put(const QString &key, const QJsonValue &data, const QDateTime &fetchedAt)
{
    if (m_user.isEmpty())
        return;
    QJsonObject all = load();
    QJsonObject mine = all.value(m_user).toObject();
    mine.insert(key, QJsonObject{{QStringLiteral("data"), data},
                                 {QStringLiteral("fetchedAt"),
                                  fetchedAt.toUTC().toString(Qt::ISODateWithMs)}});
    while (mine.size() > kMaxEntries) {
        // ISO times in UTC sort as text.
        auto oldest = mine.begin();
        for (auto it = mine.begin(); it != mine.end(); ++it) {
            if (it.value()[QLatin1String("fetchedAt")].toString() <
                oldest.value()[QLatin1String("fetchedAt")].toString())
                oldest = it;
        }
        mine.erase(oldest);
    }
    all.insert(m_user, mine);
    m_all = all;
    m_unsaved = true;
}

bool ReportCache::save()
{
    if (!m_unsaved)
        return true;
    QSaveFile file(m_fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(load()).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return false;
    m_unsaved = false;
    return true;
}

} // namespace tp::ui
