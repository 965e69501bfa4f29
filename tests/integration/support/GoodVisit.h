#pragma once

#include "ui/AppContext.h"

#include <QString>

// Helpers for tests that drive the field app's controllers.
namespace tp::ui {
class AuditSession;
class FieldApp;
} // namespace tp::ui

namespace tp::test {

// Answers an open store visit like the demo's good one (assets/demo/audits/good.json: values,
// N/A and the five moments), through the same calls as the screens. Fails the current test
// (QVERIFY) on the first call the session refuses.
void answerLikeTheGoodVisit(ui::AuditSession &session);

// A phone in `folder` (device database, photos) syncing with the server on 127.0.0.1:`port`, in
// demo mode, its token in a file (test machines have no keystore).
ui::AppOptions phoneOptions(const QString &folder, quint16 port);

// The assignment's state on the phone ("offered", "accepted", ...); empty when it has none.
QString assignmentState(ui::FieldApp &app, const QString &assignment);

// Where the history screen says the audit is ("on_phone", "uploading", "on_server", ...); empty
// when the history does not list it.
QString historySyncState(ui::FieldApp &app, const QString &uuid);

} // namespace tp::test
