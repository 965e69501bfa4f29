// The assignments of a regional manager's regions: fetched with the other lists (the feed
// refreshes them together), filtered by state and site on the server, by shopper and text on
// the screen; one withdrawn with a request, then everything is fetched again.
#include "ui/manager/AssignmentsController.h"

#include "ui/manager/ManagerFeed.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace tp::ui {

namespace {

const QString kAssignments = QStringLiteral("assignments");

} // namespace

AssignmentsController::AssignmentsController(ManagerFeed *feed, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_assignments(new ManagedAssignmentModel(this))
    , m_chosen(new AssignmentDetail(this))
    , m_states(new FilterChoiceModel(this))
    , m_sites(new FilterChoiceModel(this))
    , m_shoppers(new FilterChoiceModel(this))
{
    QList<FilterChoice> states{{QString(), tr("All states")}};
    for (const AssignmentState state :
         {AssignmentState::Offered, AssignmentState::Accepted, AssignmentState::InProgress,
          AssignmentState::Submitted, AssignmentState::Approved, AssignmentState::Rejected,
          AssignmentState::Declined, AssignmentState::Withdrawn})
        states << FilterChoice{assignmentStateName(state), shapes::assignmentStateText(state)};
    m_states->setRows(states);
    m_feed->setListQuery(kAssignments, listQuery());
    connect(m_feed, &ManagerFeed::dataChanged, this, &AssignmentsController::updateRows);
    connect(m_feed, &ManagerFeed::pageAdded, this, &AssignmentsController::appendPage);
}

QUrlQuery AssignmentsController::listQuery() const
{
    QUrlQuery query;
    if (!m_stateFilter.isEmpty())
        query.addQueryItem(QStringLiteral("state"), m_stateFilter);
    if (!m_siteFilter.isEmpty())
        query.addQueryItem(QStringLiteral("site"), m_siteFilter);
    return query;
}

void AssignmentsController::setStateFilter(const QString &state)
{
    if (state == m_stateFilter)
        return;
    m_stateFilter = state;
    applyFilters();
}

void AssignmentsController::setSiteFilter(const QString &site)
{
    if (site == m_siteFilter)
        return;
    m_siteFilter = site;
    applyFilters();
}

// The first page again, with the new filters; its answer finishes the request.
void AssignmentsController::applyFilters()
{
    emit filtersChanged();
    m_feed->setListQuery(kAssignments, listQuery());
    if (!m_feed->isRegionalManager())
        return;
    m_feed->startRequest(tr("Loading the assignments…"));
    m_feed->fetch(kAssignments, QStringLiteral("/assignments"), listQuery());
}

void AssignmentsController::clear()
{
    const bool filtered = !m_stateFilter.isEmpty() || !m_siteFilter.isEmpty();
    m_stateFilter.clear();
    m_siteFilter.clear();
    m_feed->setListQuery(kAssignments, listQuery());
    if (filtered)
        emit filtersChanged();
    closeChosen();
    setError({});
    updateRows();
}

QList<ManagedAssignment> AssignmentsController::shape(const QJsonArray &rows) const
{
    shapes::SiteKinds kinds;
    for (const storage::SiteInfo &site : m_feed->context().organisation->sites())
        kinds.insert(site.id, site.kind);
    QList<ManagedAssignment> shaped = shapes::managedAssignments(rows, m_feed->siteLabels(), kinds,
                                                                 QDateTime::currentDateTimeUtc());
    for (ManagedAssignment &row : shaped) {
        if (const auto script =
                m_feed->context().organisation->script(row.scriptId, row.scriptVersion))
            row.scriptText = tr("%1, version %2").arg(script->title).arg(script->version);
    }
    return shaped;
}

void AssignmentsController::updateRows()
{
    m_assignments->setRows(shape(m_feed->value(kAssignments).toArray()));
    // The chosen one as the server now has it (withdrawn, accepted meanwhile, ...).
    const int row = m_assignments->rowOf(m_chosen->assignmentId());
    if (row >= 0)
        m_chosen->setData(m_assignments->rows().at(row));
    updateChoices();
    updateCounts();
    emit pagingChanged();
}

void AssignmentsController::appendPage(const QString &name, const QJsonArray &rows)
{
    if (name != kAssignments)
        return;
    m_assignments->appendRows(shape(rows));
    updateChoices();
    updateCounts();
    emit pagingChanged();
}

void AssignmentsController::updateChoices()
{
    QList<FilterChoice> sites{{QString(), tr("All sites")}};
    const shapes::SiteLabels labels = m_feed->siteLabels();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        sites << FilterChoice{it.key(), it.value()};
    std::sort(sites.begin() + 1, sites.end(), [](const FilterChoice &a, const FilterChoice &b) {
        const int order = QString::localeAwareCompare(a.label, b.label);
        return order != 0 ? order < 0 : a.value < b.value;
    });
    m_sites->setRows(sites);

    // The shoppers of the assignments loaded, by name.
    QMap<QString, QString> names; // username -> display name
    for (const ManagedAssignment &row : m_assignments->rows())
        names.insert(row.shopper, row.shopperName);
    QList<FilterChoice> shoppers;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        shoppers << FilterChoice{it.key(), it.value()};
    std::sort(shoppers.begin(), shoppers.end(), [](const FilterChoice &a, const FilterChoice &b) {
        const int order = QString::localeAwareCompare(a.label, b.label);
        return order != 0 ? order < 0 : a.value < b.value;
    });
    shoppers.prepend(FilterChoice{QString(), tr("All shoppers")});
    m_shoppers->setRows(shoppers);
}

void AssignmentsController::updateCounts()
{
    const auto overdue = std::count_if(m_assignments->rows().cbegin(), m_assignments->rows().cend(),
                                       [](const ManagedAssignment &row) { return row.overdue; });
    if (m_overdue != int(overdue)) {
        m_overdue = int(overdue);
        emit countsChanged();
    }
}

bool AssignmentsController::hasMore() const
{
    return m_feed->hasMore(kAssignments);
}

bool AssignmentsController::loadingMore() const
{
    return m_feed->loadingMore(kAssignments);
}

void AssignmentsController::loadMore()
{
    m_feed->fetchMore(kAssignments, {});
}

void AssignmentsController::loadAll()
{
    m_feed->fetchAll(kAssignments, [](bool) {});
}

void AssignmentsController::choose(const QString &assignmentId)
{
    const int row = m_assignments->rowOf(assignmentId);
    if (row < 0)
        return;
    setError({});
    m_chosen->setData(m_assignments->rows().at(row));
    emit chosenChanged();
}

void AssignmentsController::closeChosen()
{
    if (m_chosen->isEmpty())
        return;
    m_chosen->setData({});
    setError({});
    emit chosenChanged();
}

void AssignmentsController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void AssignmentsController::withdraw(const QString &reason)
{
    const QString id = m_chosen->assignmentId();
    if (id.isEmpty())
        return;
    if (!m_chosen->open()) {
        setError(tr("Only an offered, accepted or started assignment can be withdrawn; this one "
                    "is %1.")
                     .arg(m_chosen->stateText().toLower()));
        return;
    }
    QJsonObject body;
    if (!reason.trimmed().isEmpty())
        body.insert(QStringLiteral("reason"), reason.trimmed());
    setError({});
    m_feed->clearMessages();
    m_feed->startRequest(tr("Withdrawing the assignment…"));
    m_feed->api()->post(
        QStringLiteral("/assignments/%1/withdraw").arg(id), body,
        [this, id](const sync::ManagerApi::Answer &answer) {
            m_feed->finishRequest();
            if (!answer.reply.ok()) {
                const QString why = answer.reply.kind == sync::ApiReply::Kind::Offline
                                        ? tr("No connection to the server")
                                        : answer.reply.message;
                setError(tr("The assignment was not withdrawn: %1").arg(why));
                // Changed meanwhile (accepted and filed, withdrawn by someone else): the list
                // and the detail show it as the server has it now.
                if (answer.reply.status == 409)
                    m_feed->refresh();
                return;
            }
            const QList<ManagedAssignment> rows = shape(QJsonArray{answer.body});
            if (m_chosen->assignmentId() == id && !rows.isEmpty())
                m_chosen->setData(rows.first());
            m_feed->refreshWithNotice(tr("Assignment withdrawn: the shopper no longer sees it."));
        });
}

} // namespace tp::ui
