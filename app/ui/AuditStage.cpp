#include "ui/AuditStage.h"

#include "core/EnumNames.h"

namespace tp::ui {

namespace {

constexpr std::pair<Stage, const char *> kStageNames[] = {
    {Stage::CheckIn, "checkin"},
    {Stage::Moments, "moments"},
    {Stage::Questions, "questions"},
    {Stage::Summary, "summary"},
};

} // namespace

QString stageName(Stage stage)
{
    return detail::nameOf(kStageNames, stage);
}

std::optional<Stage> stageFromName(QStringView name)
{
    return detail::valueNamed(kStageNames, name);
}

} // namespace tp::ui
