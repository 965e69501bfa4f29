// The PDF of one audit (GET /api/v1/audits/{uuid}): what was audited and when, the score per
// touchpoint and department, every answer with its note, check-in and trust, the timeline.

#include "export/PdfExport.h"

#include "export/ExportText.h"
#include "export/PdfCanvas.h"

#include <QJsonArray>

namespace tp::exporting {

namespace {

QString clock(double seconds)
{
    const qint64 whole = qint64(seconds);
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString percentText(const QJsonValue &value)
{
    return value.isDouble() ? numberText(value) + QStringLiteral(" %") : QStringLiteral("n/a");
}

void scoreSection(PdfCanvas &pdf, const AuditView &audit)
{
    const QJsonObject &score = audit.score;
    pdf.heading(QStringLiteral("Score"), 2);
    QString summary =
        QStringLiteral("Overall: %1 (%2, pass mark %3)")
            .arg(percentText(audit.overall()),
                 score.value(QLatin1String("passed")).toBool() ? QStringLiteral("passed")
                                                               : QStringLiteral("not passed"),
                 numberText(score.value(QLatin1String("passMark"))));
    const QJsonArray critical = score.value(QLatin1String("criticalFailures")).toArray();
    if (!critical.isEmpty())
        summary += QStringLiteral(". Critical failures: ") + valueText(critical);
    const QJsonObject nps = score.value(QLatin1String("nps")).toObject();
    if (!nps.isEmpty())
        summary += QStringLiteral(". NPS answer: %1 (%2)")
                       .arg(numberText(nps.value(QLatin1String("value"))),
                            nps.value(QLatin1String("category")).toString());
    pdf.paragraph(summary);
    for (const char *kind : {"touchpoint", "department"}) {
        QList<QStringList> rows;
        for (const QJsonValue &group :
             score.value(QLatin1String(kind) + QLatin1String("s")).toArray())
            rows.append({group.toObject().value(QLatin1String(kind)).toString(),
                         percentText(group.toObject().value(QLatin1String("percent"))),
                         numberText(group.toObject().value(QLatin1String("weight")))});
        if (!rows.isEmpty())
            pdf.table({QLatin1String(kind) == QLatin1String("touchpoint")
                           ? QStringLiteral("Touchpoint")
                           : QStringLiteral("Department"),
                       QStringLiteral("Score"), QStringLiteral("Weight")},
                      rows, {0.5, 0.25, 0.25});
    }
}

void answersSection(PdfCanvas &pdf, const AuditView &audit)
{
    const QJsonObject answers = audit.body.value(QLatin1String("answers")).toObject();
    QList<QStringList> rows;
    QStringList listed;
    for (const QJsonValue &entry : audit.top.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = entry.toObject();
        const QString id = item.value(QLatin1String("item")).toString();
        const QString state = item.value(QLatin1String("state")).toString();
        if (state == QLatin1String("hidden"))
            continue;
        listed.append(id);
        const QJsonObject answer = answers.value(id).toObject();
        QString value = answer.value(QLatin1String("na")).toBool()
                            ? QStringLiteral("N/A")
                            : valueText(answer.value(QLatin1String("value")));
        const int photos = int(answer.value(QLatin1String("photos")).toArray().size());
        if (photos > 0)
            value += QStringLiteral(" [%1 photo(s)]").arg(photos);
        QString points;
        if (item.value(QLatin1String("possible")).isDouble())
            points = numberText(item.value(QLatin1String("earned"))) + QStringLiteral(" / ") +
                     numberText(item.value(QLatin1String("possible")));
        QString prompt = item.value(QLatin1String("prompt")).toString();
        if (prompt.isEmpty())
            prompt = id;
        if (item.value(QLatin1String("critical")).toBool())
            prompt += QStringLiteral(" (critical)");
        rows.append({prompt, value.trimmed(), points,
                     item.value(QLatin1String("result")).toString(),
                     answer.value(QLatin1String("note")).toString()});
    }
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        if (listed.contains(it.key()))
            continue;
        const QJsonObject answer = it.value().toObject();
        rows.append({it.key(), valueText(answer.value(QLatin1String("value"))), QString(),
                     QString(), answer.value(QLatin1String("note")).toString()});
    }
    pdf.heading(QStringLiteral("Answers"), 2);
    pdf.table({QStringLiteral("Item"), QStringLiteral("Answer"), QStringLiteral("Points"),
               QStringLiteral("Result"), QStringLiteral("Note")},
              rows, {0.32, 0.16, 0.1, 0.1, 0.32});
}

void trustSection(PdfCanvas &pdf, const AuditView &audit)
{
    pdf.heading(QStringLiteral("Check-in and trust"), 2);
    const QJsonObject checkIn = audit.body.value(QLatin1String("checkIn")).toObject();
    if (checkIn.isEmpty()) {
        pdf.paragraph(QStringLiteral("No check-in position."));
    } else {
        pdf.paragraph(QStringLiteral("Checked in at %1, %2 (accuracy %3 m) at %4")
                          .arg(numberText(checkIn.value(QLatin1String("latitude"))),
                               numberText(checkIn.value(QLatin1String("longitude"))),
                               numberText(checkIn.value(QLatin1String("accuracy"))),
                               checkIn.value(QLatin1String("at")).toString()));
    }
    const QJsonObject trust = audit.top.value(QLatin1String("trust")).toObject();
    if (trust.isEmpty())
        return;
    QString text = trust.value(QLatin1String("trusted")).toBool() ? QStringLiteral("Trusted.")
                                                                  : QStringLiteral("Not trusted.");
    const QJsonObject place = trust.value(QLatin1String("checkIn")).toObject();
    if (!place.isEmpty())
        text += QStringLiteral(" Check-in: %1, %2 m from the site.")
                    .arg(place.value(QLatin1String("status")).toString(),
                         numberText(place.value(QLatin1String("distanceMetres"))));
    const QJsonArray reasons = trust.value(QLatin1String("reasons")).toArray();
    if (!reasons.isEmpty())
        text += QStringLiteral(" Reasons: ") + valueText(reasons) + QLatin1Char('.');
    pdf.paragraph(text);
}

void timelineSection(PdfCanvas &pdf, const AuditView &audit)
{
    const QJsonArray timeline = audit.body.value(QLatin1String("timeline")).toArray();
    pdf.heading(QStringLiteral("Timeline"), 2);
    QList<QStringList> rows;
    for (const QJsonValue &entry : timeline) {
        const QJsonObject event = entry.toObject();
        rows.append({event.value(QLatin1String("event")).toString(),
                     clock(event.value(QLatin1String("elapsedMs")).toDouble() / 1000.0),
                     event.value(QLatin1String("at")).toString()});
    }
    if (rows.isEmpty())
        pdf.paragraph(QStringLiteral("No moments recorded."));
    else
        pdf.table({QStringLiteral("Moment"), QStringLiteral("Elapsed"), QStringLiteral("At")}, rows,
                  {0.4, 0.2, 0.4});
    QStringList metrics;
    const QJsonObject values = audit.score.value(QLatin1String("metrics")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.value().isDouble())
            metrics.append(QStringLiteral("%1 %2").arg(it.key(), numberText(it.value())));
    }
    if (!metrics.isEmpty())
        pdf.paragraph(QStringLiteral("Measured (seconds or counts): ") +
                      metrics.join(QLatin1String(", ")));
    const QJsonArray problems = audit.score.value(QLatin1String("timelineProblems")).toArray();
    if (!problems.isEmpty())
        pdf.paragraph(QStringLiteral("Timeline problems: ") + valueText(problems));
}

} // namespace

bool writeAuditPdf(const QJsonObject &json, const QString &fileName, QString *error)
{
    const AuditView audit(json);
    if (audit.uuid().isEmpty()) {
        if (error)
            *error = QStringLiteral("the audit has no uuid: not an audit as the API returns it");
        return false;
    }
    PdfCanvas pdf;
    if (!pdf.begin(fileName, QStringLiteral("Audit %1").arg(audit.uuid()), error))
        return false;
    const QString siteName = json.value(QLatin1String("siteName")).toString();
    pdf.heading(QStringLiteral("Audit of %1").arg(siteName.isEmpty() ? audit.site() : siteName));
    QStringList facts{
        QStringLiteral("Site: %1").arg(audit.site()),
        QStringLiteral("Script: %1 version %2").arg(audit.scriptId(), audit.scriptVersion()),
        QStringLiteral("Mode: %1").arg(audit.text("mode")),
        QStringLiteral("Auditor: %1").arg(audit.text("auditor")),
        QStringLiteral("Started: %1").arg(audit.text("startedAt")),
        QStringLiteral("Submitted: %1").arg(audit.text("submittedAt")),
        QStringLiteral("State: %1").arg(json.value(QLatin1String("state")).toString()),
        QStringLiteral("Audit %1").arg(audit.uuid())};
    const QString reason = json.value(QLatin1String("reviewReason")).toString();
    if (!reason.isEmpty())
        facts.append(QStringLiteral("Review: %1").arg(reason));
    pdf.paragraph(facts.join(QLatin1Char('\n')));
    scoreSection(pdf, audit);
    answersSection(pdf, audit);
    trustSection(pdf, audit);
    timelineSection(pdf, audit);
    return pdf.finish(error);
}

} // namespace tp::exporting
