#pragma once

#include "sync/ApiReply.h"
#include "ui/AppContext.h"
#include "ui/ReportShapes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace tp::ui {

class ManagerApi;
class ReportCache;
class SyncController;

// The screens of regional managers and store managers: reports for a region (or the own store)
// and a period, drawn as charts in QML; the audits waiting for review, one audit in detail,
// approve or reject; corrective actions (create from a failed or low item, mark done, promises
// kept and broken); exports (CSV, PDF) into the app's data folder.
//
// Everything comes from the server, asynchronously on the UI thread, with the signed-in user's
// token. What was fetched last is kept in a cache file and shown when the server cannot be
// reached, with the time it was fetched ("Data from 26 Nov, 16:40").
class ManagerController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FieldApp owns the manager controller")

    Q_PROPERTY(bool isRegionalManager READ isRegionalManager NOTIFY accountChanged)
    Q_PROPERTY(bool isStoreManager READ isStoreManager NOTIFY accountChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY stateChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY stateChanged)
    Q_PROPERTY(QString dataTimeText READ dataTimeText NOTIFY dataChanged)
    Q_PROPERTY(bool fromCache READ fromCache NOTIFY dataChanged)
    Q_PROPERTY(QVariantList regions READ regions NOTIFY regionsChanged)
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY filtersChanged)
    Q_PROPERTY(int periodDays READ periodDays WRITE setPeriodDays NOTIFY filtersChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY filtersChanged)
    Q_PROPERTY(QString trendByText READ trendByText NOTIFY filtersChanged)
    Q_PROPERTY(QString siteLabel READ siteLabel NOTIFY dataChanged)
    Q_PROPERTY(QVariantList ranking READ ranking NOTIFY dataChanged)
    Q_PROPERTY(QVariantList trend READ trend NOTIFY dataChanged)
    Q_PROPERTY(QVariantList departments READ departments NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap nps READ nps NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap heatmap READ heatmap NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap lineHeatmap READ lineHeatmap NOTIFY dataChanged)
    Q_PROPERTY(QVariantList consistency READ consistency NOTIFY dataChanged)
    Q_PROPERTY(QVariantList phoneRows READ phoneRows NOTIFY dataChanged)
    Q_PROPERTY(QVariantList executiveRows READ executiveRows NOTIFY dataChanged)
    Q_PROPERTY(QVariantList executiveGaps READ executiveGaps NOTIFY dataChanged)
    Q_PROPERTY(QVariantList reviewQueue READ reviewQueue NOTIFY dataChanged)
    Q_PROPERTY(QVariantList audits READ audits NOTIFY dataChanged)
    Q_PROPERTY(QVariantList actions READ actions NOTIFY dataChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY dataChanged)
    Q_PROPERTY(QVariantList promises READ promises NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap audit READ audit NOTIFY auditChanged)
    Q_PROPERTY(bool auditOpen READ auditOpen NOTIFY auditChanged)
    Q_PROPERTY(QString auditUuid READ auditUuid NOTIFY auditChanged)
    Q_PROPERTY(QVariantList photoUrls READ photoUrls NOTIFY auditChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    Q_PROPERTY(QString exportText READ exportText NOTIFY exportChanged)
    Q_PROPERTY(QUrl exportUrl READ exportUrl NOTIFY exportChanged)
    Q_PROPERTY(QUrl exportFolderUrl READ exportFolderUrl CONSTANT)

public:
    ManagerController(AppContext &context, SyncController *sync, QObject *parent = nullptr);
    ~ManagerController() override;

    // Who is signed in; a manager's data is fetched (or read from the cache) at once.
    void setAccount(const QString &username, const QString &role);

    bool isRegionalManager() const { return m_role == QLatin1String("regional_manager"); }
    bool isStoreManager() const { return m_role == QLatin1String("store_manager"); }
    bool loading() const { return m_pending > 0; }
    double progress() const;
    QString progressText() const { return m_progressText; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    QString dataTimeText() const;
    bool fromCache() const { return m_fromCache; }
    QVariantList regions() const;
    QString region() const { return m_region; }
    void setRegion(const QString &region);
    int periodDays() const { return m_periodDays; }
    void setPeriodDays(int days);
    QString periodText() const;
    QString trendByText() const;
    QString siteLabel() const;
    QVariantList ranking() const;
    QVariantList trend() const;
    QVariantList departments() const;
    QVariantMap nps() const;
    QVariantMap heatmap() const;
    QVariantMap lineHeatmap() const;
    QVariantList consistency() const;
    QVariantList phoneRows() const;     // support lines: answer, menus, hold, transfers, FCR
    QVariantList executiveRows() const; // regional managers: executives' last own visit, call
    QVariantList executiveGaps() const; // per site: executives' score minus the shoppers'
    QVariantList reviewQueue() const;
    QVariantList audits() const;
    QVariantList actions() const;
    int overdueCount() const;
    QVariantList promises() const;
    QVariantMap audit() const { return m_audit; }
    bool auditOpen() const { return !m_audit.isEmpty(); }
    QString auditUuid() const { return m_audit.value(QStringLiteral("uuid")).toString(); }
    QVariantList photoUrls() const { return m_photoUrls; }
    bool exporting() const { return m_exporting; }
    QString exportText() const { return m_exportText; }
    QUrl exportUrl() const { return m_exportUrl; }
    QUrl exportFolderUrl() const;

    // The screen tour and tests: talk to another server (an unreachable one shows the offline
    // copy). Not for QML.
    void useServer(const QUrl &server);

    QString exportFolder() const;
    QJsonObject reportsForExport() const;
    QJsonArray auditList() const { return m_data.value(QStringLiteral("audits")).toArray(); }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void openAudit(const QString &uuid);
    Q_INVOKABLE void closeAudit();
    Q_INVOKABLE void review(bool approve, const QString &reason);
    // Owner: a department (ownerIsDepartment) or a user name; due in `dueDays` days from today.
    Q_INVOKABLE void createAction(const QString &item, bool ownerIsDepartment, const QString &owner,
                                  int dueDays, const QString &note);
    Q_INVOKABLE void markDone(const QString &actionId, const QString &note);
    Q_INVOKABLE void exportAuditsCsv();
    Q_INVOKABLE void exportAnswersCsv();
    Q_INVOKABLE void exportAuditPdf();
    Q_INVOKABLE void exportReportPdf();
    Q_INVOKABLE void clearMessages();
    Q_INVOKABLE QString dueDateText(int days) const;

signals:
    void accountChanged();
    void stateChanged();
    void dataChanged();
    void filtersChanged();
    void regionsChanged(); // only when the list changes: a combo box keeps its choice
    void auditChanged();
    void exportChanged();

private:
    struct Fetch
    {
        QString name; // where the answer goes in m_data
        QString path;
        QUrlQuery query;
    };
    QList<Fetch> fetches() const;
    QUrlQuery periodQuery() const;
    void fetch(const Fetch &what, std::function<void()> after = {});
    void finishOne();
    void onTokenChanged();
    void setError(const QString &message);
    void setNotice(const QString &message);
    void setAuditJson(const QJsonObject &stored);
    void loadPhotos(const QStringList &hashes);
    void afterChange(const QString &notice);
    shapes::SiteLabels siteLabels() const;
    shapes::SiteLabels computeSiteLabels() const;
    QVariantMap withPrompt(QVariantMap action) const;
    QString why(const sync::ApiReply &reply) const;
    void finishExport(const QString &fileName, const QByteArray &bytes);
    void finishExportFile(const QString &fileName, bool ok, const QString &error);
    QString exportFileName(const QString &stem, const QString &suffix) const;

    AppContext &m_context;
    SyncController *m_sync;
    ManagerApi *m_api;
    ReportCache *m_cache;
    QString m_username;
    QString m_role;
    QString m_region;
    int m_periodDays = 90;
    bool m_refreshWanted = false;
    QStringList m_regionIds;
    int m_pending = 0;
    int m_total = 0;
    QString m_progressText;
    QString m_error;
    QString m_notice;
    QJsonObject m_data; // the last answer of each fetch, by name
    QDateTime m_dataTime;
    bool m_fromCache = false;
    mutable std::optional<shapes::SiteLabels> m_labels;       // until the data changes
    mutable std::optional<QHash<QString, QString>> m_prompts; // item id -> question
    QVariantMap m_audit;
    QJsonObject m_auditJson;
    QVariantList m_photoUrls;
    bool m_exporting = false;
    QString m_exportText;
    QUrl m_exportUrl;
};

} // namespace tp::ui
