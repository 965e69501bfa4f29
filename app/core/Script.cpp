#include "core/Script.h"

#include <array>
#include <utility>

namespace tp {

namespace {

constexpr std::array<std::pair<ItemType, const char *>, 10> kItemTypeNames{{
    {ItemType::YesNo, "yesno"},
    {ItemType::Scale, "scale"},
    {ItemType::Nps, "nps"},
    {ItemType::Choice, "choice"},
    {ItemType::Checklist, "checklist"},
    {ItemType::Number, "number"},
    {ItemType::Duration, "duration"},
    {ItemType::Count, "count"},
    {ItemType::Text, "text"},
    {ItemType::Photo, "photo"},
}};

} // namespace

int Item::optionIndex(const QString &optionId) const
{
    for (int i = 0; i < options.size(); ++i) {
        if (options[i].id == optionId)
            return i;
    }
    return -1;
}

QString Script::itemPath(int index) const
{
    const Item &item = items[index];
    return sections[item.sectionIndex].id + QLatin1Char('/') + item.id;
}

QString channelName(Channel channel)
{
    return channel == Channel::Store ? QStringLiteral("store") : QStringLiteral("phone");
}

std::optional<Channel> channelFromName(const QString &name)
{
    if (name == QLatin1String("store"))
        return Channel::Store;
    if (name == QLatin1String("phone"))
        return Channel::Phone;
    return std::nullopt;
}

QString itemTypeName(ItemType type)
{
    for (const auto &[value, name] : kItemTypeNames) {
        if (value == type)
            return QLatin1String(name);
    }
    Q_UNREACHABLE();
}

std::optional<ItemType> itemTypeFromName(const QString &name)
{
    for (const auto &[value, text] : kItemTypeNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool isNumericType(ItemType type)
{
    switch (type) {
    case ItemType::Scale:
    case ItemType::Nps:
    case ItemType::Number:
    case ItemType::Duration:
    case ItemType::Count:
        return true;
    default:
        return false;
    }
}

bool isIntegerType(ItemType type)
{
    return type == ItemType::Scale || type == ItemType::Nps || type == ItemType::Count;
}

} // namespace tp
