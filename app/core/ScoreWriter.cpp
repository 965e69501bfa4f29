#include "core/JsonWriters.h"

#include <QJsonArray>

namespace tp {

namespace {

QJsonArray itemPaths(const Script &script, const QList<int> &indexes)
{
    QJsonArray paths;
    for (int index : indexes)
        paths.append(script.itemPath(index));
    return paths;
}

QJsonArray groupsToJson(const QList<GroupScore> &groups, const QString &key)
{
    QJsonArray array;
    for (const GroupScore &group : groups)
        array.append(QJsonObject{{key, group.name},
                                 {QStringLiteral("percent"), centiToJson(group.percent)},
                                 {QStringLiteral("weight"), centiToDouble(group.weight)}});
    return array;
}

} // namespace

QJsonObject scoreToJson(const Script &script, const ScoreResult &score, ScoreDetail detail)
{
    QJsonArray sections;
    for (const SectionScore &section : score.sections) {
        const Section &definition = script.sections[section.section];
        sections.append(QJsonObject{{QStringLiteral("id"), definition.id},
                                    {QStringLiteral("title"), definition.title},
                                    {QStringLiteral("touchpoint"), definition.touchpoint},
                                    {QStringLiteral("department"), definition.department},
                                    {QStringLiteral("weight"), centiToDouble(definition.weight)},
                                    {QStringLiteral("earned"), centiToDouble(section.earned)},
                                    {QStringLiteral("possible"), centiToDouble(section.possible)},
                                    {QStringLiteral("percent"), centiToJson(section.percent)}});
    }
    QJsonObject metrics;
    for (Metric metric : metricsOf(script.channel)) {
        const auto &value = score.metrics[int(metric)];
        metrics.insert(metricName(metric),
                       value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
    }
    QJsonValue nps(QJsonValue::Null);
    if (score.nps)
        nps = QJsonObject{{QStringLiteral("value"), *score.nps},
                          {QStringLiteral("category"), npsCategoryName(npsCategory(*score.nps))}};

    QJsonObject result{
        {QStringLiteral("script"), QJsonObject{{QStringLiteral("id"), script.id},
                                               {QStringLiteral("version"), script.version}}},
        {QStringLiteral("overall"), centiToJson(score.overall)},
        {QStringLiteral("uncapped"), centiToJson(score.uncapped)},
        {QStringLiteral("passMark"), centiToDouble(script.passMark)},
        {QStringLiteral("passed"), score.passed},
        {QStringLiteral("complete"), score.complete()},
        {QStringLiteral("criticalFailures"), itemPaths(script, score.criticalFailures)},
        {QStringLiteral("missingRequired"), itemPaths(script, score.missingRequired)},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("touchpoints"),
         groupsToJson(score.touchpoints, QStringLiteral("touchpoint"))},
        {QStringLiteral("departments"),
         groupsToJson(score.departments, QStringLiteral("department"))},
        {QStringLiteral("nps"), nps},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("timelineProblems"), QJsonArray::fromStringList(score.timelineProblems)},
    };
    if (detail == ScoreDetail::WithItems) {
        QJsonArray items;
        for (const ItemScore &item : score.items) {
            QJsonObject object{{QStringLiteral("item"), script.itemPath(item.item)},
                               {QStringLiteral("state"), itemStateName(item.state)}};
            if (item.state == ItemState::Scored || item.state == ItemState::Unscored) {
                if (!item.value.isUndefined() && !item.value.isNull())
                    object.insert(QStringLiteral("value"), item.value);
                if (item.state == ItemState::Scored) {
                    object.insert(QStringLiteral("earned"), centiToDouble(item.earned));
                    object.insert(QStringLiteral("possible"), centiToDouble(item.possible));
                }
            }
            items.append(object);
        }
        result.insert(QStringLiteral("items"), items);
    }
    return result;
}

} // namespace tp
