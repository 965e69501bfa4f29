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

bool ReportCache::put(const QString &key, const QJsonValue &data, const QDateTime &fetchedAt)
{
    if (m_user.isEmpty())
        return false;
    QJsonObject all = load();
    QJsonObject mine = all.value(m_user).toObject();
    mine.insert(key, QJsonObject{{QStringLiteral("data"), data},
                                 {QStringLiteral("fetchedAt"),
                                  fetchedAt.toUTC().toString(Qt::ISODateWithMs)}});
    all.insert(m_user, mine);
    m_all = all;
    QSaveFile file(m_fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace tp::ui
