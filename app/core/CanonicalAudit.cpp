// The canonical audit JSON written directly: the bytes QJsonDocument(auditToJson(audit)) writes
// in compact form (members in QJsonObject's sorted order), at a tenth of the cost. It is the
// largest single step of the server's intake otherwise.

#include "core/JsonText.h"
#include "core/JsonWriters.h"

#include <algorithm>

namespace tp {

namespace {

using namespace jsontext;

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

void appendAnswer(QByteArray &out, const Answer &answer)
{
    bool first = true;
    out += '{';
    if (!answer.answeredAt.isEmpty()) {
        appendMemberName(out, "answeredAt", &first);
        appendString(out, answer.answeredAt);
    }
    if (answer.notApplicable) {
        appendMemberName(out, "na", &first);
        out += "true";
    }
    if (!answer.note.isEmpty()) {
        appendMemberName(out, "note", &first);
        appendString(out, answer.note);
    }
    if (!answer.photos.isEmpty()) {
        appendMemberName(out, "photos", &first);
        appendStrings(out, answer.photos);
    }
    if (!answer.value.isUndefined()) {
        appendMemberName(out, "value", &first);
        appendValue(out, answer.value);
    }
    out += '}';
}

void appendTimeline(QByteArray &out, const QList<TimelineEvent> &timeline)
{
    out += '[';
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const TimelineEvent &event = timeline[i];
        if (i)
            out += ',';
        bool first = true;
        out += '{';
        if (!event.at.isEmpty()) {
            appendMemberName(out, "at", &first);
            appendString(out, event.at);
        }
        appendMemberName(out, "elapsedMs", &first);
        appendNumber(out, double(event.elapsedMs)); // auditToJson holds it as a double too
        appendMemberName(out, "event", &first);
        appendString(out, event.event);
        out += '}';
    }
    out += ']';
}

void appendCheckIn(QByteArray &out, const CheckIn &checkIn)
{
    bool first = true;
    out += '{';
    if (checkIn.accuracy) {
        appendMemberName(out, "accuracy", &first);
        appendNumber(out, *checkIn.accuracy);
    }
    if (!checkIn.at.isEmpty()) {
        appendMemberName(out, "at", &first);
        appendString(out, checkIn.at);
    }
    appendMemberName(out, "latitude", &first);
    appendNumber(out, checkIn.latitude);
    appendMemberName(out, "longitude", &first);
    appendNumber(out, checkIn.longitude);
    out += '}';
}

} // namespace

bool writeCanonicalAudit(const Audit &audit, QByteArray *json)
{
    QStringList ids = audit.answers.keys();
    if (!std::all_of(ids.cbegin(), ids.cend(), isAscii))
        return false;
    std::sort(ids.begin(), ids.end()); // for ASCII, QJsonObject's order is the bytes' order

    QByteArray &out = *json;
    out.clear();
    out.reserve(256 + 96 * ids.size());
    bool first = true;
    out += '{';
    appendMemberName(out, "answers", &first);
    out += '{';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, ids[i]);
        out += ':';
        appendAnswer(out, audit.answers[ids[i]]);
    }
    out += '}';
    if (!audit.assignment.isEmpty()) {
        appendMemberName(out, "assignment", &first);
        appendString(out, audit.assignment);
    }
    appendMemberName(out, "auditor", &first);
    appendString(out, audit.auditor);
    if (audit.checkIn) {
        appendMemberName(out, "checkIn", &first);
        appendCheckIn(out, *audit.checkIn);
    }
    appendMemberName(out, "mode", &first);
    appendString(out, auditModeName(audit.mode));
    appendMemberName(out, "script", &first);
    out += "{\"id\":";
    appendString(out, audit.scriptId);
    out += ",\"version\":";
    appendInteger(out, audit.scriptVersion);
    out += '}';
    appendMemberName(out, "site", &first);
    appendString(out, audit.site);
    appendMemberName(out, "startedAt", &first);
    appendString(out, audit.startedAt);
    if (!audit.submittedAt.isEmpty()) {
        appendMemberName(out, "submittedAt", &first);
        appendString(out, audit.submittedAt);
    }
    appendMemberName(out, "timeline", &first);
    appendTimeline(out, audit.timeline);
    appendMemberName(out, "uuid", &first);
    appendString(out, audit.uuid);
    out += '}';
    return true;
}

} // namespace tp
