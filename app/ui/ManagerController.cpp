#include "ui/ManagerController.h"

#include "ui/Labels.h"
#include "ui/ManagerApi.h"
#include "ui/ReportCache.h"
#include "ui/SyncController.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

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

ManagerController::ManagerController(AppContext &context, SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_sync(sync)
    , m_api(new ManagerApi(context.options.serverUrl, this))
    , m_cache(new ReportCache(QFileInfo(context.options.databaseFile)
                                  .dir()
                                  .filePath(QStringLiteral("manager-cache.json"))))
{
    connect(m_sync, &SyncController::tokenChanged, this, &ManagerController::onTokenChanged);
}

ManagerController::~ManagerController()
{
    delete m_cache;
}

void ManagerController::setAccount(const QString &username, const QString &role)
{
    if (username == m_username && role == m_role)
        return;
    m_username = username;
    m_role = role;
    m_cache->setUser(username);
    m_data = {};
    m_dataTime = {};
    m_fromCache = false;
    m_region.clear();
    m_regionIds.clear();
    m_audit.clear();
    m_auditJson = {};
    m_photoUrls.clear();
    m_exportText.clear();
    m_exportUrl.clear();
    m_error.clear();
    m_notice.clear();
    emit accountChanged();
    emit filtersChanged();
    emit regionsChanged();
    emit dataChanged();
    emit auditChanged();
    emit exportChanged();
    emit stateChanged();
    if (isRegionalManager() || isStoreManager())
        refresh();
}

void ManagerController::useServer(const QUrl &server)
{
    m_api->setServer(server);
}

void ManagerController::onTokenChanged()
{
    m_api->setToken(m_sync->token());
    if (m_api->ready() && m_refreshWanted)
        refresh();
}

QUrlQuery ManagerController::periodQuery() const
{
    const QDate today = QDate::currentDate();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"),
                       today.addDays(-m_periodDays + 1).toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), today.toString(Qt::ISODate));
    return query;
}

QList<ManagerController::Fetch> ManagerController::fetches() const
{
    QUrlQuery filters = periodQuery();
    QUrlQuery regionOnly;
    if (!m_region.isEmpty()) {
        filters.addQueryItem(QStringLiteral("region"), m_region);
        regionOnly.addQueryItem(QStringLiteral("region"), m_region);
    }
    QList<Fetch> list{{QStringLiteral("me"), QStringLiteral("/me"), {}}};
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
    list << Fetch{QStringLiteral("audits"), QStringLiteral("/audits"), filters};
    if (isRegionalManager()) {
        // The review queue: everything still waiting, however old.
        QUrlQuery waiting = regionOnly;
        waiting.addQueryItem(QStringLiteral("state"), QStringLiteral("submitted"));
        list << Fetch{QStringLiteral("queue"), QStringLiteral("/audits"), waiting};
    }
    list << Fetch{QStringLiteral("actions"), QStringLiteral("/actions"), regionOnly};
    list << Fetch{QStringLiteral("promises"), QStringLiteral("/actions/summary"), regionOnly};
    return list;
}

void ManagerController::refresh()
{
    if (!isRegionalManager() && !isStoreManager())
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
    for (const Fetch &what : list)
        fetch(what);
}

void ManagerController::fetch(const Fetch &what, std::function<void()> after)
{
    const QString key = what.path + QLatin1Char('?') + what.query.toString(QUrl::FullyEncoded);
    const bool quiet = m_refreshWanted; // not signed in to the server yet: no error for that
    m_api->get(what.path, what.query, [this, what, key, quiet, after](const ManagerApi::Answer &a) {
        if (a.reply.ok()) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            m_cache->put(key, a.body, now);
            m_data.insert(what.name, a.body);
            if (!m_dataTime.isValid() || now < m_dataTime)
                m_dataTime = now;
        } else if (a.reply.kind == sync::ApiReply::Kind::Refused) {
            setError(a.reply.message);
        } else if (const auto saved = m_cache->get(key)) {
            m_data.insert(what.name, saved->data);
            m_fromCache = true;
            if (!m_dataTime.isValid() || saved->fetchedAt < m_dataTime)
                m_dataTime = saved->fetchedAt;
            if (!quiet)
                setError(tr("%1. Showing the data saved on this phone.").arg(why(a.reply)));
        } else if (!m_sync->enabled()) {
            m_data.remove(what.name);
            setError(tr("Reports come from the server, and this phone has no server set up."));
        } else {
            m_data.remove(what.name);
            if (!quiet)
                setError(tr("%1, and nothing for this selection is saved on this phone.")
                             .arg(why(a.reply)));
        }
        if (after)
            after();
        finishOne();
    });
}

QString ManagerController::why(const sync::ApiReply &reply) const
{
    if (reply.kind == sync::ApiReply::Kind::Offline)
        return tr("No connection to the server");
    QString message = reply.message;
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    return message;
}

void ManagerController::finishOne()
{
    if (m_pending > 0)
        --m_pending;
    m_progressText =
        m_pending > 0 ? tr("Loading… %1 of %2").arg(m_total - m_pending).arg(m_total) : QString();
    if (m_pending == 0) {
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

double ManagerController::progress() const
{
    return m_total > 0 ? double(m_total - m_pending) / m_total : 1.0;
}

void ManagerController::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    emit stateChanged();
}

void ManagerController::setNotice(const QString &message)
{
    m_notice = message;
    emit stateChanged();
}

void ManagerController::clearMessages()
{
    m_error.clear();
    m_notice.clear();
    emit stateChanged();
}

QString ManagerController::dataTimeText() const
{
    if (!m_dataTime.isValid())
        return loading() ? QString() : tr("No data on this phone yet");
    const QString when =
        QLocale().toString(m_dataTime.toLocalTime(), QStringLiteral("d MMM, HH:mm"));
    return m_fromCache ? tr("Data from %1 · saved on this phone").arg(when)
                       : tr("Data from %1").arg(when);
}

QVariantList ManagerController::regions() const
{
    QVariantList list{QVariantMap{{QStringLiteral("id"), QString()},
                                  {QStringLiteral("label"), tr("All my regions")}}};
    for (const QString &region : m_regionIds)
        list << QVariantMap{{QStringLiteral("id"), region},
                            {QStringLiteral("label"), groupLabel(region)}};
    return list;
}

void ManagerController::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    emit filtersChanged();
    refresh();
}

void ManagerController::setPeriodDays(int days)
{
    if (days == m_periodDays || days < 1)
        return;
    m_periodDays = days;
    emit filtersChanged();
    refresh();
}

QString ManagerController::periodText() const
{
    const QDate today = QDate::currentDate();
    return tr("%1 – %2").arg(
        QLocale().toString(today.addDays(-m_periodDays + 1), QStringLiteral("d MMM yyyy")),
        QLocale().toString(today, QStringLiteral("d MMM yyyy")));
}

QString ManagerController::trendByText() const
{
    return m_periodDays > 120 ? tr("by month") : tr("by week");
}

shapes::SiteLabels ManagerController::siteLabels() const
{
    if (!m_labels)
        m_labels = computeSiteLabels();
    return *m_labels;
}

shapes::SiteLabels ManagerController::computeSiteLabels() const
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

QString ManagerController::siteLabel() const
{
    const QString site =
        m_data.value(QStringLiteral("me")).toObject().value(QLatin1String("site")).toString();
    if (site.isEmpty())
        return QString();
    return siteLabels().value(site, site);
}

QVariantList ManagerController::ranking() const
{
    return shapes::rankingRows(m_data.value(QStringLiteral("ranking")).toObject(), siteLabels());
}

QVariantList ManagerController::trend() const
{
    return shapes::trendPoints(m_data.value(QStringLiteral("trend")).toObject());
}

QVariantList ManagerController::departments() const
{
    return shapes::departmentRows(m_data.value(QStringLiteral("departments")).toObject());
}

QVariantMap ManagerController::nps() const
{
    return shapes::npsRows(m_data.value(QStringLiteral("nps")).toObject(), siteLabels());
}

QVariantMap ManagerController::heatmap() const
{
    return shapes::heatmapGrid(m_data.value(QStringLiteral("heatmap")).toObject(), siteLabels());
}

QVariantMap ManagerController::lineHeatmap() const
{
    return shapes::heatmapGrid(m_data.value(QStringLiteral("heatmapLines")).toObject(),
                               siteLabels());
}

QVariantList ManagerController::consistency() const
{
    return shapes::consistencyRows(m_data.value(QStringLiteral("consistency")).toObject());
}

QVariantList ManagerController::phoneRows() const
{
    return shapes::phoneRows(m_data.value(QStringLiteral("phone")).toObject(), siteLabels());
}

QVariantList ManagerController::executiveRows() const
{
    if (!isRegionalManager())
        return {};
    return shapes::executiveRows(m_data.value(QStringLiteral("executives")).toObject());
}

QVariantList ManagerController::executiveGaps() const
{
    if (!isRegionalManager())
        return {};
    return shapes::executiveGaps(m_data.value(QStringLiteral("executives")).toObject(),
                                 siteLabels());
}

QVariantList ManagerController::audits() const
{
    return shapes::auditRows(auditList(), siteLabels());
}

QVariantList ManagerController::reviewQueue() const
{
    return shapes::auditRows(m_data.value(QStringLiteral("queue")).toArray(), siteLabels());
}

QVariantList ManagerController::actions() const
{
    // Open ones first (overdue before the rest), then the done ones.
    QVariantList open;
    QVariantList overdue;
    QVariantList done;
    for (const QVariant &row :
         shapes::actionRows(m_data.value(QStringLiteral("actions")).toArray(), siteLabels())) {
        const QVariantMap action = withPrompt(row.toMap());
        if (action.value(QStringLiteral("overdue")).toBool())
            overdue << action;
        else if (action.value(QStringLiteral("open")).toBool())
            open << action;
        else
            done << action;
    }
    return overdue + open + done;
}

// An action names its item by id: the question it asks, from the scripts on this phone.
QVariantMap ManagerController::withPrompt(QVariantMap action) const
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
    const QString prompt = m_prompts->value(action.value(QStringLiteral("item")).toString());
    if (!prompt.isEmpty())
        action.insert(QStringLiteral("itemText"), prompt);
    return action;
}

int ManagerController::overdueCount() const
{
    int count = 0;
    for (const QJsonValue &action : m_data.value(QStringLiteral("actions")).toArray())
        count += action.toObject().value(QLatin1String("overdue")).toBool() ? 1 : 0;
    return count;
}

QVariantList ManagerController::promises() const
{
    return shapes::promiseRows(m_data.value(QStringLiteral("promises")).toArray(), siteLabels());
}

QJsonObject ManagerController::reportsForExport() const
{
    QJsonObject reports;
    for (const QString &name : kReports) {
        if (m_data.contains(name))
            reports.insert(name, m_data.value(name));
    }
    const QUrlQuery period = periodQuery();
    reports.insert(QStringLiteral("region"), isStoreManager()     ? siteLabel()
                                             : m_region.isEmpty() ? tr("All my regions")
                                                                  : groupLabel(m_region));
    reports.insert(QStringLiteral("from"), period.queryItemValue(QStringLiteral("from")));
    reports.insert(QStringLiteral("to"), period.queryItemValue(QStringLiteral("to")));
    reports.insert(QStringLiteral("generatedAt"),
                   (m_dataTime.isValid() ? m_dataTime : QDateTime::currentDateTimeUtc())
                       .toUTC()
                       .toString(Qt::ISODateWithMs));
    return reports;
}

QString ManagerController::dueDateText(int days) const
{
    return QLocale().toString(QDate::currentDate().addDays(days), QStringLiteral("ddd d MMM"));
}

} // namespace tp::ui
