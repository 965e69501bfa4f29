#pragma once

#include "core/AssignmentState.h"
#include "ui/manager/ReportShapes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace tp::ui {

// One assignment as a manager sees it (GET /assignments): every field the server sends, and
// the same in words for the table, the cards and the detail.
struct ManagedAssignment
{
    QString id;
    QString site;
    QString siteLabel;
    bool call = false; // a call to a support line; otherwise a store visit
    QString kindText;
    QString scriptId;
    int scriptVersion = 0;
    QString scriptText;
    QString shopper;
    QString shopperName;
    QString windowStart; // ISO 8601, as the server sends it
    QString windowEnd;
    QString startText; // day and time
    QString dueText;
    QString startDayText; // the day only, for a table's column
    QString dueDayText;
    QString stateName; // the API's spelling
    AssignmentState state = AssignmentState::Offered;
    QString stateText;
    QString reason;
    QString auditUuid;
    bool open = false;    // offered, accepted or in progress: a manager may withdraw it
    bool overdue = false; // open past the end of its window
};

namespace shapes {

// Site kinds by id ("store" or "phone"), from the sites this phone knows.
using SiteKinds = QHash<QString, QString>;

QString assignmentStateText(AssignmentState state); // "Offered", "In progress", ...
bool assignmentIsOpen(AssignmentState state);
ManagedAssignment managedAssignment(const QJsonObject &assignment, const SiteLabels &sites,
                                    const SiteKinds &kinds, const QDateTime &now);
QList<ManagedAssignment> managedAssignments(const QJsonArray &assignments, const SiteLabels &sites,
                                            const SiteKinds &kinds, const QDateTime &now);

} // namespace shapes
} // namespace tp::ui
