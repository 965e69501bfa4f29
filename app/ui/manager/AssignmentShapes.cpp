#include "ui/manager/AssignmentShapes.h"

#include <QCoreApplication>
#include <QLocale>

namespace tp::ui::shapes {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Touchpoint", text);
}

// "Sun 7 Dec, 08:00" this year, "7 Dec 2025, 08:00" in another; without the time for a
// table's column.
QString windowText(const QString &iso, const QDateTime &now, bool withTime)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime();
    if (!time.isValid())
        return iso;
    const bool thisYear = time.date().year() == now.toLocalTime().date().year();
    const QString day = thisYear ? QStringLiteral("ddd d MMM") : QStringLiteral("d MMM yyyy");
    return QLocale().toString(time, withTime ? day + QStringLiteral(", HH:mm") : day);
}

} // namespace

QString assignmentStateText(AssignmentState state)
{
    switch (state) {
    case AssignmentState::Offered:
        return tr("Offered");
    case AssignmentState::Accepted:
        return tr("Accepted");
    case AssignmentState::Declined:
        return tr("Declined");
    case AssignmentState::InProgress:
        return tr("In progress");
    case AssignmentState::Submitted:
        return tr("Submitted");
    case AssignmentState::Approved:
        return tr("Approved");
    case AssignmentState::Rejected:
        return tr("Rejected");
    case AssignmentState::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

bool assignmentIsOpen(AssignmentState state)
{
    return state == AssignmentState::Offered || state == AssignmentState::Accepted ||
           state == AssignmentState::InProgress;
}

ManagedAssignment managedAssignment(const QJsonObject &assignment, const SiteLabels &sites,
                                    const SiteKinds &kinds, const QDateTime &now)
{
    const QJsonObject script = assignment.value(QLatin1String("script")).toObject();
    ManagedAssignment row;
    row.id = assignment.value(QLatin1String("id")).toString();
    row.site = assignment.value(QLatin1String("site")).toString();
    row.siteLabel = sites.value(row.site, row.site);
    row.scriptId = script.value(QLatin1String("id")).toString();
    row.scriptVersion = script.value(QLatin1String("version")).toInt();
    row.scriptText = tr("%1, version %2").arg(row.scriptId).arg(row.scriptVersion);
    // A site this phone does not know: its script tells the channel.
    const QString kind = kinds.value(row.site);
    row.call = kind.isEmpty() ? row.scriptId.contains(QLatin1String("call"))
                              : kind == QLatin1String("phone");
    row.kindText = row.call ? tr("Call") : tr("Visit");
    row.shopper = assignment.value(QLatin1String("shopper")).toString();
    row.shopperName = assignment.value(QLatin1String("shopperName")).toString(row.shopper);
    row.windowStart = assignment.value(QLatin1String("windowStart")).toString();
    row.windowEnd = assignment.value(QLatin1String("windowEnd")).toString();
    row.startText = windowText(row.windowStart, now, true);
    row.dueText = windowText(row.windowEnd, now, true);
    row.startDayText = windowText(row.windowStart, now, false);
    row.dueDayText = windowText(row.windowEnd, now, false);
    row.stateName = assignment.value(QLatin1String("state")).toString();
    const auto state = assignmentStateFromName(row.stateName);
    row.state = state.value_or(AssignmentState::Withdrawn);
    row.stateText = state ? assignmentStateText(*state) : row.stateName;
    row.reason = assignment.value(QLatin1String("reason")).toString();
    row.auditUuid = assignment.value(QLatin1String("auditUuid")).toString();
    row.open = state && assignmentIsOpen(*state);
    const QDateTime due = QDateTime::fromString(row.windowEnd, Qt::ISODateWithMs);
    row.overdue = row.open && due.isValid() && due < now;
    if (row.overdue)
        row.stateText = tr("%1, overdue").arg(row.stateText);
    return row;
}

QList<ManagedAssignment> managedAssignments(const QJsonArray &assignments, const SiteLabels &sites,
                                            const SiteKinds &kinds, const QDateTime &now)
{
    QList<ManagedAssignment> rows;
    rows.reserve(assignments.size());
    for (const QJsonValue &assignment : assignments)
        rows << managedAssignment(assignment.toObject(), sites, kinds, now);
    return rows;
}

} // namespace tp::ui::shapes
