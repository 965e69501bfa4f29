#pragma once

#include <QString>

namespace tp::ui {
class AuditSession;
}

// Answers every shown, unanswered item of the audit with a plausible good value (a generated
// image for photo items), as a shopper would: the screen tour uses it to reach the summary.
// Returns how many answers it saved; *error gets the first failure.
int answerEverything(tp::ui::AuditSession &session, const QString &scratchFolder, QString *error);
