#include "ui/ReportShapes.h"

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

QVariantMap valueRow(const QString &label, const QJsonValue &value)
{
    return {{QStringLiteral("label"), label},
            {QStringLiteral("value"), value.toDouble(0)},
            {QStringLiteral("hasValue"), value.isDouble()},
            {QStringLiteral("text"), percentText(value)}};
}

QVariantMap npsRow(const QString &label, const QJsonObject &count)
{
    const QJsonValue nps = count.value(QLatin1String("nps"));
    return {{QStringLiteral("label"), label},
            {QStringLiteral("value"), nps.toDouble(0)},
            {QStringLiteral("hasValue"), nps.isDouble()},
            {QStringLiteral("text"),
             nps.isDouble() ? QLocale().toString(nps.toDouble(), 'f', 0) : QStringLiteral("–")},
            {QStringLiteral("promoters"), count.value(QLatin1String("promoters")).toInt()},
            {QStringLiteral("passives"), count.value(QLatin1String("passives")).toInt()},
            {QStringLiteral("detractors"), count.value(QLatin1String("detractors")).toInt()},
            {QStringLiteral("answers"), count.value(QLatin1String("answers")).toInt()}};
}

} // namespace

QString percentText(const QJsonValue &value)
{
    return value.isDouble() ? QLocale().toString(value.toDouble(), 'f', 1) : QStringLiteral("–");
}

QVariantList rankingRows(const QJsonObject &ranking, const SiteLabels &sites)
{
    QVariantList rows;
    for (const QJsonValue &entry : ranking.value(QLatin1String("sites")).toArray()) {
        const QJsonObject site = entry.toObject();
        const QString id = site.value(QLatin1String("site")).toString();
        QVariantMap row =
            valueRow(siteLabel(id, sites, site.value(QLatin1String("name")).toString()),
                     site.value(QLatin1String("score")));
        row.insert(QStringLiteral("site"), id);
        row.insert(QStringLiteral("audits"), site.value(QLatin1String("audits")).toInt());
        row.insert(QStringLiteral("detail"),
                   tr("%n audit(s)", site.value(QLatin1String("audits")).toInt()));
        rows << row;
    }
    return rows;
}

QVariantList trendPoints(const QJsonObject &trend)
{
    const bool weekly = trend.value(QLatin1String("by")).toString() == QLatin1String("week");
    QVariantList points;
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
        QVariantMap row = valueRow(label, point.value(QLatin1String("score")));
        row.insert(QStringLiteral("period"), period);
        row.insert(QStringLiteral("audits"), point.value(QLatin1String("audits")).toInt());
        points << row;
    }
    return points;
}

QVariantList departmentRows(const QJsonObject &departments)
{
    QVariantList rows;
    for (const QJsonValue &entry : departments.value(QLatin1String("departments")).toArray()) {
        const QJsonObject department = entry.toObject();
        QVariantMap row =
            valueRow(groupLabel(department.value(QLatin1String("department")).toString()),
                     department.value(QLatin1String("score")));
        row.insert(QStringLiteral("audits"), department.value(QLatin1String("audits")).toInt());
        row.insert(QStringLiteral("detail"),
                   tr("%n audit(s)", department.value(QLatin1String("audits")).toInt()));
        rows << row;
    }
    return rows;
}

QVariantMap npsRows(const QJsonObject &nps, const SiteLabels &sites)
{
    QVariantList siteRows;
    for (const QJsonValue &entry : nps.value(QLatin1String("sites")).toArray()) {
        const QJsonObject count = entry.toObject();
        const QString id = count.value(QLatin1String("site")).toString();
        siteRows << npsRow(siteLabel(id, sites, count.value(QLatin1String("name")).toString()),
                           count);
    }
    QVariantList regionRows;
    for (const QJsonValue &entry : nps.value(QLatin1String("regions")).toArray()) {
        const QJsonObject count = entry.toObject();
        regionRows << npsRow(groupLabel(count.value(QLatin1String("region")).toString()), count);
    }
    return {{QStringLiteral("sites"), siteRows},
            {QStringLiteral("regions"), regionRows},
            {QStringLiteral("overall"),
             npsRow(tr("Overall"), nps.value(QLatin1String("overall")).toObject())}};
}

QVariantMap heatmapGrid(const QJsonObject &heatmap, const SiteLabels &sites)
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
    QVariantList columns;
    for (const QJsonValue &site : siteIds)
        columns << siteLabel(site.toString(), sites);
    QVariantList rows;
    for (const QJsonValue &touchpoint : touchpoints) {
        QVariantList rowCells;
        for (const QJsonValue &site : siteIds) {
            const QJsonObject cell =
                cells.value(touchpoint.toString() + QLatin1Char('|') + site.toString());
            const QJsonValue score = cell.value(QLatin1String("score"));
            rowCells << QVariantMap{
                {QStringLiteral("value"), score.toDouble(0)},
                {QStringLiteral("hasValue"), score.isDouble()},
                {QStringLiteral("text"), score.isDouble()
                                             ? QLocale().toString(score.toDouble(), 'f', 0)
                                             : QStringLiteral("–")},
                {QStringLiteral("audits"), cell.value(QLatin1String("audits")).toInt()}};
        }
        rows << QVariantMap{{QStringLiteral("label"), groupLabel(touchpoint.toString())},
                            {QStringLiteral("cells"), rowCells}};
    }
    return {{QStringLiteral("columns"), columns}, {QStringLiteral("rows"), rows}};
}

QVariantList consistencyRows(const QJsonObject &consistency)
{
    QVariantList rows;
    for (const QJsonValue &entry : consistency.value(QLatin1String("touchpoints")).toArray()) {
        const QJsonObject spread = entry.toObject();
        const QJsonValue sd = spread.value(QLatin1String("standardDeviation"));
        const double min = spread.value(QLatin1String("min")).toDouble();
        const double max = spread.value(QLatin1String("max")).toDouble();
        rows << QVariantMap{
            {QStringLiteral("label"),
             groupLabel(spread.value(QLatin1String("touchpoint")).toString())},
            {QStringLiteral("min"), min},
            {QStringLiteral("max"), max},
            {QStringLiteral("mean"), spread.value(QLatin1String("mean")).toDouble()},
            {QStringLiteral("sd"), sd.toDouble()},
            {QStringLiteral("sites"), spread.value(QLatin1String("sites")).toInt()},
            {QStringLiteral("text"),
             tr("%1–%2 · σ %3")
                 .arg(QLocale().toString(min, 'f', 0), QLocale().toString(max, 'f', 0),
                      sd.isDouble() ? QLocale().toString(sd.toDouble(), 'f', 1)
                                    : QStringLiteral("–"))}};
    }
    return rows;
}

QVariantMap actionRow(const QJsonObject &action, const SiteLabels &sites)
{
    const QJsonObject owner = action.value(QLatin1String("owner")).toObject();
    const QString ownerText =
        owner.contains(QLatin1String("department"))
            ? tr("%1 department")
                  .arg(groupLabel(owner.value(QLatin1String("department")).toString()))
            : owner.value(QLatin1String("displayName"))
                  .toString(owner.value(QLatin1String("user")).toString());
    const QString state = action.value(QLatin1String("state")).toString();
    const bool overdue = action.value(QLatin1String("overdue")).toBool();
    const QString outcome = action.value(QLatin1String("outcome")).toString();
    const QString due = action.value(QLatin1String("due")).toString();
    QString stateText;
    if (state == QLatin1String("done"))
        stateText = outcome == QLatin1String("kept") ? tr("Done on time") : tr("Done late");
    else
        stateText =
            overdue ? tr("Overdue since %1").arg(dateText(due)) : tr("Due %1").arg(dateText(due));
    return {
        {QStringLiteral("id"), action.value(QLatin1String("id")).toString()},
        {QStringLiteral("audit"), action.value(QLatin1String("audit")).toString()},
        {QStringLiteral("item"), action.value(QLatin1String("item")).toString()},
        {QStringLiteral("itemText"), groupLabel(action.value(QLatin1String("item")).toString())},
        {QStringLiteral("siteLabel"),
         siteLabel(action.value(QLatin1String("site")).toString(), sites)},
        {QStringLiteral("ownerText"), ownerText},
        {QStringLiteral("due"), due},
        {QStringLiteral("note"), action.value(QLatin1String("note")).toString()},
        {QStringLiteral("doneNote"), action.value(QLatin1String("doneNote")).toString()},
        {QStringLiteral("state"), state},
        {QStringLiteral("open"), state == QLatin1String("open")},
        {QStringLiteral("overdue"), overdue},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("stateText"), stateText}};
}

QVariantList actionRows(const QJsonArray &actions, const SiteLabels &sites)
{
    QVariantList rows;
    for (const QJsonValue &action : actions)
        rows << actionRow(action.toObject(), sites);
    return rows;
}

QVariantList promiseRows(const QJsonArray &summary, const SiteLabels &sites)
{
    QVariantList rows;
    for (const QJsonValue &entry : summary) {
        const QJsonObject site = entry.toObject();
        const QJsonValue percent = site.value(QLatin1String("keptPercent"));
        const QString id = site.value(QLatin1String("site")).toString();
        rows << QVariantMap{
            {QStringLiteral("site"), id},
            {QStringLiteral("label"),
             siteLabel(id, sites, site.value(QLatin1String("name")).toString())},
            {QStringLiteral("actions"), site.value(QLatin1String("actions")).toInt()},
            {QStringLiteral("open"), site.value(QLatin1String("open")).toInt()},
            {QStringLiteral("overdue"), site.value(QLatin1String("overdue")).toInt()},
            {QStringLiteral("kept"), site.value(QLatin1String("kept")).toInt()},
            {QStringLiteral("late"), site.value(QLatin1String("late")).toInt()},
            {QStringLiteral("broken"), site.value(QLatin1String("broken")).toInt()},
            {QStringLiteral("keptPercent"), percent.isDouble() ? percent.toDouble() : -1.0},
            {QStringLiteral("keptText"),
             percent.isDouble()
                 ? tr("%1 % kept").arg(QLocale().toString(percent.toDouble(), 'f', 0))
                 : tr("nothing due yet")}};
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

QVariantList phoneRows(const QJsonObject &phone, const SiteLabels &sites)
{
    QVariantList rows;
    for (const QJsonValue &entry : phone.value(QLatin1String("sites")).toArray()) {
        const QJsonObject line = entry.toObject();
        const QString id = line.value(QLatin1String("site")).toString();
        const double answer = measuredSeconds(line, "timeToAnswer");
        const double menus = measuredSeconds(line, "timeInMenus");
        const double hold = measuredSeconds(line, "holdTime");
        const QJsonValue transfers =
            line.value(QLatin1String("transfers")).toObject().value(QLatin1String("mean"));
        const QJsonValue rate = line.value(QLatin1String("firstContactResolution"))
                                    .toObject()
                                    .value(QLatin1String("rate"));
        rows << QVariantMap{
            {QStringLiteral("site"), id},
            {QStringLiteral("label"),
             siteLabel(id, sites, line.value(QLatin1String("name")).toString())},
            {QStringLiteral("calls"), line.value(QLatin1String("calls")).toInt()},
            {QStringLiteral("callsText"), callsText(line.value(QLatin1String("calls")).toInt())},
            {QStringLiteral("answer"), answer},
            {QStringLiteral("menus"), menus},
            {QStringLiteral("hold"), hold},
            {QStringLiteral("answerText"), secondsText(answer)},
            {QStringLiteral("menusText"), secondsText(menus)},
            {QStringLiteral("holdText"), secondsText(hold)},
            {QStringLiteral("transfers"), transfers.isDouble() ? transfers.toDouble() : -1.0},
            {QStringLiteral("transfersText"), transfers.isDouble()
                                                  ? QLocale().toString(transfers.toDouble(), 'f', 1)
                                                  : QStringLiteral("–")},
            {QStringLiteral("resolvedPercent"), rate.isDouble() ? rate.toDouble() : -1.0},
            {QStringLiteral("resolvedText"),
             rate.isDouble() ? tr("%1 %").arg(QLocale().toString(rate.toDouble(), 'f', 0))
                             : QStringLiteral("–")}};
    }
    return rows;
}

QVariantList executiveRows(const QJsonObject &executives, int lateDays)
{
    QVariantList rows;
    for (const QJsonValue &entry : executives.value(QLatin1String("executives")).toArray()) {
        const QJsonObject person = entry.toObject();
        const QString user = person.value(QLatin1String("user")).toString();
        const QJsonValue visit = person.value(QLatin1String("daysSinceSelfVisit"));
        const QJsonValue call = person.value(QLatin1String("daysSinceSelfCall"));
        rows << QVariantMap{
            {QStringLiteral("user"), user},
            {QStringLiteral("label"), person.value(QLatin1String("name")).toString(user)},
            {QStringLiteral("selfAudits"), person.value(QLatin1String("selfAudits")).toInt()},
            {QStringLiteral("visitDays"), visit.isDouble() ? visit.toInt() : -1},
            {QStringLiteral("callDays"), call.isDouble() ? call.toInt() : -1},
            {QStringLiteral("visitText"), daysAgoText(visit)},
            {QStringLiteral("callText"), daysAgoText(call)},
            {QStringLiteral("visitLate"), !visit.isDouble() || visit.toInt() > lateDays},
            {QStringLiteral("callLate"), !call.isDouble() || call.toInt() > lateDays}};
    }
    return rows;
}

QVariantList executiveGaps(const QJsonObject &executives, const SiteLabels &sites)
{
    QVariantList rows;
    for (const QJsonValue &entry : executives.value(QLatin1String("sites")).toArray()) {
        const QJsonObject site = entry.toObject();
        const QString id = site.value(QLatin1String("site")).toString();
        const QJsonValue gap = site.value(QLatin1String("gap"));
        const QJsonValue self = site.value(QLatin1String("selfScore"));
        const QJsonValue shopper = site.value(QLatin1String("shopperScore"));
        const auto whole = [](const QJsonValue &score) {
            return score.isDouble() ? QLocale().toString(score.toDouble(), 'f', 0)
                                    : QStringLiteral("–");
        };
        rows << QVariantMap{
            {QStringLiteral("site"), id},
            {QStringLiteral("label"),
             siteLabel(id, sites, site.value(QLatin1String("name")).toString())},
            {QStringLiteral("value"), gap.toDouble(0)},
            {QStringLiteral("hasValue"), gap.isDouble()},
            {QStringLiteral("text"), percentText(gap)},
            {QStringLiteral("detail"), tr("%1 vs %2").arg(whole(self), whole(shopper))},
            {QStringLiteral("selfScore"), self.toDouble(-1)},
            {QStringLiteral("shopperScore"), shopper.toDouble(-1)}};
    }
    return rows;
}

QVariantList auditRows(const QJsonArray &audits, const SiteLabels &sites)
{
    QVariantList rows;
    for (const QJsonValue &entry : audits) {
        const QJsonObject audit = entry.toObject();
        const QJsonValue overall = audit.value(QLatin1String("overall"));
        const QString state = audit.value(QLatin1String("state")).toString();
        const bool self =
            audit.value(QLatin1String("mode")).toString() == QLatin1String("self_audit");
        rows << QVariantMap{
            {QStringLiteral("uuid"), audit.value(QLatin1String("uuid")).toString()},
            {QStringLiteral("site"), audit.value(QLatin1String("site")).toString()},
            {QStringLiteral("siteLabel"),
             siteLabel(audit.value(QLatin1String("site")).toString(), sites)},
            {QStringLiteral("startedText"),
             dayText(audit.value(QLatin1String("startedAt")).toString())},
            {QStringLiteral("auditorText"),
             audit.value(QLatin1String("auditorName"))
                 .toString(audit.value(QLatin1String("auditor")).toString())},
            {QStringLiteral("overall"), overall.toDouble(0)},
            {QStringLiteral("overallText"),
             overall.isDouble() ? percentText(overall) + QStringLiteral(" %") : QString()},
            {QStringLiteral("passed"), audit.value(QLatin1String("passed")).toBool()},
            {QStringLiteral("criticalFailures"),
             audit.value(QLatin1String("criticalFailures")).toInt()},
            {QStringLiteral("state"), state},
            {QStringLiteral("stateText"), reviewStateText(state)},
            {QStringLiteral("modeText"), self ? tr("Self-audit") : tr("Mystery shop")}};
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

QString reviewStateText(const QString &state)
{
    if (state == QLatin1String("submitted"))
        return tr("Waiting for review");
    if (state == QLatin1String("approved"))
        return tr("Approved");
    if (state == QLatin1String("rejected"))
        return tr("Rejected");
    return state;
}

} // namespace tp::ui::shapes
