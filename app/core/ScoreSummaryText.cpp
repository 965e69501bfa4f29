// The score summary JSON written directly: the bytes of
// QJsonDocument(scoreToJson(script, score, ScoreDetail::Summary)).toJson(Compact), members in
// QJsonObject's sorted order. The server stores it with every audit and sends it in the receipt;
// building it through QJsonObject cost as much as storing the audit's answer rows.

#include "core/JsonText.h"
#include "core/JsonWriters.h"

#include <algorithm>

namespace tp {

namespace {

using namespace jsontext;

void appendCenti(QByteArray &out, std::optional<Centi> value)
{
    if (value)
        appendNumber(out, centiToDouble(*value));
    else
        out += "null";
}

void appendPaths(QByteArray &out, const Script &script, const QList<int> &indexes)
{
    out += '[';
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, script.itemPath(indexes[i]));
    }
    out += ']';
}

// Touchpoints {"percent","touchpoint","weight"}, departments {"department","percent","weight"}.
void appendGroups(QByteArray &out, const QList<GroupScore> &groups, const char *nameKey)
{
    const bool nameFirst = qstrcmp(nameKey, "percent") < 0;
    out += '[';
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const GroupScore &group = groups[i];
        if (i)
            out += ',';
        bool first = true;
        out += '{';
        if (nameFirst) {
            appendMemberName(out, nameKey, &first);
            appendString(out, group.name);
        }
        appendMemberName(out, "percent", &first);
        appendCenti(out, group.percent);
        if (!nameFirst) {
            appendMemberName(out, nameKey, &first);
            appendString(out, group.name);
        }
        appendMemberName(out, "weight", &first);
        appendNumber(out, centiToDouble(group.weight));
        out += '}';
    }
    out += ']';
}

void appendSections(QByteArray &out, const Script &script, const QList<SectionScore> &sections)
{
    out += '[';
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const SectionScore &section = sections[i];
        const Section &definition = script.sections[section.section];
        if (i)
            out += ',';
        bool first = true;
        out += '{';
        appendMemberName(out, "department", &first);
        appendString(out, definition.department);
        appendMemberName(out, "earned", &first);
        appendNumber(out, centiToDouble(section.earned));
        appendMemberName(out, "id", &first);
        appendString(out, definition.id);
        appendMemberName(out, "percent", &first);
        appendCenti(out, section.percent);
        appendMemberName(out, "possible", &first);
        appendNumber(out, centiToDouble(section.possible));
        appendMemberName(out, "title", &first);
        appendString(out, definition.title);
        appendMemberName(out, "touchpoint", &first);
        appendString(out, definition.touchpoint);
        appendMemberName(out, "weight", &first);
        appendNumber(out, centiToDouble(definition.weight));
        out += '}';
    }
    out += ']';
}

void appendMetrics(QByteArray &out, const Script &script, const MetricValues &values)
{
    QList<QPair<QString, std::optional<double>>> metrics;
    for (Metric metric : metricsOf(script.channel))
        metrics.append({metricName(metric), values[int(metric)]});
    std::sort(metrics.begin(), metrics.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    out += '{';
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, metrics[i].first);
        out += ':';
        if (metrics[i].second)
            appendNumber(out, *metrics[i].second);
        else
            out += "null";
    }
    out += '}';
}

} // namespace

QByteArray scoreSummaryJson(const Script &script, const ScoreResult &score)
{
    QByteArray out;
    out.reserve(1024);
    bool first = true;
    out += '{';
    appendMemberName(out, "complete", &first);
    out += score.complete() ? "true" : "false";
    appendMemberName(out, "criticalFailures", &first);
    appendPaths(out, script, score.criticalFailures);
    appendMemberName(out, "departments", &first);
    appendGroups(out, score.departments, "department");
    appendMemberName(out, "metrics", &first);
    appendMetrics(out, script, score.metrics);
    appendMemberName(out, "missingRequired", &first);
    appendPaths(out, script, score.missingRequired);
    appendMemberName(out, "nps", &first);
    if (score.nps) {
        out += "{\"category\":";
        appendString(out, npsCategoryName(npsCategory(*score.nps)));
        out += ",\"value\":";
        appendInteger(out, *score.nps);
        out += '}';
    } else {
        out += "null";
    }
    appendMemberName(out, "overall", &first);
    appendCenti(out, score.overall);
    appendMemberName(out, "passMark", &first);
    appendNumber(out, centiToDouble(script.passMark));
    appendMemberName(out, "passed", &first);
    out += score.passed ? "true" : "false";
    appendMemberName(out, "script", &first);
    out += "{\"id\":";
    appendString(out, script.id);
    out += ",\"version\":";
    appendInteger(out, script.version);
    out += '}';
    appendMemberName(out, "sections", &first);
    appendSections(out, script, score.sections);
    appendMemberName(out, "timelineProblems", &first);
    appendStrings(out, score.timelineProblems);
    appendMemberName(out, "touchpoints", &first);
    appendGroups(out, score.touchpoints, "touchpoint");
    appendMemberName(out, "uncapped", &first);
    appendCenti(out, score.uncapped);
    out += '}';
    return out;
}

} // namespace tp
