#pragma once

#include "ui/manager/AssignmentDetail.h"
#include "ui/manager/FilterChoiceModel.h"
#include "ui/manager/ManagedAssignmentModel.h"

#include <QObject>
#include <QUrlQuery>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

class ManagerFeed;

// The assignments screen of regional managers (store managers never see assignments): the
// assignments of their regions, page by page, filtered by state and site on the server; one
// assignment chosen in detail, and withdrawn while it is still open.
class AssignmentsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controller owns the assignments")

    Q_PROPERTY(tp::ui::ManagedAssignmentModel *assignments READ assignments CONSTANT)
    Q_PROPERTY(tp::ui::AssignmentDetail *chosen READ chosen CONSTANT)
    Q_PROPERTY(bool chosenShown READ chosenShown NOTIFY chosenChanged)
    Q_PROPERTY(tp::ui::FilterChoiceModel *states READ states CONSTANT)
    Q_PROPERTY(tp::ui::FilterChoiceModel *sites READ sites CONSTANT)
    Q_PROPERTY(tp::ui::FilterChoiceModel *shoppers READ shoppers CONSTANT)
    // The API's state name and the site id filtered by; empty: all.
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString siteFilter READ siteFilter WRITE setSiteFilter NOTIFY filtersChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY pagingChanged)
    Q_PROPERTY(bool loadingMore READ loadingMore NOTIFY pagingChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countsChanged)
    // Why the last withdrawal failed, in words; empty after one that worked.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit AssignmentsController(ManagerFeed *feed, QObject *parent = nullptr);

    ManagedAssignmentModel *assignments() const { return m_assignments; }
    AssignmentDetail *chosen() const { return m_chosen; }
    bool chosenShown() const { return !m_chosen->isEmpty(); }
    FilterChoiceModel *states() const { return m_states; }
    FilterChoiceModel *sites() const { return m_sites; }
    FilterChoiceModel *shoppers() const { return m_shoppers; }
    QString stateFilter() const { return m_stateFilter; }
    void setStateFilter(const QString &state);
    QString siteFilter() const { return m_siteFilter; }
    void setSiteFilter(const QString &site);
    bool hasMore() const;
    bool loadingMore() const;
    int overdueCount() const { return m_overdue; }
    QString error() const { return m_error; }

    // Another account: no filters, nothing chosen.
    void clear();

    Q_INVOKABLE void loadMore();
    // Every page: a table sorted by another column than the start, or filtered by shopper,
    // needs them all.
    Q_INVOKABLE void loadAll();
    Q_INVOKABLE void choose(const QString &assignmentId);
    Q_INVOKABLE void closeChosen();
    Q_INVOKABLE void withdraw(const QString &reason);

signals:
    void chosenChanged();
    void filtersChanged();
    void pagingChanged();
    void countsChanged();
    void errorChanged();

private:
    QUrlQuery listQuery() const;
    void applyFilters();
    void updateRows();
    void appendPage(const QString &name, const QJsonArray &rows);
    QList<ManagedAssignment> shape(const QJsonArray &rows) const;
    void updateChoices();
    void updateCounts();
    void setError(const QString &error);

    ManagerFeed *m_feed;
    ManagedAssignmentModel *m_assignments;
    AssignmentDetail *m_chosen;
    FilterChoiceModel *m_states;
    FilterChoiceModel *m_sites;
    FilterChoiceModel *m_shoppers;
    QString m_stateFilter;
    QString m_siteFilter;
    int m_overdue = 0;
    QString m_error;
};

} // namespace tp::ui
