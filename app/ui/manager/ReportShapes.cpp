#include "ui/manager/ReportShapes.h"

#include "ui/Labels.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace tp::ui::shapes {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Touchpoint", text);
}

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("Touchpoint", text, nullptr, n);
}

QString siteLabel(const QString &id, const SiteLabels &sites, const QString &fallback = {})
{
    const QString known = sites.value(id);
    if (!known.isEmpty())
        return known;
    return fallback.isEmpty() ? id : fallback;
}

ChartRow valueRow(const QString &label, const QJsonValue &value)
{
    ChartRow row;
    row.label = label;
    row.value = value.toDouble(0);
    row.hasValue = value.isDouble();
    row.text = percentText(value);
    return row;
}

ChartRow npsRow(const QString &label, const QJsonObject &count)
{
    const QJsonValue nps = count.value(QLatin1String("nps"));
    ChartRow row;
    row.label = label;
    row.value = nps.toDouble(0);
    row.hasValue = nps.isDouble();
    row.text = nps.isDouble() ? QLocale().toString(nps.toDouble(), 'f', 0) : QStringLiteral("–");
    row.promoters = count.value(QLatin1String("promoters")).toInt();
    row.detractors = count.value(QLatin1String("detractors")).toInt();
    row.audits = count.value(QLatin1String("answers")).toInt();
    return row;
}

} // namespace

QString percentText(const QJsonValue &value)
{
    return value.isDouble() ? QLocale().toString(value.toDouble(), 'f', 1) : QStringLiteral("–");
}

QList<ChartRow> rankingRows(const QJsonObject &ranking, const SiteLabels &sites)
{
    QList<ChartRow> rows;
    for (const QJsonValue &entry : ranking.value(QLatin1String("sites")).toArray()) {
        const QJsonObject site = entry.toObject();
        const QString id = site.value(QLatin1String("site")).toString();
        ChartRow row = valueRow(siteLabel(id, sites, site.value(QLatin1String("name")).toString()),
                                site.value(QLatin1String("score")));
        row.key = id;
        row.audits = site.value(QLatin1String("audits")).toInt();
        row.detail = tr("%n audit(s)", row.audits);
        rows << row;
    }
    return rows;
}

QList<ChartRow> trendPoints(const QJsonObject &trend)
{
    const bool weekly = trend.value(QLatin1String("by")).toString() == QLatin1String("week");
    QList<ChartRow> points;
    for (const QJsonValue &entry : trend.value(QLatin1String("points")).toArray()) {
        const QJsonObject point = entry.toObject();
        const QString period = point.value(QLatin1String("period")).toString();
        QString label = period;
        if (weekly) {
            const QDate day = QDate::fromString(period, Qt::ISODate);
            if (day.isValid())
                label = QLocale().toString(day, QStringLiteral("d MMM"));
        } else {
            const QDate month = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
            if (month.isValid())
                label = QLocale().toString(month, QStringLiteral("MMM"));
        }
        ChartRow row = valueRow(label, point.value(QLatin1String("score")));
        row.key = period;
        row.audits = point.value(QLatin1String("audits")).toInt();
        points << row;
    }
    return points;
}

QList<ChartRow> departmentRows(const QJsonObject &departments)
{
    QList<ChartRow> rows;
    for (const QJsonValue &entry : departments.value(QLatin1String("departments")).toArray()) {
        const QJsonObject department = entry.toObject();
        const QString id = department.value(QLatin1String("department")).toString();
        ChartRow row = valueRow(groupLabel(id), department.value(QLatin1String("score")));
        row.key = id;
        row.audits = department.value(QLatin1String("audits")).toInt();
        row.detail = tr("%n audit(s)", row.audits);
        rows << row;
    }
    return rows;
}

NpsFigures npsRows(const QJsonObject &nps, const SiteLabels &sites)
{
    NpsFigures figures;
    for (const QJsonValue &entry : nps.value(QLatin1String("sites")).toArray()) {
        const QJsonObject count = entry.toObject();
        const QString id = count.value(QLatin1String("site")).toString();
        ChartRow row =
            npsRow(siteLabel(id, sites, count.value(QLatin1String("name")).toString()), count);
        row.key = id;
        figures.sites << row;
    }
    for (const QJsonValue &entry : nps.value(QLatin1String("regions")).toArray()) {
        const QJsonObject count = entry.toObject();
        const QString id = count.value(QLatin1String("region")).toString();
        ChartRow row = npsRow(groupLabel(id), count);
        row.key = id;
        row.bold = true;
        figures.regions << row;
    }
    figures.overall = npsRow(tr("Overall"), nps.value(QLatin1String("overall")).toObject());
    return figures;
}

HeatGrid heatmapGrid(const QJsonObject &heatmap, const SiteLabels &sites)
{
    const QJsonArray siteIds = heatmap.value(QLatin1String("sites")).toArray();
    const QJsonArray touchpoints = heatmap.value(QLatin1String("touchpoints")).toArray();
    QHash<QString, QJsonObject> cells;
    for (const QJsonValue &entry : heatmap.value(QLatin1String("cells")).toArray()) {
        const QJsonObject cell = entry.toObject();
        cells.insert(cell.value(QLatin1String("touchpoint")).toString() + QLatin1Char('|') +
                         cell.value(QLatin1String("site")).toString(),
                     cell);
    }
    HeatGrid grid;
    for (const QJsonValue &site : siteIds)
        grid.columns << siteLabel(site.toString(), sites);
    for (const QJsonValue &touchpoint : touchpoints) {
        HeatRow row;
        row.label = groupLabel(touchpoint.toString());
        for (const QJsonValue &site : siteIds) {
            const QJsonObject cell =
                cells.value(touchpoint.toString() + QLatin1Char('|') + site.toString());
            const QJsonValue score = cell.value(QLatin1String("score"));
            HeatCell shown;
            shown.value = score.toDouble(0);
            shown.hasValue = score.isDouble();
            shown.text = score.isDouble() ? QLocale().toString(score.toDouble(), 'f', 0)
                                          : QStringLiteral("–");
            shown.audits = cell.value(QLatin1String("audits")).toInt();
            row.cells << shown;
        }
        grid.rows << row;
    }
    return grid;
}

QList<ChartRow> firstColumnBars(const HeatGrid &grid)
{
    QList<ChartRow> rows;
    for (const HeatRow &heat : grid.rows) {
        if (heat.cells.isEmpty())
            continue;
        const HeatCell &cell = heat.cells.constFirst();
        ChartRow row;
        row.label = heat.label;
        row.value = cell.value;
        row.hasValue = cell.hasValue;
        row.text = cell.hasValue ? QLocale().toString(cell.value, 'f', 1) : QStringLiteral("–");
        row.audits = cell.audits;
        rows << row;
    }
    return rows;
}

QList<SpreadRow> consistencyRows(const QJsonObject &consistency)
{
    QList<SpreadRow> rows;
    for (const QJsonValue &entry : consistency.value(QLatin1String("touchpoints")).toArray()) {
        const QJsonObject spread = entry.toObject();
        const QJsonValue sd = spread.value(QLatin1String("standardDeviation"));
        SpreadRow row;
        row.label = groupLabel(spread.value(QLatin1String("touchpoint")).toString());
        row.min = spread.value(QLatin1String("min")).toDouble();
        row.max = spread.value(QLatin1String("max")).toDouble();
        row.mean = spread.value(QLatin1String("mean")).toDouble();
        row.sd = sd.toDouble();
        row.sites = spread.value(QLatin1String("sites")).toInt();
        row.text =
            tr("%1–%2 · σ %3")
                .arg(QLocale().toString(row.min, 'f', 0), QLocale().toString(row.max, 'f', 0),
                     sd.isDouble() ? QLocale().toString(sd.toDouble(), 'f', 1)
                                   : QStringLiteral("–"));
        rows << row;
    }
    return rows;
}

ActionRow actionRow(const QJsonObject &action, const SiteLabels &sites)
{
    const QJsonObject owner = action.value(QLatin1String("owner")).toObject();
    const QString state = action.value(QLatin1String("state")).toString();
    const QString outcome = action.value(QLatin1String("outcome")).toString();
    ActionRow row;
    row.id = action.value(QLatin1String("id")).toString();
    row.audit = action.value(QLatin1String("audit")).toString();
    row.item = action.value(QLatin1String("item")).toString();
    row.itemText = groupLabel(row.item);
    row.siteLabel = siteLabel(action.value(QLatin1String("site")).toString(), sites);
    row.ownerText = owner.contains(QLatin1String("department"))
                        ? tr("%1 department")
                              .arg(groupLabel(owner.value(QLatin1String("department")).toString()))
                        : owner.value(QLatin1String("displayName"))
                              .toString(owner.value(QLatin1String("user")).toString());
    row.due = action.value(QLatin1String("due")).toString();
    row.note = action.value(QLatin1String("note")).toString();
    row.doneNote = action.value(QLatin1String("doneNote")).toString();
    row.open = state == QLatin1String("open");
    row.done = state == QLatin1String("done");
    row.overdue = action.value(QLatin1String("overdue")).toBool();
    row.kept = outcome == QLatin1String("kept");
    row.broken = outcome == QLatin1String("broken");
    if (row.done)
        row.stateText = row.kept ? tr("Done on time") : tr("Done late");
    else
        row.stateText = row.overdue ? tr("Overdue since %1").arg(dateText(row.due))
                                    : tr("Due %1").arg(dateText(row.due));
    return row;
}

QList<ActionRow> actionRows(const QJsonArray &actions, const SiteLabels &sites)
{
    QList<ActionRow> rows;
    for (const QJsonValue &action : actions)
        rows << actionRow(action.toObject(), sites);
    return rows;
}

QList<PromiseRow> promiseRows(const QJsonArray &summary, const SiteLabels &sites)
{
    QList<PromiseRow> rows;
    for (const QJsonValue &entry : summary) {
        const QJsonObject site = entry.toObject();
        const QJsonValue percent = site.value(QLatin1String("keptPercent"));
        PromiseRow row;
        row.site = site.value(QLatin1String("site")).toString();
        row.label = siteLabel(row.site, sites, site.value(QLatin1String("name")).toString());
        row.actions = site.value(QLatin1String("actions")).toInt();
        row.open = site.value(QLatin1String("open")).toInt();
        row.overdue = site.value(QLatin1String("overdue")).toInt();
        row.kept = site.value(QLatin1String("kept")).toInt();
        row.late = site.value(QLatin1String("late")).toInt();
        row.broken = site.value(QLatin1String("broken")).toInt();
        row.keptPercent = percent.isDouble() ? percent.toDouble() : -1.0;
        row.keptText = percent.isDouble()
                           ? tr("%1 % kept").arg(QLocale().toString(percent.toDouble(), 'f', 0))
                           : tr("nothing due yet");
        rows << row;
    }
    return rows;
}

namespace {

QString secondsText(double seconds)
{
    return seconds < 0 ? QStringLiteral("–")
                       : tr("%1 s").arg(QLocale().toString(seconds, 'f', seconds < 10 ? 1 : 0));
}

double measuredSeconds(const QJsonObject &calls, const char *key)
{
    const QJsonValue mean = calls.value(QLatin1String(key)).toObject().value(QLatin1String("mean"));
    return mean.isDouble() ? mean.toDouble() : -1.0;
}

QString callsText(int calls)
{
    return calls == 1 ? tr("1 call") : tr("%1 calls").arg(calls);
}

QString daysAgoText(const QJsonValue &days)
{
    if (!days.isDouble())
        return tr("never");
    const int n = days.toInt();
    if (n <= 0)
        return tr("today");
    return n == 1 ? tr("1 day ago") : tr("%1 days ago").arg(n);
}

} // namespace

QList<PhoneLine> phoneRows(const QJsonObject &phone, const SiteLabels &sites)
{
    QList<PhoneLine> rows;
    for (const QJsonValue &entry : phone.value(QLatin1String("sites")).toArray()) {
        const QJsonObject line = entry.toObject();
        const QJsonValue transfers =
            line.value(QLatin1String("transfers")).toObject().value(QLatin1String("mean"));
        const QJsonValue rate = line.value(QLatin1String("firstContactResolution"))
                                    .toObject()
                                    .value(QLatin1String("rate"));
        PhoneLine row;
        row.site = line.value(QLatin1String("site")).toString();
        row.label = siteLabel(row.site, sites, line.value(QLatin1String("name")).toString());
        row.calls = line.value(QLatin1String("calls")).toInt();
        row.callsText = callsText(row.calls);
        row.answer = measuredSeconds(line, "timeToAnswer");
        row.menus = measuredSeconds(line, "timeInMenus");
        row.hold = measuredSeconds(line, "holdTime");
        row.answerText = secondsText(row.answer);
        row.menusText = secondsText(row.menus);
        row.holdText = secondsText(row.hold);
        row.transfers = transfers.isDouble() ? transfers.toDouble() : -1.0;
        row.transfersText = transfers.isDouble() ? QLocale().toString(transfers.toDouble(), 'f', 1)
                                                 : QStringLiteral("–");
        row.resolvedPercent = rate.isDouble() ? rate.toDouble() : -1.0;
        row.resolvedText = rate.isDouble()
                               ? tr("%1 %").arg(QLocale().toString(rate.toDouble(), 'f', 0))
                               : QStringLiteral("–");
        rows << row;
    }
    return rows;
}

QList<ChartRow> phoneBars(const PhoneLine &line)
{
    const auto bar = [](const QString &label, double seconds, const QString &text) {
        ChartRow row;
        row.label = label;
        row.value = qMax(0.0, seconds);
        row.hasValue = seconds >= 0;
        row.text = text;
        return row;
    };
    return {bar(tr("Time to answer"), line.answer, line.answerText),
            bar(tr("Time in menus"), line.menus, line.menusText),
            bar(tr("Hold time"), line.hold, line.holdText)};
}

QList<ExecutiveRow> executiveRows(const QJsonObject &executives, int lateDays)
{
    QList<ExecutiveRow> rows;
    for (const QJsonValue &entry : executives.value(QLatin1String("executives")).toArray()) {
        const QJsonObject person = entry.toObject();
        const QJsonValue visit = person.value(QLatin1String("daysSinceSelfVisit"));
        const QJsonValue call = person.value(QLatin1String("daysSinceSelfCall"));
        ExecutiveRow row;
        row.user = person.value(QLatin1String("user")).toString();
        row.label = person.value(QLatin1String("name")).toString(row.user);
        row.selfAudits = person.value(QLatin1String("selfAudits")).toInt();
        row.visitDays = visit.isDouble() ? visit.toInt() : -1;
        row.callDays = call.isDouble() ? call.toInt() : -1;
        row.visitText = daysAgoText(visit);
        row.callText = daysAgoText(call);
        row.visitLate = !visit.isDouble() || visit.toInt() > lateDays;
        row.callLate = !call.isDouble() || call.toInt() > lateDays;
        rows << row;
    }
    return rows;
}

QList<ChartRow> executiveGaps(const QJsonObject &executives, const SiteLabels &sites)
{
    QList<ChartRow> rows;
    for (const QJsonValue &entry : executives.value(QLatin1String("sites")).toArray()) {
        const QJsonObject site = entry.toObject();
        const QString id = site.value(QLatin1String("site")).toString();
        const auto whole = [](const QJsonValue &score) {
            return score.isDouble() ? QLocale().toString(score.toDouble(), 'f', 0)
                                    : QStringLiteral("–");
        };
        ChartRow row = valueRow(siteLabel(id, sites, site.value(QLatin1String("name")).toString()),
                                site.value(QLatin1String("gap")));
        row.key = id;
        row.detail = tr("%1 vs %2")
                         .arg(whole(site.value(QLatin1String("selfScore"))),
                              whole(site.value(QLatin1String("shopperScore"))));
        rows << row;
    }
    return rows;
}

QList<AuditRow> auditRows(const QJsonArray &audits, const SiteLabels &sites)
{
    QList<AuditRow> rows;
    for (const QJsonValue &entry : audits) {
        const QJsonObject audit = entry.toObject();
        const QJsonValue overall = audit.value(QLatin1String("overall"));
        const bool self =
            audit.value(QLatin1String("mode")).toString() == QLatin1String("self_audit");
        AuditRow row;
        row.uuid = audit.value(QLatin1String("uuid")).toString();
        row.site = audit.value(QLatin1String("site")).toString();
        row.siteLabel = siteLabel(row.site, sites);
        row.startedText = dayText(audit.value(QLatin1String("startedAt")).toString());
        row.auditorText = audit.value(QLatin1String("auditorName"))
                              .toString(audit.value(QLatin1String("auditor")).toString());
        row.overall = overall.toDouble(0);
        row.overallText =
            overall.isDouble() ? percentText(overall) + QStringLiteral(" %") : QString();
        row.passed = audit.value(QLatin1String("passed")).toBool();
        row.criticalFailures = audit.value(QLatin1String("criticalFailures")).toInt();
        row.state = reviewStateOf(audit.value(QLatin1String("state")).toString());
        row.stateText = reviewStateText(row.state);
        row.modeText = self ? tr("Self-audit") : tr("Mystery shop");
        row.scriptId =
            audit.value(QLatin1String("script")).toObject().value(QLatin1String("id")).toString();
        rows << row;
    }
    return rows;
}

SiteLabels shortSiteLabels(const QHash<QString, QString> &names, const QStringList &storeIds)
{
    SiteLabels labels = names;
    QStringList common;
    bool first = true;
    for (const QString &id : storeIds) {
        const QStringList words = names.value(id).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (first) {
            common = words;
            first = false;
            continue;
        }
        int same = 0;
        while (same < common.size() && same < words.size() && common[same] == words[same])
            ++same;
        common = common.mid(0, same);
    }
    if (storeIds.size() < 2 || common.isEmpty())
        return labels;
    for (const QString &id : storeIds) {
        const QStringList words = names.value(id).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > common.size())
            labels.insert(id, words.mid(common.size()).join(QLatin1Char(' ')));
    }
    return labels;
}

QString dayText(const QString &isoTimestamp)
{
    const QDateTime when = QDateTime::fromString(isoTimestamp, Qt::ISODateWithMs);
    if (!when.isValid())
        return isoTimestamp;
    return QLocale().toString(when.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
}

QString dateText(const QString &isoDate)
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMM")) : isoDate;
}

QString reviewStateText(ReviewState state)
{
    switch (state) {
    case ReviewState::Submitted:
        return tr("Waiting for review");
    case ReviewState::Approved:
        return tr("Approved");
    case ReviewState::Rejected:
        return tr("Rejected");
    }
    return QString();
}

ReviewState reviewStateOf(const QString &name)
{
    return reviewStateFromName(name).value_or(ReviewState::Submitted);
}

} // namespace tp::ui::shapes
