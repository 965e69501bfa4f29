#pragma once

#include "core/ItemType.h"
#include "core/Points.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace tp {

enum class Channel
{
    Store,
    Phone
};

enum class ConditionOperator
{
    Equals,
    OneOf,
    Above,
    Below
};

struct Band
{
    std::optional<double> min; // inclusive
    std::optional<double> max; // inclusive
    Centi points = 0;

    bool contains(double value) const { return (!min || value >= *min) && (!max || value <= *max); }
};

struct Option
{
    QString id;
    QString label;
    Centi points = 0;
};

struct Condition
{
    QString itemId;
    int sourceIndex = -1; // index into Script::items, resolved by the loader
    ConditionOperator op = ConditionOperator::Equals;
    QJsonArray values;    // one value for Equals, several for OneOf
    double threshold = 0; // Above / Below
};

enum class Metric;

struct Item
{
    QString id;
    ItemType type = ItemType::YesNo;
    QString prompt;
    QString guidance;
    std::optional<Centi> points; // yesno and scale; default 1 point
    bool goodAnswer = true;      // yesno: which answer earns the points
    std::optional<double> min;   // scale (required, integer) and number (optional)
    std::optional<double> max;
    QString unit;
    QList<Option> options;
    QList<Band> bands;
    std::optional<Metric> metric;
    bool allowNA = false;
    bool critical = false;
    bool required = false;
    std::optional<Condition> showIf;

    int sectionIndex = -1;
    Centi possible = 0; // the most points the item can earn; 0 means unscored

    Centi pointsOrDefault() const { return points.value_or(kCentiPerUnit); }
    int optionIndex(const QString &optionId) const;
};

struct Section
{
    QString id;
    QString title;
    QString touchpoint;
    QString department;
    QString description;
    Centi weight = kCentiPerUnit;
    QList<int> items; // indexes into Script::items, in document order
};

// A loaded, validated audit script version. Immutable once loaded.
struct Script
{
    QString id;
    int version = 0;
    QString title;
    QString description;
    Channel channel = Channel::Store;
    Centi passMark = 0;    // percent in hundredths
    Centi criticalCap = 0; // percent in hundredths
    QList<Section> sections;
    QList<Item> items; // every item of every section, in document order
    QHash<QString, int> itemIndex;
    int npsItem = -1;

    const Item *findItem(const QString &itemId) const
    {
        const auto it = itemIndex.constFind(itemId);
        return it == itemIndex.cend() ? nullptr : &items[*it];
    }
    // "section/item", the path used in messages and reports.
    QString itemPath(int index) const;
};

QString channelName(Channel channel);
std::optional<Channel> channelFromName(const QString &name);
QString itemTypeName(ItemType type);
std::optional<ItemType> itemTypeFromName(const QString &name);
bool isNumericType(ItemType type);
bool isIntegerType(ItemType type);

} // namespace tp
