#pragma once

#include "core/Audit.h"
#include "core/Score.h"
#include "core/Script.h"

#include "ui/models/ItemListModel.h"

namespace tp::ui {

struct ItemRowInput
{
    const Script &script;
    int itemIndex;
    const ItemScore &score;
    const Answer &answer;
    const QString &photoFolder;
    bool readOnly;
};

// One question as its delegate shows it: prompt, type, options, the saved answer, whether
// its condition shows it, and the value measured from the timeline for metric items.
ItemRow makeItemRow(const ItemRowInput &input);

} // namespace tp::ui
