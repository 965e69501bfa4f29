#pragma once

#include "core/ReviewState.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace tp::ui {

// The rows the manager screens draw, in words and numbers: what the shapes make of the server's
// JSON and what the list models hand to QML, one role per field. A missing figure (null) has
// value 0 and hasValue false, so a chart draws "no data" rather than a zero.

// A bar or a point: a site by score, a week of the trend, a department, an audit's section, an
// NPS figure (promoters and detractors counted), an executives' score gap (detail "97 vs 63").
struct ChartRow
{
    QString key; // site id, period, ...
    QString label;
    double value = 0;
    bool hasValue = false;
    QString text;
    QString detail;
    int audits = 0;
    int promoters = 0;
    int detractors = 0;
    bool bold = false;
};

struct HeatCell
{
    double value = 0;
    bool hasValue = false;
    QString text;
    int audits = 0;
};

struct HeatRow
{
    QString label;
    QList<HeatCell> cells;
};

struct HeatGrid
{
    QStringList columns;
    QList<HeatRow> rows;
};

struct NpsFigures
{
    QList<ChartRow> sites;
    QList<ChartRow> regions;
    ChartRow overall;
};

// Consistency of one touchpoint across sites.
struct SpreadRow
{
    QString label;
    double min = 0;
    double max = 0;
    double mean = 0;
    double sd = 0;
    int sites = 0;
    QString text;
};

// Calls to one support line; seconds and transfers are -1 when no call measured them.
struct PhoneLine
{
    QString site;
    QString label;
    int calls = 0;
    QString callsText;
    double answer = -1;
    double menus = -1;
    double hold = -1;
    QString answerText;
    QString menusText;
    QString holdText;
    double transfers = -1;
    QString transfersText;
    double resolvedPercent = -1;
    QString resolvedText;
};

// An executive's last own visit and call; days are -1 for never.
struct ExecutiveRow
{
    QString user;
    QString label;
    int selfAudits = 0;
    int visitDays = -1;
    int callDays = -1;
    QString visitText;
    QString callText;
    bool visitLate = false;
    bool callLate = false;
};

struct AuditRow
{
    QString uuid;
    QString site;
    QString siteLabel;
    QString startedText;
    QString auditorText;
    double overall = 0;
    QString overallText;
    bool passed = false;
    int criticalFailures = 0;
    ReviewState state = ReviewState::Submitted;
    QString stateText;
    QString modeText;
    QString scriptId;
};

struct ActionRow
{
    QString id;
    QString audit;
    QString item;
    QString itemText;
    QString siteLabel;
    QString ownerText;
    QString due;
    QString note;
    QString doneNote;
    bool open = false;
    bool overdue = false;
    bool done = false;
    bool kept = false;   // the promise kept: done by its due date
    bool broken = false; // the promise broken, as the server counts it
    QString stateText;
};

// Promises kept and broken at one site; keptPercent is -1 while nothing was due.
struct PromiseRow
{
    QString site;
    QString label;
    int actions = 0;
    int open = 0;
    int overdue = 0;
    int kept = 0;
    int late = 0;
    int broken = 0;
    double keptPercent = -1;
    QString keptText;
};

// One item of an audit in detail.
struct AuditItemRow
{
    QString item;
    QString section;
    QString sectionTitle;
    QString department;
    QString prompt;
    bool hidden = false;
    bool critical = false;
    QString answerText;
    QString note;
    bool failed = false;
    bool low = false;
    QString resultText;
    QString pointsText;
    bool actionable = false;
    bool canAct = false;
};

struct Region
{
    QString id; // empty: all the manager's regions
    QString label;
};

struct LabelText
{
    QString label;
    QString text;
};

struct AuditDetailData
{
    QString uuid;
    QString site;
    QString siteLabel;
    QString scriptId;
    int scriptVersion = 0;
    QString scriptText;
    QString modeText;
    QString auditorText;
    QString startedText;
    ReviewState state = ReviewState::Submitted;
    QString stateText;
    QString reviewText;
    double overall = 0;
    QString overallText;
    bool passed = false;
    int criticalFailures = 0;
    QList<ChartRow> sections;
    QList<AuditItemRow> items;
    QStringList photos; // hashes
    QList<LabelText> timeline;
    QString checkInText;
    bool checkInVerified = false;
    bool trusted = true;
    QStringList trustReasons;
    QString timeOnSiteText;
    QList<ActionRow> actions;
};

} // namespace tp::ui
