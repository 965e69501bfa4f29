#pragma once

#include <QMetaObject>

// The kinds of question a script item can be.
namespace tp::item_types {
Q_NAMESPACE

enum class ItemType
{
    YesNo,
    Scale,
    Nps,
    Choice,
    Checklist,
    Number,
    Duration,
    Count,
    Text,
    Photo
};
Q_ENUM_NS(ItemType)

} // namespace tp::item_types

namespace tp {

using item_types::ItemType;

} // namespace tp
