// Resolves each item's showIf reference and reports references the app could never evaluate.

#include "core/ScriptLoaderParts.h"

#include <cmath>

namespace tp::detail {

namespace {

QString describeValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    return QLatin1Char('"') + value.toString().left(80) + QLatin1Char('"');
}

// The values a numeric item can take.
std::pair<double, double> valueRange(const Item &source)
{
    if (source.type == ItemType::Nps)
        return {0, 10};
    const bool nonNegative = source.type == ItemType::Count || source.type == ItemType::Duration;
    return {nonNegative ? 0 : source.min.value_or(-qInf()), source.max.value_or(qInf())};
}

// Whether the source item can ever take `value`; otherwise a message saying why not.
QString valueProblem(const Item &source, const QJsonValue &value)
{
    switch (source.type) {
    case ItemType::YesNo:
        if (!value.isBool())
            return QStringLiteral("%1 answers yes or no, so it can never equal %2")
                .arg(source.id, describeValue(value));
        return {};
    case ItemType::Choice:
    case ItemType::Checklist:
        if (!value.isString())
            return QStringLiteral("%1 answers with option ids, so it can never equal %2")
                .arg(source.id, describeValue(value));
        if (source.optionIndex(value.toString()) < 0)
            return QStringLiteral("%1 has no option %2").arg(source.id, describeValue(value));
        return {};
    default:
        break;
    }
    if (!value.isDouble())
        return QStringLiteral("%1 answers a number, so it can never equal %2")
            .arg(source.id, describeValue(value));
    const double number = value.toDouble();
    const auto [low, high] = valueRange(source);
    if (number < low || number > high)
        return QStringLiteral("%1 can never be %2").arg(source.id, describeValue(value));
    if (isIntegerType(source.type) && number != std::floor(number))
        return QStringLiteral("%1 answers a whole number, so it can never equal %2")
            .arg(source.id, describeValue(value));
    return {};
}

void checkOperatorFits(const Script &script, int index, Issues &issues)
{
    const Item &item = script.items[index];
    const Condition &condition = *item.showIf;
    const Item &source = script.items[condition.sourceIndex];
    const QString path = script.itemPath(index) + QStringLiteral("/showIf");
    if (source.type == ItemType::Text || source.type == ItemType::Photo) {
        issues.append({path, QStringLiteral("condition_invalid_source"),
                       QStringLiteral("a condition cannot depend on %1, a %2 item")
                           .arg(source.id, itemTypeName(source.type))});
        return;
    }
    const bool ordering =
        condition.op == ConditionOperator::Above || condition.op == ConditionOperator::Below;
    if (ordering) {
        if (!isNumericType(source.type))
            issues.append(
                {path, QStringLiteral("condition_value"),
                 QStringLiteral("'above' and 'below' need a numeric item; %1 is a %2 item")
                     .arg(source.id, itemTypeName(source.type))});
        const auto [low, high] = valueRange(source);
        const bool above = condition.op == ConditionOperator::Above;
        if (isNumericType(source.type) &&
            (above ? condition.threshold >= high : condition.threshold <= low))
            issues.append(
                {path, QStringLiteral("condition_value"),
                 QStringLiteral("%1 can never be %2 %3, so the item would never show")
                     .arg(source.id, above ? QStringLiteral("above") : QStringLiteral("below"),
                          formatNumber(condition.threshold))});
        return;
    }
    for (const QJsonValue &value : condition.values) {
        const QString problem = valueProblem(source, value);
        if (!problem.isEmpty())
            issues.append({path, QStringLiteral("condition_value"), problem});
    }
}

} // namespace

void resolveConditions(Script &script, const QSet<QString> &unusableIds, Issues &issues)
{
    const int count = int(script.items.size());
    // Every item has at most one source, so the references form a functional graph: following
    // them from any item either ends or enters a cycle.
    for (int i = 0; i < count; ++i) {
        Item &item = script.items[i];
        if (!item.showIf || item.showIf->itemId.isEmpty())
            continue;
        const auto source = script.itemIndex.constFind(item.showIf->itemId);
        if (source == script.itemIndex.cend()) {
            if (!unusableIds.contains(item.showIf->itemId))
                issues.append(
                    {script.itemPath(i) + QStringLiteral("/showIf"),
                     QStringLiteral("condition_unknown_item"),
                     QStringLiteral("depends on unknown item \"%1\"").arg(item.showIf->itemId)});
            continue;
        }
        item.showIf->sourceIndex = *source;
    }

    QList<int> state(count, 0); // 0 unvisited, 1 on the current path, 2 done
    QList<bool> inCycle(count, false);
    for (int start = 0; start < count; ++start) {
        QList<int> path;
        int node = start;
        while (node >= 0 && state[node] == 0) {
            state[node] = 1;
            path.append(node);
            const auto &condition = script.items[node].showIf;
            node = condition ? condition->sourceIndex : -1;
        }
        if (node >= 0 && state[node] == 1) {
            const int cycleStart = int(path.indexOf(node));
            QStringList names;
            int first = node;
            for (int k = cycleStart; k < path.size(); ++k) {
                names.append(script.items[path[k]].id);
                inCycle[path[k]] = true;
                first = std::min(first, path[k]);
            }
            names.append(script.items[node].id);
            issues.append({script.itemPath(first) + QStringLiteral("/showIf"),
                           QStringLiteral("condition_cycle"),
                           QStringLiteral("conditions form a cycle: %1")
                               .arg(names.join(QStringLiteral(" -> ")))});
        }
        for (int visited : std::as_const(path))
            state[visited] = 2;
    }

    for (int i = 0; i < count; ++i) {
        const Item &item = script.items[i];
        if (!item.showIf || item.showIf->sourceIndex < 0 || inCycle[i])
            continue;
        if (item.showIf->sourceIndex > i) {
            issues.append({script.itemPath(i) + QStringLiteral("/showIf"),
                           QStringLiteral("condition_later_item"),
                           QStringLiteral("depends on %1, which comes later in the script; a "
                                          "condition may only depend on an earlier item")
                               .arg(script.itemPath(item.showIf->sourceIndex))});
            continue;
        }
        checkOperatorFits(script, i, issues);
    }
}

} // namespace tp::detail
