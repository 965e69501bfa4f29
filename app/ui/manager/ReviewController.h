#pragma once

#include "ui/manager/AuditDetail.h"
#include "ui/manager/AuditListModel.h"
#include "ui/manager/ReportShapes.h"

#include <QJsonObject>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

class ManagerFeed;

// The review screens: the audits waiting for review (regional managers), every audit of the
// selection, one audit opened in detail with its photos, and its review (approve, or reject
// with a reason the shopper reads).
class ReviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controller owns the review")

    Q_PROPERTY(tp::ui::AuditListModel *queue READ queue CONSTANT)
    Q_PROPERTY(tp::ui::AuditListModel *audits READ audits CONSTANT)
    Q_PROPERTY(tp::ui::AuditDetail *audit READ audit CONSTANT)
    Q_PROPERTY(bool auditOpen READ auditOpen NOTIFY auditChanged)
    // The server has more of the list than is loaded; loadMore() fetches its next page.
    Q_PROPERTY(bool queueHasMore READ queueHasMore NOTIFY pagingChanged)
    Q_PROPERTY(bool auditsHasMore READ auditsHasMore NOTIFY pagingChanged)
    Q_PROPERTY(bool loadingMore READ loadingMore NOTIFY pagingChanged)

public:
    explicit ReviewController(ManagerFeed *feed, QObject *parent = nullptr);

    AuditListModel *queue() const { return m_queue; }
    AuditListModel *audits() const { return m_audits; }
    AuditDetail *audit() const { return m_audit; }
    bool auditOpen() const { return !m_audit->isEmpty(); }
    const QJsonObject &auditJson() const { return m_auditJson; } // as the server sent it
    bool queueHasMore() const;
    bool auditsHasMore() const;
    bool loadingMore() const;

    // The next page of the review queue (allAudits false) or of every audit of the selection.
    Q_INVOKABLE void loadMore(bool allAudits);
    // Every page of the list: a table sorted by another column than the date sorts them all.
    Q_INVOKABLE void loadAll(bool allAudits);

    Q_INVOKABLE void openAudit(const QString &uuid);
    Q_INVOKABLE void closeAudit();
    Q_INVOKABLE void review(bool approve, const QString &reason);

signals:
    void auditChanged();
    void pagingChanged();

private:
    void updateList(const QString &name);
    void relabelLists();
    void appendPage(const QString &name, const QJsonArray &rows);
    void setAuditJson(const QJsonObject &stored);
    void loadPhotos(const QStringList &hashes);
    void addPhoto(const QUrl &file);

    ManagerFeed *m_feed;
    shapes::SiteLabels m_labels; // those the lists were made with
    AuditListModel *m_queue;
    AuditListModel *m_audits;
    AuditDetail *m_audit;
    QJsonObject m_auditJson;
};

} // namespace tp::ui
