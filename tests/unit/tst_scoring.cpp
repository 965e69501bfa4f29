// Scoring rules of docs/scoring.md, case by case. Each row: a script, an audit's answers and
// timeline, and the parts of the score breakdown (scoreToJson) that the case is about.

#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "core/ScriptLoader.h"
#include "support/JsonSubset.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tp;

namespace {

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test data is not JSON: %s in %s", qPrintable(error.errorString()),
               json.constData());
    return document.object();
}

// A script around `sections`; `overrides` replaces top-level fields (channel, passMark, ...).
QByteArray script(const QByteArray &sections, const QByteArray &overrides = "{}")
{
    QJsonObject root{{QStringLiteral("id"), QStringLiteral("t")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("title"), QStringLiteral("Test")},
                     {QStringLiteral("channel"), QStringLiteral("store")},
                     {QStringLiteral("passMark"), 50}};
    root.insert(QStringLiteral("sections"), QJsonDocument::fromJson(sections).array());
    const QJsonObject extra = parseObject(overrides);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        root.insert(it.key(), it.value());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// One section "s1" (touchpoint greeting, department sales, weight 1) holding `items`.
QByteArray oneSection(const QByteArray &items, const QByteArray &overrides = "{}")
{
    return script(
        R"([{"id":"s1","title":"S1","touchpoint":"greeting","department":"sales","weight":1,"items":)" +
            items + "}]",
        overrides);
}

QByteArray audit(const QByteArray &answers, const QByteArray &timeline = "[]")
{
    return R"({"uuid":"00000000-0000-4000-8000-000000000001","script":{"id":"t","version":1},
               "site":"s","auditor":"a","mode":"mystery_shop","startedAt":"2026-01-01T10:00:00Z",
               "answers":)" +
           answers + R"(,"timeline":)" + timeline + "}";
}

const QByteArray kTwoYesNo = R"([{"id":"a","type":"yesno","prompt":"A?"},
                                  {"id":"b","type":"yesno","prompt":"B?"}])";

const QByteArray kTwoSections = R"([
  {"id":"s1","title":"S1","touchpoint":"greeting","department":"sales","weight":3,
   "items":[{"id":"a","type":"yesno","prompt":"A?"}]},
  {"id":"s2","title":"S2","touchpoint":"checkout","department":"finance","weight":1,
   "items":[{"id":"b","type":"yesno","prompt":"B?"}]}])";

const QByteArray kDuration = R"([{"id":"d","type":"duration","prompt":"Wait?","bands":[
  {"max":30,"points":10},{"max":60,"points":5},{"points":0}]}])";

const QByteArray kChain = R"([
  {"id":"a","type":"yesno","prompt":"A?"},
  {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":true}},
  {"id":"c","type":"yesno","prompt":"C?","showIf":{"item":"b","equals":false}},
  {"id":"z","type":"yesno","prompt":"Z?"}])";

const QByteArray kNps = R"([{"id":"y","type":"yesno","prompt":"Y?"},
                            {"id":"n","type":"nps","prompt":"Recommend?"}])";

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void score_data();
    void score();
};

void TestScoring::score_data()
{
    QTest::addColumn<QByteArray>("scriptJson");
    QTest::addColumn<QByteArray>("auditJson");
    QTest::addColumn<QByteArray>("expected");

    // --- basics and pass mark
    QTest::newRow("all yes")
        << oneSection(kTwoYesNo) << audit(R"({"a":{"value":true},"b":{"value":true}})")
        << QByteArray(
               R"({"overall":100,"passed":true,"sections":[{"earned":2,"possible":2,"percent":100}]})");
    QTest::newRow("all no") << oneSection(kTwoYesNo)
                            << audit(R"({"a":{"value":false},"b":{"value":false}})")
                            << QByteArray(R"({"overall":0,"passed":false})");
    QTest::newRow("half")
        << oneSection(kTwoYesNo) << audit(R"({"a":{"value":true},"b":{"value":false}})")
        << QByteArray(
               R"({"overall":50,"passed":true,"items":[{"state":"scored","earned":1,"possible":1},{"state":"scored","earned":0,"possible":1}]})");
    QTest::newRow("just below the pass mark")
        << oneSection(kTwoYesNo, R"({"passMark":50.01})")
        << audit(R"({"a":{"value":true},"b":{"value":false}})")
        << QByteArray(R"({"overall":50,"passMark":50.01,"passed":false})");
    QTest::newRow("good answer is no")
        << oneSection(
               R"([{"id":"a","type":"yesno","prompt":"Asked to repeat?","good":"no","points":2}])")
        << audit(R"({"a":{"value":false}})")
        << QByteArray(R"({"overall":100,"sections":[{"earned":2,"possible":2}]})");
    QTest::newRow("decimal points")
        << oneSection(
               R"([{"id":"a","type":"yesno","prompt":"A?","points":2.5},{"id":"b","type":"yesno","prompt":"B?","points":1.5}])")
        << audit(R"({"a":{"value":true},"b":{"value":false}})")
        << QByteArray(R"({"overall":62.5,"sections":[{"earned":2.5,"possible":4}]})");

    // --- item types
    QTest::newRow("scale is linear")
        << oneSection(
               R"([{"id":"s","type":"scale","prompt":"Friendly?","min":1,"max":5,"points":4}])")
        << audit(R"({"s":{"value":4}})")
        << QByteArray(R"({"overall":75,"items":[{"earned":3,"possible":4}]})");
    QTest::newRow("scale points round half up to hundredths")
        << oneSection(R"([{"id":"s","type":"scale","prompt":"Q?","min":0,"max":3}])")
        << audit(R"({"s":{"value":2}})")
        << QByteArray(R"({"overall":67,"items":[{"earned":0.67,"possible":1}]})");
    QTest::newRow("scale minimum earns nothing")
        << oneSection(R"([{"id":"s","type":"scale","prompt":"Q?","min":1,"max":5}])")
        << audit(R"({"s":{"value":1}})") << QByteArray(R"({"overall":0})");
    QTest::newRow("scale with bands")
        << oneSection(
               R"([{"id":"s","type":"scale","prompt":"Q?","min":1,"max":5,"bands":[{"max":3,"points":0},{"points":2}]}])")
        << audit(R"({"s":{"value":4}})")
        << QByteArray(R"({"overall":100,"items":[{"earned":2,"possible":2}]})");
    QTest::newRow("choice earns the option's points of the best option")
        << oneSection(
               R"([{"id":"c","type":"choice","prompt":"Q?","options":[{"id":"x","label":"X","points":3},{"id":"y","label":"Y","points":2},{"id":"z","label":"Z"}]}])")
        << audit(R"({"c":{"value":"y"}})")
        << QByteArray(R"({"overall":66.67,"items":[{"earned":2,"possible":3}]})");
    QTest::newRow("checklist sums ticked options")
        << oneSection(
               R"([{"id":"k","type":"checklist","prompt":"Q?","options":[{"id":"x","label":"X","points":1},{"id":"y","label":"Y","points":1},{"id":"z","label":"Z","points":2}]}])")
        << audit(R"({"k":{"value":["x","z"]}})")
        << QByteArray(R"({"overall":75,"items":[{"earned":3,"possible":4}]})");
    QTest::newRow("checklist with nothing ticked earns nothing")
        << oneSection(
               R"([{"id":"k","type":"checklist","prompt":"Q?","options":[{"id":"x","label":"X","points":1}]}])")
        << audit(R"({"k":{"value":[]}})")
        << QByteArray(R"({"overall":0,"items":[{"state":"scored","earned":0,"possible":1}]})");
    QTest::newRow("count with bands")
        << oneSection(
               R"([{"id":"n","type":"count","prompt":"Staff on floor?","bands":[{"max":0,"points":0},{"max":1,"points":1},{"min":2,"points":2}]}])")
        << audit(R"({"n":{"value":3}})") << QByteArray(R"({"overall":100})");
    QTest::newRow("unbanded number, text and photo are recorded unscored")
        << oneSection(R"([{"id":"y","type":"yesno","prompt":"Y?"},
                          {"id":"n","type":"number","prompt":"Price?","unit":"EUR"},
                          {"id":"t","type":"text","prompt":"Comments?"},
                          {"id":"p","type":"photo","prompt":"Shelf photo"}])")
        << audit(R"({"y":{"value":false},"n":{"value":12.5},"t":{"value":"ok"},
                     "p":{"photos":["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"]}})")
        << QByteArray(
               R"({"overall":0,"items":[{"state":"scored"},{"state":"unscored","value":12.5},{"state":"unscored","value":"ok"},{"state":"unscored"}],"sections":[{"possible":1}]})");

    // --- N/A, unanswered, required
    QTest::newRow("N/A leaves the denominator")
        << oneSection(
               R"([{"id":"a","type":"yesno","prompt":"A?"},{"id":"b","type":"yesno","prompt":"B?","allowNA":true}])")
        << audit(R"({"a":{"value":true},"b":{"na":true}})")
        << QByteArray(
               R"({"overall":100,"items":[{"state":"scored"},{"state":"na"}],"sections":[{"possible":1}]})");
    QTest::newRow("unchecked: N/A where not allowed counts as unanswered")
        << oneSection(
               R"([{"id":"a","type":"yesno","prompt":"A?"},{"id":"b","type":"yesno","prompt":"B?","required":true}])")
        << audit(R"({"a":{"value":true},"b":{"na":true}})")
        << QByteArray(
               R"({"overall":100,"complete":false,"missingRequired":["s1/b"],"items":[{},{"state":"unanswered"}]})");
    QTest::newRow("unanswered optional item leaves the denominator")
        << oneSection(kTwoYesNo) << audit(R"({"a":{"value":false}})")
        << QByteArray(
               R"({"overall":0,"complete":true,"missingRequired":[],"sections":[{"possible":1}]})");
    QTest::newRow("unanswered required item is listed")
        << oneSection(
               R"([{"id":"a","type":"yesno","prompt":"A?","required":true},{"id":"b","type":"yesno","prompt":"B?","required":true}])")
        << audit(R"({"a":{"value":true}})")
        << QByteArray(R"({"overall":100,"complete":false,"missingRequired":["s1/b"]})");
    QTest::newRow("a note alone does not answer")
        << oneSection(kTwoYesNo) << audit(R"({"a":{"value":true},"b":{"note":"could not see"}})")
        << QByteArray(R"({"overall":100,"items":[{"state":"scored"},{"state":"unanswered"}]})");
    QTest::newRow("whole section N/A counts for nothing")
        << script(QByteArray(kTwoSections).replace("\"B?\"", "\"B?\",\"allowNA\":true"))
        << audit(R"({"a":{"value":false},"b":{"na":true}})")
        << QByteArray(
               R"({"overall":0,"sections":[{"percent":0},{"percent":null,"possible":0}],"departments":[{"department":"sales","percent":0},{"department":"finance","percent":null,"weight":0}]})");
    QTest::newRow("nothing answered: no overall and not passed")
        << oneSection(kTwoYesNo, R"({"passMark":0})") << audit("{}")
        << QByteArray(
               R"({"overall":null,"uncapped":null,"passed":false,"sections":[{"percent":null}]})");

    // --- conditions
    QTest::newRow("condition met shows the item")
        << oneSection(kChain)
        << audit(R"({"a":{"value":true},"b":{"value":true},"z":{"value":true}})")
        << QByteArray(
               R"({"overall":100,"items":[{"state":"scored"},{"state":"scored"},{"state":"hidden"},{"state":"scored"}]})");
    QTest::newRow("chained conditions: a yes, b no shows c")
        << oneSection(kChain)
        << audit(
               R"({"a":{"value":true},"b":{"value":false},"c":{"value":true},"z":{"value":true}})")
        << QByteArray(
               R"({"overall":75,"items":[{"state":"scored"},{"state":"scored"},{"state":"scored"},{"state":"scored"}]})");
    QTest::newRow("chained conditions: a no hides b and so c")
        << oneSection(kChain)
        << audit(
               R"({"a":{"value":false},"b":{"value":false},"c":{"value":false},"z":{"value":true}})")
        << QByteArray(
               R"({"overall":50,"items":[{"state":"scored"},{"state":"hidden"},{"state":"hidden"},{"state":"scored"}],"sections":[{"possible":2}]})");
    QTest::newRow("condition on an N/A item hides")
        << oneSection(
               R"([{"id":"a","type":"yesno","prompt":"A?","allowNA":true},{"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":false}},{"id":"z","type":"yesno","prompt":"Z?"}])")
        << audit(R"({"a":{"na":true},"b":{"value":false},"z":{"value":true}})")
        << QByteArray(
               R"({"overall":100,"items":[{"state":"na"},{"state":"hidden"},{"state":"scored"}]})");
    QTest::newRow("all items hidden: section not scored")
        << oneSection(
               R"([{"id":"q","type":"choice","prompt":"Q?","options":[{"id":"x","label":"X"},{"id":"y","label":"Y"}]},
                          {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"q","oneOf":["x"]}}])")
        << audit(R"({"q":{"value":"y"},"b":{"value":true}})")
        << QByteArray(
               R"({"overall":null,"passed":false,"sections":[{"percent":null}],"items":[{"state":"unscored"},{"state":"hidden"}]})");
    QTest::newRow("oneOf on a choice")
        << oneSection(
               R"([{"id":"q","type":"choice","prompt":"Q?","options":[{"id":"x","label":"X"},{"id":"y","label":"Y"},{"id":"w","label":"W"}]},
                          {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"q","oneOf":["x","w"]}}])")
        << audit(R"({"q":{"value":"w"},"b":{"value":true}})")
        << QByteArray(R"({"overall":100,"items":[{},{"state":"scored"}]})");
    QTest::newRow("above on a number: equal is not above")
        << oneSection(
               R"([{"id":"n","type":"number","prompt":"People queuing?"},{"id":"b","type":"yesno","prompt":"Extra till opened?","showIf":{"item":"n","above":3}}])")
        << audit(R"({"n":{"value":3},"b":{"value":false}})")
        << QByteArray(R"({"overall":null,"items":[{"state":"unscored"},{"state":"hidden"}]})");
    QTest::newRow("above on a number: shown")
        << oneSection(
               R"([{"id":"n","type":"number","prompt":"People queuing?"},{"id":"b","type":"yesno","prompt":"Extra till opened?","showIf":{"item":"n","above":3}}])")
        << audit(R"({"n":{"value":4},"b":{"value":false}})")
        << QByteArray(R"({"overall":0,"items":[{},{"state":"scored"}]})");
    QTest::newRow("below on a timeline metric")
        << oneSection(
               R"([{"id":"g","metric":"timeToGreet","prompt":"Time to greet"},{"id":"b","type":"yesno","prompt":"Greeted by name?","showIf":{"item":"g","below":10}}])")
        << audit(R"({"b":{"value":true}})",
                 R"([{"event":"entered","elapsedMs":0},{"event":"greeted","elapsedMs":9999}])")
        << QByteArray(
               R"({"overall":100,"items":[{"state":"unscored","value":9.999},{"state":"scored"}]})");
    QTest::newRow("equals on a checklist means ticked")
        << oneSection(
               R"([{"id":"k","type":"checklist","prompt":"Seen?","options":[{"id":"x","label":"X"},{"id":"y","label":"Y"}]},{"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"k","equals":"y"}}])")
        << audit(R"({"k":{"value":["x","y"]},"b":{"value":true}})")
        << QByteArray(R"({"overall":100,"items":[{},{"state":"scored"}]})");

    // --- critical items
    const QByteArray critical = R"([
      {"id":"c","type":"yesno","prompt":"Receipt correct?","critical":true},
      {"id":"a","type":"yesno","prompt":"A?","points":9}])";
    QTest::newRow("critical failure caps at 0")
        << oneSection(critical) << audit(R"({"c":{"value":false},"a":{"value":true}})")
        << QByteArray(R"({"overall":0,"uncapped":90,"passed":false,"criticalFailures":["s1/c"]})");
    QTest::newRow("critical failure caps at the script's cap")
        << oneSection(critical, R"({"criticalCap":40})")
        << audit(R"({"c":{"value":false},"a":{"value":true}})")
        << QByteArray(R"({"overall":40,"uncapped":90,"passed":false,"criticalFailures":["s1/c"]})");
    QTest::newRow("cap above the score leaves the score")
        << oneSection(critical, R"({"criticalCap":60})")
        << audit(R"({"c":{"value":false},"a":{"value":false}})")
        << QByteArray(R"({"overall":0,"uncapped":0,"criticalFailures":["s1/c"]})");
    QTest::newRow("critical item passed: no cap")
        << oneSection(critical) << audit(R"({"c":{"value":true},"a":{"value":false}})")
        << QByteArray(R"({"overall":10,"uncapped":10,"criticalFailures":[]})");
    QTest::newRow("critical item N/A is not a failure")
        << oneSection(QByteArray(critical).replace("\"critical\":true",
                                                   "\"critical\":true,\"allowNA\":true"))
        << audit(R"({"c":{"na":true},"a":{"value":true}})")
        << QByteArray(R"({"overall":100,"criticalFailures":[]})");
    QTest::newRow("hidden critical item is not a failure")
        << oneSection(
               R"([{"id":"p","type":"yesno","prompt":"Paid?"},{"id":"c","type":"yesno","prompt":"Charged right?","critical":true,"showIf":{"item":"p","equals":true}}])")
        << audit(R"({"p":{"value":false},"c":{"value":false}})")
        << QByteArray(R"({"overall":0,"criticalFailures":[],"items":[{},{"state":"hidden"}]})");
    QTest::newRow("an unanswered critical item is missing, like a required one")
        << oneSection(critical) << audit(R"({"a":{"value":true}})")
        << QByteArray(
               R"({"overall":100,"criticalFailures":[],"complete":false,"missingRequired":["s1/c"]})");
    QTest::newRow("critical scale short of full points fails")
        << oneSection(
               R"([{"id":"s","type":"scale","prompt":"Clean?","min":1,"max":5,"critical":true}])",
               R"({"criticalCap":50})")
        << audit(R"({"s":{"value":4}})")
        << QByteArray(R"({"overall":50,"uncapped":75,"criticalFailures":["s1/s"]})");

    // --- weights and roll-ups
    QTest::newRow("weighted sections")
        << script(kTwoSections) << audit(R"({"a":{"value":true},"b":{"value":false}})")
        << QByteArray(
               R"({"overall":75,"sections":[{"id":"s1","percent":100,"weight":3},{"id":"s2","percent":0,"weight":1}]})");
    QTest::newRow("fractional weights")
        << script(QByteArray(kTwoSections)
                      .replace("\"weight\":3", "\"weight\":0.5")
                      .replace("\"weight\":1", "\"weight\":1.5"))
        << audit(R"({"a":{"value":true},"b":{"value":false}})") << QByteArray(R"({"overall":25})");
    QTest::newRow("overall is the weighted mean of rounded section percents, half up")
        << script(R"([
          {"id":"s1","title":"S1","touchpoint":"t1","department":"sales","weight":1,"items":[
            {"id":"a","type":"yesno","prompt":"A?"},{"id":"b","type":"yesno","prompt":"B?"},{"id":"c","type":"yesno","prompt":"C?"}]},
          {"id":"s2","title":"S2","touchpoint":"t2","department":"sales","weight":1,"items":[
            {"id":"d","type":"yesno","prompt":"D?"}]}])")
        << audit(
               R"({"a":{"value":true},"b":{"value":false},"c":{"value":false},"d":{"value":false}})")
        << QByteArray(
               R"({"overall":16.67,"sections":[{"percent":33.33},{"percent":0}],"departments":[{"department":"sales","percent":16.67,"weight":2}]})");
    QTest::newRow("touchpoint roll-up over sections of one touchpoint")
        << script(R"([
          {"id":"s1","title":"S1","touchpoint":"checkout","department":"sales","weight":1,"items":[{"id":"a","type":"yesno","prompt":"A?"}]},
          {"id":"s2","title":"S2","touchpoint":"greeting","department":"sales","weight":1,"items":[{"id":"b","type":"yesno","prompt":"B?"}]},
          {"id":"s3","title":"S3","touchpoint":"checkout","department":"finance","weight":3,"items":[{"id":"c","type":"yesno","prompt":"C?"}]}])")
        << audit(R"({"a":{"value":true},"b":{"value":true},"c":{"value":false}})")
        << QByteArray(
               R"({"overall":40,"touchpoints":[{"touchpoint":"checkout","percent":25,"weight":4},{"touchpoint":"greeting","percent":100,"weight":1}],
                          "departments":[{"department":"sales","percent":100,"weight":2},{"department":"finance","percent":0,"weight":3}]})");

    // --- bands on measured values
    for (const auto &[value, points] :
         {std::pair{"0", 10}, std::pair{"30", 10}, std::pair{"30.001", 5}, std::pair{"60", 5},
          std::pair{"60.5", 0}, std::pair{"3600", 0}}) {
        QTest::addRow("duration band edge %s s", value)
            << oneSection(kDuration) << audit(QByteArray(R"({"d":{"value":)") + value + "}}")
            << QByteArray(R"({"items":[{"earned":)" + QByteArray::number(points) +
                          R"(,"possible":10}]})");
    }

    // --- NPS
    for (const auto &[value, category] :
         {std::pair{0, "detractor"}, std::pair{6, "detractor"}, std::pair{7, "passive"},
          std::pair{8, "passive"}, std::pair{9, "promoter"}, std::pair{10, "promoter"}}) {
        QTest::addRow("nps %d is a %s and is not scored", value, category)
            << oneSection(kNps)
            << audit(QByteArray(R"({"y":{"value":true},"n":{"value":)") +
                     QByteArray::number(value) + "}}")
            << QByteArray(R"({"overall":100,"nps":{"value":)" + QByteArray::number(value) +
                          R"(,"category":")" + category +
                          R"("},"items":[{},{"state":"unscored"}]})");
    }
    QTest::newRow("nps not answered")
        << oneSection(kNps) << audit(R"({"y":{"value":true}})") << QByteArray(R"({"nps":null})");
    QTest::newRow("nps scored by bands")
        << oneSection(
               R"([{"id":"n","type":"nps","prompt":"Recommend?","bands":[{"max":6,"points":0},{"max":8,"points":1},{"points":2}]}])")
        << audit(R"({"n":{"value":8}})")
        << QByteArray(R"({"overall":50,"nps":{"value":8,"category":"passive"}})");

    // --- timeline metrics
    const QByteArray greet =
        R"([{"id":"g","metric":"timeToGreet","prompt":"Time to greet","bands":[{"max":30,"points":2},{"max":60,"points":1},{"points":0}]},
                                 {"id":"v","metric":"visitLength","prompt":"Visit length"}])";
    QTest::newRow("metric from the timeline")
        << oneSection(greet)
        << audit(
               "{}",
               R"([{"event":"entered","elapsedMs":0},{"event":"greeted","elapsedMs":45000},{"event":"left","elapsedMs":600000}])")
        << QByteArray(
               R"({"overall":50,"metrics":{"timeToGreet":45,"visitLength":600},"items":[{"value":45,"earned":1},{"state":"unscored","value":600}]})");
    QTest::newRow("metric with a missing event is unanswered")
        << oneSection(greet)
        << audit("{}", R"([{"event":"entered","elapsedMs":0},{"event":"left","elapsedMs":600000}])")
        << QByteArray(
               R"({"overall":null,"metrics":{"timeToGreet":null},"items":[{"state":"unanswered"},{"state":"unscored"}]})");
    QTest::newRow("metric with events in the wrong order is unanswered")
        << oneSection(greet)
        << audit("{}",
                 R"([{"event":"greeted","elapsedMs":1000},{"event":"entered","elapsedMs":5000}])")
        << QByteArray(
               R"({"overall":null,"items":[{"state":"unanswered"},{}],"timelineProblems":["greeted is before entered"]})");
    QTest::newRow("manual answer overrides a missed tap")
        << oneSection(greet)
        << audit(R"({"g":{"value":20}})", R"([{"event":"entered","elapsedMs":0}])")
        << QByteArray(R"({"overall":100,"items":[{"value":20,"earned":2},{}]})");
    QTest::newRow("phone: hold count and total hold")
        << oneSection(
               R"([{"id":"h","metric":"holdCount","prompt":"Holds","bands":[{"max":0,"points":2},{"max":1,"points":1},{"points":0}]},
                          {"id":"t","metric":"totalHold","prompt":"Hold time","bands":[{"max":60,"points":2},{"points":0}]}])",
               R"({"channel":"phone"})")
        << audit("{}",
                 R"([{"event":"dialled","elapsedMs":0},{"event":"agentAnswered","elapsedMs":20000},
                           {"event":"holdStarted","elapsedMs":30000},{"event":"holdEnded","elapsedMs":75000},
                           {"event":"hungUp","elapsedMs":200000}])")
        << QByteArray(
               R"({"overall":75,"items":[{"value":1,"earned":1},{"value":45,"earned":2}],"metrics":{"holdCount":1,"totalHold":45,"callLength":200}})");
}

void TestScoring::score()
{
    QFETCH(QByteArray, scriptJson);
    QFETCH(QByteArray, auditJson);
    QFETCH(QByteArray, expected);

    const ScriptLoadResult loaded = loadScript(scriptJson);
    QVERIFY2(loaded.ok(), qPrintable(loaded.issues.value(0).toString()));
    const AuditDecodeResult decoded = decodeAudit(auditJson);
    QVERIFY2(decoded.ok(), qPrintable(decoded.issues.value(0).toString()));
    if (!QByteArray(QTest::currentDataTag()).startsWith("unchecked:")) {
        const Issues issues = checkAudit(*loaded.script, *decoded.audit);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
    }

    const ScoreResult score = scoreAudit(*loaded.script, *decoded.audit);
    const QJsonObject json = scoreToJson(*loaded.script, score);
    TP_COMPARE_JSON_SUBSET(QJsonValue(parseObject(expected)), QJsonValue(json));
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
