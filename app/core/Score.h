#pragma once

#include "core/Audit.h"
#include "core/Metric.h"
#include "core/Script.h"

namespace tp {

enum class ItemState
{
    Scored,   // answered, earns points out of a non-zero maximum
    Unscored, // answered, but the item carries no points (text, photo, unbanded numbers)
    NotApplicable,
    Hidden, // its showIf condition is not met
    Unanswered,
};

struct ItemScore
{
    int item = -1; // index into Script::items
    ItemState state = ItemState::Unanswered;
    QJsonValue value; // the value scored (from the answer, or from the timeline)
    Centi earned = 0;
    Centi possible = 0;
};

struct SectionScore
{
    int section = -1;
    Centi earned = 0;
    Centi possible = 0;
    std::optional<Centi> percent; // empty when nothing in the section could be scored
};

// A touchpoint or a department: the weighted mean of its sections' percentages.
struct GroupScore
{
    QString name;
    std::optional<Centi> percent;
    Centi weight = 0; // total weight of the sections that count
};

enum class NpsCategory
{
    Detractor,
    Passive,
    Promoter
};

struct ScoreResult
{
    std::optional<Centi> overall;  // after the critical cap; empty when nothing could be scored
    std::optional<Centi> uncapped; // before the critical cap
    bool passed = false;
    QList<int> criticalFailures; // item indexes
    QList<int> missingRequired;  // item indexes: shown, required, neither answered nor N/A
    QList<ItemScore> items;      // one per script item, in script order
    QList<SectionScore> sections;
    QList<GroupScore> touchpoints;
    QList<GroupScore> departments;
    std::optional<int> nps;
    MetricValues metrics;
    QStringList timelineProblems;

    bool complete() const { return missingRequired.isEmpty(); }
};

// Scores an audit with the rules of docs/scoring.md. Values of the wrong type (possible only
// in an audit that checkAudit() rejected) count as unanswered; nothing here can crash.
ScoreResult scoreAudit(const Script &script, const Audit &audit);

NpsCategory npsCategory(int value);
QString npsCategoryName(NpsCategory category);
QString itemStateName(ItemState state);

} // namespace tp
