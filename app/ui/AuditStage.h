#pragma once

#include <QMetaObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

// Where an open audit is on screen: checking in at the store, tapping moments, answering the
// questions, or looking at the summary. QML sees it as Stage.CheckIn ... Stage.Summary.
namespace tp::ui::audit_stages {
Q_NAMESPACE
QML_NAMED_ELEMENT(Stage)

enum class Stage
{
    CheckIn,
    Moments,
    Questions,
    Summary
};
Q_ENUM_NS(Stage)

} // namespace tp::ui::audit_stages

namespace tp::ui {

using audit_stages::Stage;

// How the stage is kept in the audit's resume position: "checkin", "moments", "questions",
// "summary".
QString stageName(Stage stage);
std::optional<Stage> stageFromName(QStringView name);

} // namespace tp::ui
