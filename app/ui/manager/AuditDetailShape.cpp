#include "ui/manager/AuditDetailShape.h"

#include "ui/Labels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QStringList>

namespace tp::ui::shapes {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Touchpoint", text);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString answerText(const QJsonObject &answer)
{
    if (answer.value(QLatin1String("na")).toBool())
        return tr("N/A");
    const QJsonValue value = answer.value(QLatin1String("value"));
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble())
        return number(value.toDouble());
    if (value.isString())
        return value.toString().contains(QLatin1Char(' ')) ? value.toString()
                                                           : groupLabel(value.toString());
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts << groupLabel(part.toString());
        return parts.join(QStringLiteral(", "));
    }
    const int photos = answer.value(QLatin1String("photos")).toArray().size();
    if (photos > 0)
        return photos == 1 ? tr("1 photo") : tr("%1 photos").arg(photos);
    return QString();
}

QString resultText(const QString &result)
{
    if (result == QLatin1String("failed"))
        return tr("Failed");
    if (result == QLatin1String("low"))
        return tr("Low");
    if (result == QLatin1String("full"))
        return tr("Full marks");
    return QString();
}

QString checkInText(const QString &status)
{
    if (status == QLatin1String("verified"))
        return tr("Verified at the store");
    if (status == QLatin1String("no-fix"))
        return tr("No position fix");
    if (status == QLatin1String("poor-accuracy"))
        return tr("Position too inaccurate");
    if (status == QLatin1String("too-far"))
        return tr("Too far from the store");
    return status;
}

} // namespace

QString elapsedText(qint64 milliseconds)
{
    const qint64 seconds = milliseconds / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

AuditDetailData auditDetail(const QJsonObject &stored, const SiteLabels &sites)
{
    const QJsonObject audit = stored.value(QLatin1String("audit")).toObject();
    const QJsonObject score = stored.value(QLatin1String("score")).toObject();
    const QJsonObject answers = audit.value(QLatin1String("answers")).toObject();
    const QJsonObject script = audit.value(QLatin1String("script")).toObject();
    AuditDetailData detail;
    detail.state = reviewStateOf(stored.value(QLatin1String("state")).toString());
    detail.uuid = audit.value(QLatin1String("uuid")).toString();
    detail.site = audit.value(QLatin1String("site")).toString();
    detail.siteLabel = sites.value(detail.site, detail.site);
    detail.scriptId = script.value(QLatin1String("id")).toString();
    detail.scriptVersion = script.value(QLatin1String("version")).toInt();
    detail.scriptText =
        tr("%1, version %2").arg(groupLabel(detail.scriptId)).arg(detail.scriptVersion);

    QHash<QString, QString> sectionTitles;
    QHash<QString, QString> sectionDepartments;
    for (const QJsonValue &entry : score.value(QLatin1String("sections")).toArray()) {
        const QJsonObject section = entry.toObject();
        const QString id = section.value(QLatin1String("id")).toString();
        const QString title = section.value(QLatin1String("title")).toString(groupLabel(id));
        const QString department = section.value(QLatin1String("department")).toString();
        sectionTitles.insert(id, title);
        sectionDepartments.insert(id, department);
        const QJsonValue percent = section.value(QLatin1String("percent"));
        ChartRow row;
        row.key = id;
        row.label = title;
        row.detail = groupLabel(department);
        row.value = percent.toDouble(0);
        row.hasValue = percent.isDouble();
        row.text = percentText(percent);
        detail.sections << row;
    }

    // Items with an open action cannot get another one.
    QSet<QString> itemsWithOpenAction;
    for (const QJsonValue &entry : stored.value(QLatin1String("actions")).toArray()) {
        const ActionRow action = actionRow(entry.toObject(), sites);
        if (action.open)
            itemsWithOpenAction.insert(action.item);
        detail.actions << action;
    }

    for (const QJsonValue &entry : stored.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = entry.toObject();
        const QString result = item.value(QLatin1String("result")).toString();
        AuditItemRow row;
        row.item = item.value(QLatin1String("item")).toString();
        row.section = item.value(QLatin1String("section")).toString();
        const QJsonObject answer = answers.value(row.item).toObject();
        for (const QJsonValue &photo : answer.value(QLatin1String("photos")).toArray())
            detail.photos << photo.toString();
        const QJsonValue earned = item.value(QLatin1String("earned"));
        const QJsonValue possible = item.value(QLatin1String("possible"));
        row.sectionTitle = sectionTitles.value(row.section, groupLabel(row.section));
        row.department = sectionDepartments.value(row.section);
        row.prompt = item.value(QLatin1String("prompt")).toString();
        row.hidden = item.value(QLatin1String("state")).toString() == QLatin1String("hidden");
        row.critical = item.value(QLatin1String("critical")).toBool();
        row.answerText = answerText(answer);
        row.note = answer.value(QLatin1String("note")).toString();
        row.failed = result == QLatin1String("failed");
        row.low = result == QLatin1String("low");
        row.resultText = resultText(result);
        row.pointsText = earned.isDouble()
                             ? QStringLiteral("%1 / %2").arg(number(earned.toDouble()),
                                                             number(possible.toDouble()))
                             : QString();
        row.actionable = row.failed || row.low;
        row.canAct = row.actionable && detail.state == ReviewState::Approved &&
                     !itemsWithOpenAction.contains(row.item);
        detail.items << row;
    }

    for (const QJsonValue &entry : audit.value(QLatin1String("timeline")).toArray()) {
        const QJsonObject moment = entry.toObject();
        detail.timeline << LabelText{
            momentLabel(moment.value(QLatin1String("event")).toString()),
            elapsedText(qint64(moment.value(QLatin1String("elapsedMs")).toDouble()))};
    }

    const QJsonObject trust = stored.value(QLatin1String("trust")).toObject();
    const QJsonObject checkIn = trust.value(QLatin1String("checkIn")).toObject();
    QStringList checkInParts;
    if (!checkIn.isEmpty()) {
        checkInParts << checkInText(checkIn.value(QLatin1String("status")).toString());
        if (checkIn.value(QLatin1String("distanceMetres")).isDouble())
            checkInParts << tr("%1 m from the store")
                                .arg(QLocale().toString(
                                    checkIn.value(QLatin1String("distanceMetres")).toDouble(), 'f',
                                    0));
        if (checkIn.value(QLatin1String("accuracyMetres")).isDouble())
            checkInParts << tr("accuracy %1 m")
                                .arg(QLocale().toString(
                                    checkIn.value(QLatin1String("accuracyMetres")).toDouble(), 'f',
                                    0));
    }
    for (const QJsonValue &reason : trust.value(QLatin1String("reasons")).toArray())
        detail.trustReasons << reason.toString();
    const QJsonValue onSite = trust.value(QLatin1String("timeOnSiteSeconds"));

    const QJsonObject review = stored.value(QLatin1String("review")).toObject();
    if (!review.isEmpty()) {
        detail.reviewText =
            (review.value(QLatin1String("outcome")).toString() == QLatin1String("approved")
                 ? tr("Approved")
                 : tr("Rejected"));
        if (review.contains(QLatin1String("reviewedBy")))
            detail.reviewText +=
                tr(" by %1").arg(review.value(QLatin1String("reviewedBy")).toString());
        if (review.contains(QLatin1String("reviewedAt")))
            detail.reviewText +=
                tr(", %1").arg(dayText(review.value(QLatin1String("reviewedAt")).toString()));
        const QString reason = review.value(QLatin1String("reason")).toString();
        if (!reason.isEmpty())
            detail.reviewText += QStringLiteral(": ") + reason;
    }

    const QJsonValue overall = score.value(QLatin1String("overall"));
    const bool self = audit.value(QLatin1String("mode")).toString() == QLatin1String("self_audit");
    detail.modeText = self ? tr("Self-audit") : tr("Mystery shop");
    detail.auditorText = stored.value(QLatin1String("auditorName"))
                             .toString(audit.value(QLatin1String("auditor")).toString());
    detail.startedText = dayText(audit.value(QLatin1String("startedAt")).toString());
    detail.stateText = reviewStateText(detail.state);
    detail.overall = overall.toDouble(0);
    detail.overallText =
        overall.isDouble() ? percentText(overall) + QStringLiteral(" %") : tr("Not scored");
    detail.passed = score.value(QLatin1String("passed")).toBool();
    detail.criticalFailures = int(score.value(QLatin1String("criticalFailures")).toArray().size());
    detail.checkInText = checkInParts.join(QStringLiteral(" · "));
    detail.checkInVerified =
        checkIn.value(QLatin1String("status")).toString() == QLatin1String("verified");
    detail.trusted = trust.value(QLatin1String("trusted")).toBool(true);
    detail.timeOnSiteText =
        onSite.isDouble() ? elapsedText(qint64(onSite.toDouble() * 1000)) : QString();
    return detail;
}

} // namespace tp::ui::shapes
