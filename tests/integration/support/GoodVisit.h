#pragma once

namespace tp::ui {
class AuditSession;
}

namespace tp::test {

// Answers an open store visit like the demo's good one (assets/demo/audits/good.json: values,
// N/A and the five moments), through the same calls as the screens. Fails the current test
// (QVERIFY) on the first call the session refuses.
void answerLikeTheGoodVisit(ui::AuditSession &session);

} // namespace tp::test
