#include "ui/manager/ManagerFeed.h"

#include "ui/SyncController.h"
#include "ui/manager/ReportCache.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTimer>

#include <memory>

namespace tp::ui {

namespace {

const QString kReports[] = {QStringLiteral("ranking"),     QStringLiteral("trend"),
                            QStringLiteral("departments"), QStringLiteral("nps"),
                            QStringLiteral("heatmap"),     QStringLiteral("consistency")};

// Stores and support lines have different touchpoints: the heat map and the spread compare
// stores with stores; the lines get their own heat map.
bool storesOnly(const QString &report)
{
    return report == QLatin1String("heatmap") || report == QLatin1String("consistency");
}

} // namespace

ManagerFeed::ManagerFeed(AppContext &context, SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_sync(sync)
    , m_api(new sync::ManagerApi(context.options.serverUrl, this))
    , m_cache(new ReportCache(QFileInfo(context.options.databaseFile)
                                  .dir()
                                  .filePath(QStringLiteral("manager-cache.json"))))
{
    connect(m_sync, &SyncController::tokenChanged, this, &ManagerFeed::onTokenChanged);
}

ManagerFeed::~ManagerFeed()
{
    m_cache->save();
    delete m_cache;
}

void ManagerFeed::setAccount(const QString &username, std::optional<Role> role)
{
    m_cache->save();
    m_username = username;
    m_role = role;
    m_cache->setUser(username);
    m_data = {};
    m_dataTime = {};
    m_fromCache = false;
    m_region.clear();
    m_regionIds.clear();
    m_labels.reset();
    m_prompts.reset();
    m_error.clear();
    m_notice.clear();
    emit filtersChanged();
    emit regionsChanged();
    emit dataChanged();
    emit stateChanged();
}

void ManagerFeed::onTokenChanged()
{
    m_api->setToken(m_sync->token());
    if (m_api->ready() && m_refreshWanted)
        refresh();
}

QUrlQuery ManagerFeed::periodQuery() const
{
    const QDate today = QDate::currentDate();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"),
                       today.addDays(-m_periodDays + 1).toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), today.toString(Qt::ISODate));
    return query;
}

QList<ManagerFeed::Fetch> ManagerFeed::fetches() const
{
    QUrlQuery filters = periodQuery();
    QUrlQuery regionOnly;
    if (!m_region.isEmpty()) {
        filters.addQueryItem(QStringLiteral("region"), m_region);
        regionOnly.addQueryItem(QStringLiteral("region"), m_region);
    }
    QList<Fetch> list{{QStringLiteral("me"), QStringLiteral("/me"), {}}};
    // The lists first: one page each, shown as it comes. The reports sum up the whole period
    // and are asked for once the lists are in, so that they do not share the server's cores with
    // the lists.
    if (isRegionalManager()) {
        // The review queue: everything still waiting, however old.
        QUrlQuery waiting = regionOnly;
        waiting.addQueryItem(QStringLiteral("state"), QStringLiteral("submitted"));
        list << Fetch{QStringLiteral("queue"), QStringLiteral("/audits"), waiting};
    }
    list << Fetch{QStringLiteral("audits"), QStringLiteral("/audits"), filters};
    list << Fetch{QStringLiteral("actions"), QStringLiteral("/actions"), regionOnly};
    // Assignments: regional managers only (a store must not learn that a shopper is coming).
    if (isRegionalManager())
        list << Fetch{QStringLiteral("assignments"), QStringLiteral("/assignments"),
                      m_listQueries.value(QStringLiteral("assignments"))};
    const qsizetype lists = list.size();
    list << Fetch{QStringLiteral("promises"), QStringLiteral("/actions/summary"), regionOnly};
    for (const QString &report : kReports) {
        if (isStoreManager() && report == QLatin1String("consistency"))
            continue; // one store has no spread across stores
        QUrlQuery query = filters;
        if (report == QLatin1String("trend"))
            query.addQueryItem(QStringLiteral("by"), m_periodDays > 120 ? QStringLiteral("month")
                                                                        : QStringLiteral("week"));
        if (storesOnly(report)) {
            QUrlQuery lines = query;
            lines.addQueryItem(QStringLiteral("channel"), QStringLiteral("phone"));
            if (report == QLatin1String("heatmap") && isRegionalManager())
                list << Fetch{QStringLiteral("heatmapLines"), QStringLiteral("/reports/heatmap"),
                              lines};
            query.addQueryItem(QStringLiteral("channel"), QStringLiteral("store"));
        }
        list << Fetch{report, QStringLiteral("/reports/") + report, query};
    }
    // Calls to support lines: every manager may ask (a store manager's store has no calls, so
    // the screen hides the empty card). Executives' own visits: not for store managers (403).
    list << Fetch{QStringLiteral("phone"), QStringLiteral("/reports/phone"), filters};
    if (isRegionalManager())
        list << Fetch{QStringLiteral("executives"), QStringLiteral("/reports/executives"), filters};
    for (qsizetype i = lists; i < list.size(); ++i)
        list[i].report = true;
    return list;
}

void ManagerFeed::refresh()
{
    if (!isManager())
        return;
    // Signed in, but the token is still on its way from the keychain: show what is saved now,
    // and fetch once the token is there.
    m_api->setToken(m_sync->token());
    m_refreshWanted = !m_api->ready() && m_sync->enabled();
    m_error.clear();
    m_notice.clear();
    m_fromCache = false;
    m_dataTime = {};
    const QList<Fetch> list = fetches();
    m_pending += int(list.size());
    m_total = m_pending;
    m_progressText = tr("Loading reports…");
    emit stateChanged();
    const int refreshNumber = ++m_refreshes;
    QList<Fetch> reports;
    for (const Fetch &what : list) {
        if (what.report)
            reports << what;
    }
    auto listsLeft = std::make_shared<qsizetype>(list.size() - reports.size());
    auto askForReports = [this, refreshNumber, reports] {
        for (const Fetch &what : reports) {
            if (refreshNumber == m_refreshes)
                fetch(what.name, what.path, what.query);
            else
                finishOne(); // a later refresh asks for them
        }
    };
    for (const Fetch &what : list) {
        if (!what.report)
            fetch(what.name, what.path, what.query, [listsLeft, askForReports] {
                if (--*listsLeft == 0)
                    askForReports();
            });
    }
}

void ManagerFeed::fetch(const QString &name, const QString &path, const QUrlQuery &query,
                        std::function<void()> after)
{
    const QString key = path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    const bool quiet = m_refreshWanted; // not signed in to the server yet: no error for that
    m_nextPages.remove(name);
    m_loadingMore.remove(name);
    const int number = ++m_fetchNumbers[name];
    m_api->get(
        path, query,
        [this, name, path, key, quiet, after, number](const sync::ManagerApi::Answer &a) {
            // A later fetch of the same name (another period, a refresh) may answer first: an
            // earlier answer must not replace it.
            if (number != m_fetchNumbers.value(name)) {
                if (after)
                    after();
                finishOne();
                return;
            }
            if (a.reply.ok()) {
                if (a.next)
                    m_nextPages.insert(name, {path, *a.next});
                const QDateTime now = QDateTime::currentDateTimeUtc();
                m_cache->put(key, a.body, now);
                m_data.insert(name, a.body);
                if (!m_dataTime.isValid() || now < m_dataTime)
                    m_dataTime = now;
            } else if (a.reply.kind == sync::ApiReply::Kind::Refused) {
                setError(a.reply.message);
            } else if (const auto saved = m_cache->get(key)) {
                m_data.insert(name, saved->data);
                m_fromCache = true;
                if (!m_dataTime.isValid() || saved->fetchedAt < m_dataTime)
                    m_dataTime = saved->fetchedAt;
                if (!quiet)
                    setError(tr("%1. Showing the data saved on this phone.").arg(why(a.reply)));
            } else if (!m_sync->enabled()) {
                m_data.remove(name);
                setError(tr("Reports come from the server, and this phone has no server set up."));
            } else {
                m_data.remove(name);
                if (!quiet)
                    setError(tr("%1, and nothing for this selection is saved on this phone.")
                                 .arg(why(a.reply)));
            }
            emit arrived(name);
            if (after)
                after();
            finishOne();
        });
}

bool ManagerFeed::fetchMore(const QString &name, PageDone done)
{
    const auto page = m_nextPages.constFind(name);
    if (page == m_nextPages.cend() || m_loadingMore.contains(name))
        return false;
    m_loadingMore.insert(name);
    const NextPage next = *page;
    m_api->get(next.path, next.query, [this, name, next, done](const sync::ManagerApi::Answer &a) {
        // A refresh meanwhile started the list again: this page belongs to the old one.
        if (!m_loadingMore.remove(name))
            return;
        QJsonArray added;
        if (a.reply.ok()) {
            added = a.body.toArray();
            QJsonArray rows = m_data.value(name).toArray();
            for (const QJsonValue &row : std::as_const(added))
                rows.append(row);
            m_data.insert(name, rows);
            if (a.next)
                m_nextPages.insert(name, {next.path, *a.next});
            else
                m_nextPages.remove(name);
        } else {
            setError(tr("%1. Scroll again to retry.").arg(why(a.reply)));
        }
        emit pageAdded(name, added);
        if (done)
            done(a.reply.ok(), added);
    });
    emit pageAdded(name, {});
    return true;
}

void ManagerFeed::fetchAll(const QString &name, std::function<void(bool)> done)
{
    if (!hasMore(name)) {
        done(true);
        return;
    }
    const bool started = fetchMore(name, [this, name, done](bool ok, const QJsonArray &) {
        if (ok)
            fetchAll(name, done);
        else
            done(false);
    });
    if (!started) // a page is on its way (the list is scrolling): go on after it
        QTimer::singleShot(100, this, [this, name, done] { fetchAll(name, done); });
}

void ManagerFeed::startRequest(const QString &text)
{
    ++m_pending;
    m_total = m_pending;
    m_progressText = text;
    emit stateChanged();
}

void ManagerFeed::finishRequest()
{
    finishOne();
}

void ManagerFeed::refreshWithNotice(const QString &notice)
{
    refresh();
    setNotice(notice);
}

QString ManagerFeed::why(const sync::ApiReply &reply) const
{
    if (reply.kind == sync::ApiReply::Kind::Offline)
        return tr("No connection to the server");
    QString message = reply.message;
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    return message;
}

void ManagerFeed::finishOne()
{
    if (m_pending > 0)
        --m_pending;
    m_progressText =
        m_pending > 0 ? tr("Loading… %1 of %2").arg(m_total - m_pending).arg(m_total) : QString();
    if (m_pending == 0) {
        m_cache->save();
        m_labels.reset();
        m_prompts.reset();
        QStringList ids;
        for (const QJsonValue &region : m_data.value(QStringLiteral("me"))
                                            .toObject()
                                            .value(QLatin1String("regions"))
                                            .toArray())
            ids << region.toString();
        if (ids != m_regionIds) {
            m_regionIds = ids;
            emit regionsChanged();
        }
        emit dataChanged();
    }
    emit stateChanged();
}

double ManagerFeed::progress() const
{
    return m_total > 0 ? double(m_total - m_pending) / m_total : 1.0;
}

void ManagerFeed::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    emit stateChanged();
}

void ManagerFeed::setNotice(const QString &message)
{
    m_notice = message;
    emit stateChanged();
}

void ManagerFeed::clearMessages()
{
    m_error.clear();
    m_notice.clear();
    emit stateChanged();
}

QString ManagerFeed::dataTimeText() const
{
    if (!m_dataTime.isValid())
        return loading() ? QString() : tr("No data on this phone yet");
    const QString when =
        QLocale().toString(m_dataTime.toLocalTime(), QStringLiteral("d MMM, HH:mm"));
    return m_fromCache ? tr("Data from %1 · saved on this phone").arg(when)
                       : tr("Data from %1").arg(when);
}

void ManagerFeed::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    emit filtersChanged();
    refresh();
}

void ManagerFeed::setPeriodDays(int days)
{
    if (days == m_periodDays || days < 1)
        return;
    m_periodDays = days;
    emit filtersChanged();
    refresh();
}

shapes::SiteLabels ManagerFeed::siteLabels() const
{
    if (!m_labels)
        m_labels = computeSiteLabels();
    return *m_labels;
}

shapes::SiteLabels ManagerFeed::computeSiteLabels() const
{
    QHash<QString, QString> names;
    QStringList stores;
    for (const storage::SiteInfo &site : m_context.organisation->sites()) {
        names.insert(site.id, site.name);
        if (site.kind == QLatin1String("store"))
            stores << site.id;
    }
    // Sites this phone does not know yet: the server's names.
    for (const QJsonValue &entry : m_data.value(QStringLiteral("ranking"))
                                       .toObject()
                                       .value(QLatin1String("sites"))
                                       .toArray()) {
        const QJsonObject site = entry.toObject();
        const QString id = site.value(QLatin1String("site")).toString();
        if (!names.contains(id))
            names.insert(id, site.value(QLatin1String("name")).toString(id));
    }
    return shapes::shortSiteLabels(names, stores);
}

QString ManagerFeed::ownSite() const
{
    return m_data.value(QStringLiteral("me")).toObject().value(QLatin1String("site")).toString();
}

// An action names its item by id: the question it asks, from the scripts of the audits listed.
QString ManagerFeed::itemPrompt(const QString &item) const
{
    if (!m_prompts) {
        m_prompts.emplace();
        QSet<QString> scripts;
        for (const QString &list : {QStringLiteral("audits"), QStringLiteral("queue")}) {
            for (const QJsonValue &audit : m_data.value(list).toArray())
                scripts.insert(audit.toObject()
                                   .value(QLatin1String("script"))
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toString());
        }
        for (const QString &id : std::as_const(scripts)) {
            if (const auto script = m_context.organisation->latestScript(id)) {
                for (const Item &item : script->items)
                    m_prompts->insert(item.id, item.prompt);
            }
        }
    }
    return m_prompts->value(item);
}

} // namespace tp::ui
