#pragma once

// Internal pieces of the script loader, split by concern.

#include "core/Issue.h"
#include "core/JsonFields.h"
#include "core/Script.h"

namespace tp::detail {

struct ItemContext
{
    Channel channel;
    QString sectionId;
    int position; // within the section: "section/items[3]" names an item whose id is unusable
    int sectionIndex;
    QSet<QString> *unusableIds; // ids of items too broken to keep, so later references to them
                                // are not reported a second time as unknown
};

// Reads one item object; returns nothing when the item is too broken to keep.
std::optional<Item> readItem(const QJsonObject &object, const ItemContext &context, Issues &issues);

// Reports the values of the item's domain that no band scores.
void checkBandCoverage(const Item &item, const QString &path, Issues &issues);

// Resolves showIf sources and reports unknown, later and cyclic references and values that the
// source item can never take.
void resolveConditions(Script &script, const QSet<QString> &unusableIds, Issues &issues);

std::optional<Centi> readPercent(JsonFields &fields, const char *key, Need need);
std::optional<Centi> readPoints(JsonFields &fields, const char *key, Need need);

} // namespace tp::detail
