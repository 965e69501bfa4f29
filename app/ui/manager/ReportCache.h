#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace tp::ui {

// The last reports and lists the manager screens fetched, kept in one JSON file in the app's
// data folder so that they can be shown offline with the time they were fetched. Entries are
// per user and per request (path and filters); a user keeps the most recent kMaxEntries. put()
// keeps an answer in memory and save() writes the file, once for a whole refresh: writing it
// for each answer kept the screens from drawing the first ones. Written whole with QSaveFile: a
// crash leaves the previous file, never half of one.
class ReportCache
{
public:
    struct Entry
    {
        QJsonValue data;
        QDateTime fetchedAt; // UTC
    };

    explicit ReportCache(QString fileName);

    void setUser(const QString &username);
    std::optional<Entry> get(const QString &key) const;
    void put(const QString &key, const QJsonValue &data, const QDateTime &fetchedAt);
    bool save(); // true when nothing is left unwritten
    QString fileName() const { return m_fileName; }

    static constexpr int kMaxEntries = 48;

private:
    const QJsonObject &load() const;

    QString m_fileName;
    QString m_user;
    mutable std::optional<QJsonObject> m_all; // read once, then kept in step
    bool m_unsaved = false;
};

} // namespace tp::ui
