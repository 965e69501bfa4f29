#include "core/Score.h"
#include "core/Timeline.h"

#include <cmath>

namespace tp {

namespace {

std::optional<double> numberOf(const QJsonValue &value, bool integer)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || (integer && number != std::floor(number)))
        return std::nullopt;
    return number;
}

std::optional<Centi> bandPoints(const Item &item, double value)
{
    for (const Band &band : item.bands) {
        if (band.contains(value))
            return band.points;
    }
    return std::nullopt;
}

// The points the value earns, or nothing when the value does not fit the item.
std::optional<Centi> earnedFor(const Item &item, const QJsonValue &value)
{
    switch (item.type) {
    case ItemType::YesNo:
        if (!value.isBool())
            return std::nullopt;
        return value.toBool() == item.goodAnswer ? item.pointsOrDefault() : 0;
    case ItemType::Choice: {
        const int option = value.isString() ? item.optionIndex(value.toString()) : -1;
        if (option < 0)
            return std::nullopt;
        return item.options[option].points;
    }
    case ItemType::Checklist: {
        if (!value.isArray())
            return std::nullopt;
        Centi sum = 0;
        QList<int> seen;
        for (const QJsonValue &entry : value.toArray()) {
            const int option = entry.isString() ? item.optionIndex(entry.toString()) : -1;
            if (option < 0)
                return std::nullopt;
            if (!seen.contains(option)) {
                seen.append(option);
                sum += item.options[option].points;
            }
        }
        return sum;
    }
    case ItemType::Text:
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return std::nullopt;
        return 0;
    case ItemType::Photo:
        return std::nullopt; // a photo item is answered by its photos, handled by the caller
    default:
        break;
    }
    const auto number = numberOf(value, isIntegerType(item.type));
    if (!number)
        return std::nullopt;
    if ((item.min && *number < *item.min) || (item.max && *number > *item.max))
        return std::nullopt;
    if (item.type == ItemType::Nps && (*number < 0 || *number > 10))
        return std::nullopt;
    if ((item.type == ItemType::Count || item.type == ItemType::Duration) && *number < 0)
        return std::nullopt;
    if (!item.bands.isEmpty())
        return bandPoints(item, *number);
    if (item.type == ItemType::Scale) {
        const qint64 steps = qint64(*item.max - *item.min);
        return divideRoundHalfUp(item.pointsOrDefault() * qint64(*number - *item.min), steps);
    }
    return 0;
}

bool conditionMatches(const Condition &condition, const QJsonValue &value)
{
    const auto equal = [&value](const QJsonValue &expected) {
        if (value.isArray())
            return value.toArray().contains(expected); // checklist: the option was ticked
        if (value.isDouble() && expected.isDouble())
            return value.toDouble() == expected.toDouble();
        return value == expected;
    };
    switch (condition.op) {
    case ConditionOperator::Equals:
    case ConditionOperator::OneOf:
        for (const QJsonValue &expected : condition.values) {
            if (equal(expected))
                return true;
        }
        return false;
    case ConditionOperator::Above:
        return value.isDouble() && value.toDouble() > condition.threshold;
    case ConditionOperator::Below:
        return value.isDouble() && value.toDouble() < condition.threshold;
    }
    return false;
}

bool isAnswered(ItemState state)
{
    return state == ItemState::Scored || state == ItemState::Unscored;
}

void addGroup(QList<GroupScore> &groups, const QString &name, const SectionScore &section,
              Centi weight)
{
    for (GroupScore &group : groups) {
        if (group.name == name) {
            if (section.percent) {
                group.percent = group.percent.value_or(0) + *section.percent * weight;
                group.weight += weight;
            }
            return;
        }
    }
    GroupScore group;
    group.name = name;
    if (section.percent) {
        group.percent = *section.percent * weight;
        group.weight = weight;
    }
    groups.append(group);
}

// Turns the weighted sums that addGroup() accumulated into weighted means.
void finishGroups(QList<GroupScore> &groups)
{
    for (GroupScore &group : groups) {
        if (group.percent)
            group.percent = divideRoundHalfUp(*group.percent, group.weight);
    }
}

} // namespace

NpsCategory npsCategory(int value)
{
    if (value >= 9)
        return NpsCategory::Promoter;
    if (value >= 7)
        return NpsCategory::Passive;
    return NpsCategory::Detractor;
}

QString npsCategoryName(NpsCategory category)
{
    switch (category) {
    case NpsCategory::Promoter:
        return QStringLiteral("promoter");
    case NpsCategory::Passive:
        return QStringLiteral("passive");
    case NpsCategory::Detractor:
        break;
    }
    return QStringLiteral("detractor");
}

QString itemStateName(ItemState state)
{
    switch (state) {
    case ItemState::Scored:
        return QStringLiteral("scored");
    case ItemState::Unscored:
        return QStringLiteral("unscored");
    case ItemState::NotApplicable:
        return QStringLiteral("na");
    case ItemState::Hidden:
        return QStringLiteral("hidden");
    case ItemState::Unanswered:
        break;
    }
    return QStringLiteral("unanswered");
}

ScoreResult scoreAudit(const Script &script, const Audit &audit)
{
    ScoreResult result;
    TimelineResult timeline = computeTimeline(script.channel, audit.timeline);
    result.metrics = timeline.values;
    result.timelineProblems = std::move(timeline.problems);

    result.items.resize(script.items.size());
    result.sections.resize(script.sections.size());
    for (int s = 0; s < script.sections.size(); ++s)
        result.sections[s].section = s;

    for (int i = 0; i < script.items.size(); ++i) {
        const Item &item = script.items[i];
        ItemScore &score = result.items[i];
        score.item = i;
        if (item.showIf) {
            const int source = item.showIf->sourceIndex;
            const bool shown = source >= 0 && source < i &&
                               isAnswered(result.items[source].state) &&
                               conditionMatches(*item.showIf, result.items[source].value);
            if (!shown) {
                score.state = ItemState::Hidden;
                continue;
            }
        }
        const auto answer = audit.answers.constFind(item.id);
        const bool hasAnswer = answer != audit.answers.cend();
        if (hasAnswer && answer->notApplicable) {
            score.state = item.allowNA ? ItemState::NotApplicable : ItemState::Unanswered;
        } else if (item.type == ItemType::Photo) {
            score.state = hasAnswer && !answer->photos.isEmpty() ? ItemState::Unscored
                                                                 : ItemState::Unanswered;
        } else {
            QJsonValue value = hasAnswer ? answer->value : QJsonValue(QJsonValue::Undefined);
            if ((value.isUndefined() || value.isNull()) && item.metric) {
                if (const auto measured = result.metrics[int(*item.metric)])
                    value = *measured;
            }
            const auto earned = earnedFor(item, value);
            if (earned) {
                score.value = value;
                score.earned = *earned;
                score.possible = item.possible;
                score.state = item.possible > 0 ? ItemState::Scored : ItemState::Unscored;
            } else {
                score.state = ItemState::Unanswered;
            }
        }

        // A critical item must be answered (or N/A where allowed): leaving it blank cannot be a
        // way around the cap.
        if (score.state == ItemState::Unanswered && (item.required || item.critical))
            result.missingRequired.append(i);
        if (score.state == ItemState::Scored) {
            SectionScore &section = result.sections[item.sectionIndex];
            section.earned += score.earned;
            section.possible += score.possible;
            if (item.critical && score.earned < score.possible)
                result.criticalFailures.append(i);
        }
    }

    Centi weightedSum = 0;
    Centi totalWeight = 0;
    for (int s = 0; s < script.sections.size(); ++s) {
        SectionScore &section = result.sections[s];
        const Section &definition = script.sections[s];
        if (section.possible > 0) {
            section.percent = divideRoundHalfUp(section.earned * kFullPercent, section.possible);
            weightedSum += *section.percent * definition.weight;
            totalWeight += definition.weight;
        }
        addGroup(result.touchpoints, definition.touchpoint, section, definition.weight);
        addGroup(result.departments, definition.department, section, definition.weight);
    }
    finishGroups(result.touchpoints);
    finishGroups(result.departments);

    if (totalWeight > 0) {
        result.uncapped = divideRoundHalfUp(weightedSum, totalWeight);
        result.overall = result.criticalFailures.isEmpty()
                             ? *result.uncapped
                             : std::min(*result.uncapped, script.criticalCap);
        result.passed = *result.overall >= script.passMark;
    }

    if (script.npsItem >= 0 && isAnswered(result.items[script.npsItem].state))
        result.nps = int(result.items[script.npsItem].value.toDouble());
    return result;
}

} // namespace tp
