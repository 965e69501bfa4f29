#pragma once

#include "core/Role.h"
#include "sync/ApiReply.h"
#include "sync/ManagerApi.h"
#include "ui/AppContext.h"
#include "ui/manager/ReportShapes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrlQuery>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace tp::ui {

class ReportCache;
class SyncController;

// What the manager screens share: the signed-in manager, the region and period chosen, every
// answer fetched from the server (asynchronously, with the user's token), the copy saved on this
// phone for when the server cannot be reached ("Data from 26 Nov, 16:40"), and the progress,
// error and notice shown under the header.
class ManagerFeed : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controller owns the feed")

    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY stateChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY stateChanged)
    Q_PROPERTY(QString dataTimeText READ dataTimeText NOTIFY dataChanged)
    Q_PROPERTY(bool fromCache READ fromCache NOTIFY dataChanged)

public:
    ManagerFeed(AppContext &context, SyncController *sync, QObject *parent = nullptr);
    ~ManagerFeed() override;

    // Forgets everything of the previous user.
    void setAccount(const QString &username, std::optional<Role> role);
    bool isRegionalManager() const { return m_role == Role::RegionalManager; }
    bool isStoreManager() const { return m_role == Role::StoreManager; }
    bool isManager() const { return isRegionalManager() || isStoreManager(); }

    // The selection the reports and lists are fetched for; changing it fetches again.
    QString region() const { return m_region; }
    void setRegion(const QString &region);
    int periodDays() const { return m_periodDays; }
    void setPeriodDays(int days);
    QUrlQuery periodQuery() const;
    // The filters a screen asks the server to apply to one of its lists (assignments), for
    // every refresh from now on.
    void setListQuery(const QString &name, const QUrlQuery &query) { m_listQueries[name] = query; }

    bool loading() const { return m_pending > 0; }
    double progress() const;
    QString progressText() const { return m_progressText; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    QString dataTimeText() const;
    bool fromCache() const { return m_fromCache; }
    QDateTime dataTime() const { return m_dataTime; }

    // Everything again, for the selection.
    void refresh();
    // One GET, its answer kept as `value(name)` (or the saved copy); `after` runs then. Each
    // answer finishes one request counted by refresh() or startRequest().
    void fetch(const QString &name, const QString &path, const QUrlQuery &query,
               std::function<void()> after = {});
    // A change (review, action): shown as progress with `text` until `finishRequest`.
    void startRequest(const QString &text);
    void finishRequest();
    // After a change: lists and reports change with it.
    void refreshWithNotice(const QString &notice);

    // Paged lists (audits, actions): whether the server has more rows of `name` than fetched.
    bool hasMore(const QString &name) const { return m_nextPages.contains(name); }
    bool loadingMore(const QString &name) const { return m_loadingMore.contains(name); }
    // The next page of list `name`, appended to value(name); `done` gets whether it came and
    // the new rows (a failure shows as the error). One request per list at a time: false when
    // none was started (no more rows, or one is on its way).
    using PageDone = std::function<void(bool ok, const QJsonArray &added)>;
    bool fetchMore(const QString &name, PageDone done);
    // Every remaining page of `name`, one after another; `done(true)` once all are in.
    void fetchAll(const QString &name, std::function<void(bool)> done);

    QJsonValue value(const QString &name) const { return m_data.value(name); }
    void remove(const QString &name) { m_data.remove(name); }
    QStringList regionIds() const { return m_regionIds; }
    shapes::SiteLabels siteLabels() const;
    QString itemPrompt(const QString &item) const; // the question, from the scripts on this phone
    QString ownSite() const;

    sync::ManagerApi *api() const { return m_api; }
    AppContext &context() const { return m_context; }
    void useServer(const QUrl &server) { m_api->setServer(server); }

    void setError(const QString &message);
    void setNotice(const QString &message);
    void clearMessages();

signals:
    void stateChanged();
    void dataChanged(); // every answer of a refresh is in
    // One answer of a refresh (or of fetch()) is in value(name): a list shows it at once,
    // without waiting for the reports.
    void arrived(const QString &name);
    void filtersChanged(); // region or period
    void regionsChanged(); // only when the list changes: a combo box keeps its choice
    // fetchMore: rows appended to list `name` (its models append them, keeping their scroll);
    // also when none came, as hasMore() or loadingMore() changed.
    void pageAdded(const QString &name, const QJsonArray &rows);

private:
    struct Fetch
    {
        QString name; // where the answer goes in m_data
        QString path;
        QUrlQuery query;
        bool report = false; // asked for once the lists are in
    };
    QList<Fetch> fetches() const;
    void finishOne();
    void onTokenChanged();
    QString why(const sync::ApiReply &reply) const;
    shapes::SiteLabels computeSiteLabels() const;

    AppContext &m_context;
    SyncController *m_sync;
    sync::ManagerApi *m_api;
    ReportCache *m_cache;
    QString m_username;
    std::optional<Role> m_role;
    QString m_region;
    int m_periodDays = 90;
    bool m_refreshWanted = false;
    int m_refreshes = 0;                // tells a refresh's answers from a later one's
    QHash<QString, int> m_fetchNumbers; // by name: the latest fetch, whose answer counts
    QStringList m_regionIds;
    int m_pending = 0;
    int m_total = 0;
    QString m_progressText;
    QString m_error;
    QString m_notice;
    QJsonObject m_data; // the last answer of each fetch, by name
    struct NextPage
    {
        QString path;
        QUrlQuery query;
    };
    QHash<QString, QUrlQuery> m_listQueries;
    QHash<QString, NextPage> m_nextPages; // by name: lists with more rows on the server
    QSet<QString> m_loadingMore;
    QDateTime m_dataTime;
    bool m_fromCache = false;
    mutable std::optional<shapes::SiteLabels> m_labels;       // until the data changes
    mutable std::optional<QHash<QString, QString>> m_prompts; // item id -> question
};

} // namespace tp::ui
