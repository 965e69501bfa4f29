// Tests of tp::loadScript(): every way a hand-written script can be wrong is reported with a
// stable code at a precise path, every problem is reported (not only the first), and valid
// scripts load with the documented defaults and possible points.

#include "core/Metric.h"
#include "core/ScriptLoader.h"

#include <QTest>

#include <functional>

using namespace tp;

namespace {

// A store script whose only section "s" holds `items` (a JSON array): item paths are "s/<id>".
QByteArray withItems(const QByteArray &items, const char *channel = "store")
{
    return QByteArray(R"({"id":"t","version":1,"title":"T","channel":")") + channel +
           R"(","passMark":80,"sections":[{"id":"s","title":"S","touchpoint":"tp",)"
           R"("department":"sales","items":)" +
           items + "}]}";
}

// A script with the given sections (a JSON array).
QByteArray withSections(const char *sections)
{
    return QByteArray(R"({"id":"t","version":1,"title":"T","channel":"store","passMark":80,)"
                      R"("sections":)") +
           sections + '}';
}

// A script with the given root fields (everything but "sections") and one valid section.
QByteArray withRoot(const char *rootFields)
{
    return QByteArray("{") + rootFields +
           R"(,"sections":[{"id":"s","title":"S","touchpoint":"tp","department":"sales",)"
           R"("items":[{"id":"a","type":"yesno","prompt":"A?"}]}]})";
}

QString describe(const Issues &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines.append(QStringLiteral("[%1] %2 | %3").arg(issue.code, issue.path, issue.message));
    return lines.join(QLatin1Char('\n'));
}

Script loadValid(const QByteArray &json)
{
    const ScriptLoadResult result = loadScript(json);
    if (!result.ok())
        qWarning("unexpected issues:\n%s", qPrintable(describe(result.issues)));
    return result.script.value_or(Script());
}

} // namespace

class TestScriptLoader : public QObject
{
    Q_OBJECT

private slots:
    void invalidScript_data();
    void invalidScript();
    void reportsEveryProblem_data();
    void reportsEveryProblem();
    void parseErrorPosition();
    void unreadableFile();

    void minimalScript();
    void everyItemType();
    void defaults();
    void possiblePoints_data();
    void possiblePoints();
    void chainedConditions();
    void validConditions();
};

void TestScriptLoader::invalidScript_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment"); // part of the message; empty: not checked
    QTest::addColumn<int>("issueCount");   // every issue the script yields

    const auto row = [](const char *name, const QByteArray &json, const char *code,
                        const char *path, const char *fragment = "", int count = 1) {
        QTest::newRow(name) << json << QString::fromLatin1(code) << QString::fromLatin1(path)
                            << QString::fromUtf8(fragment) << count;
    };

    // --- the document itself -------------------------------------------------------------
    row("parse error", "{\n  \"id\": \"t\",\n  \"version\": 1\n  \"title\": \"T\"\n}",
        "parse_error", "", "not valid JSON at line 4");
    row("parse error: empty", "", "parse_error", "", "line 1, column 1");
    row("parse error: truncated", R"({"id":"t","version":1,"title":"T)", "parse_error", "",
        "line 1");
    row("not an object: array", R"([{"id":"t"}])", "not_object", "",
        "a script must be a JSON object");
    row("not an object: empty array", "[]", "not_object", "");

    // --- root fields ---------------------------------------------------------------------
    row("missing title", withRoot(R"("id":"t","version":1,"channel":"store","passMark":80)"),
        "missing_field", "", "'title' is missing");
    row("missing version", withRoot(R"("id":"t","title":"T","channel":"store","passMark":80)"),
        "missing_field", "", "'version' is missing");
    row("missing sections", R"({"id":"t","version":1,"title":"T","channel":"store","passMark":80})",
        "missing_field", "", "'sections' is missing");
    row("wrong type: title number",
        withRoot(R"("id":"t","version":1,"title":5,"channel":"store","passMark":80)"), "wrong_type",
        "", "'title' must be a string, not a number");
    row("wrong type: sections object",
        R"({"id":"t","version":1,"title":"T","channel":"store","passMark":80,"sections":{}})",
        "wrong_type", "", "'sections' must be an array, not an object");
    row("wrong type: passMark string",
        withRoot(R"("id":"t","version":1,"title":"T","channel":"store","passMark":"80")"),
        "wrong_type", "", "'passMark' must be a number, not a string");
    row("unknown root field",
        withRoot(
            R"("id":"t","version":1,"title":"T","channel":"store","passMark":80,"author":"me")"),
        "unknown_field", "", "unknown field 'author'");
    row("invalid id: spaces and capitals",
        withRoot(R"("id":"Store Visit","version":1,"title":"T","channel":"store","passMark":80)"),
        "invalid_id", "", "\"Store Visit\" is not a valid id");
    row("invalid id: leading underscore",
        withRoot(R"("id":"_t","version":1,"title":"T","channel":"store","passMark":80)"),
        "invalid_id", "");
    row("empty title",
        withRoot(R"("id":"t","version":1,"title":"   ","channel":"store","passMark":80)"),
        "empty_text", "", "'title' is empty");
    row("title too long",
        withRoot(QByteArray(R"("id":"t","version":1,"channel":"store","passMark":80,"title":")") +
                 QByteArray(201, 'x') + '"'),
        "too_long", "", "'title' is longer than 200 characters");
    row("version 1.5",
        withRoot(R"("id":"t","version":1.5,"title":"T","channel":"store","passMark":80)"),
        "invalid_version", "", "not 1.5");
    row("version \"1\"",
        withRoot(R"("id":"t","version":"1","title":"T","channel":"store","passMark":80)"),
        "invalid_version", "", "not a string");
    row("version 0",
        withRoot(R"("id":"t","version":0,"title":"T","channel":"store","passMark":80)"),
        "invalid_version", "", "whole number from 1, not 0");
    row("version negative",
        withRoot(R"("id":"t","version":-3,"title":"T","channel":"store","passMark":80)"),
        "invalid_version", "", "not -3");
    row("version above 1e9",
        withRoot(R"("id":"t","version":1000000001,"title":"T","channel":"store","passMark":80)"),
        "invalid_version", "", "must be a whole number from 1");
    row("version 1e308",
        withRoot(R"("id":"t","version":1e308,"title":"T","channel":"store","passMark":80)"),
        "invalid_version", "", "not 1e+308");
    row("invalid channel",
        withRoot(R"("id":"t","version":1,"title":"T","channel":"web","passMark":80)"),
        "invalid_channel", "", "not \"web\"");
    row("invalid channel: capitalised",
        withRoot(R"("id":"t","version":1,"title":"T","channel":"Store","passMark":80)"),
        "invalid_channel", "");
    row("passMark above 100",
        withRoot(R"("id":"t","version":1,"title":"T","channel":"store","passMark":100.01)"),
        "out_of_range", "", "'passMark' must be a percentage from 0 to 100");
    row("passMark 3 decimals",
        withRoot(R"("id":"t","version":1,"title":"T","channel":"store","passMark":80.125)"),
        "out_of_range", "", "not 80.125");
    row("passMark negative",
        withRoot(R"("id":"t","version":1,"title":"T","channel":"store","passMark":-1)"),
        "out_of_range", "");
    row("criticalCap above 100",
        withRoot(
            R"("id":"t","version":1,"title":"T","channel":"store","passMark":80,"criticalCap":150)"),
        "out_of_range", "", "'criticalCap'");

    // --- sections ------------------------------------------------------------------------
    row("no sections", withSections("[]"), "no_sections", "", "the script has no sections");
    row("section not an object", withSections("[7]"), "wrong_type", "sections[0]",
        "a section must be an object, not a number");
    row("section without items",
        withSections(
            R"([{"id":"s","title":"S","touchpoint":"tp","department":"sales","items":[]}])"),
        "no_items", "s", "the section has no items");
    row("section invalid id",
        withSections(R"([{"id":"S 1","title":"S","touchpoint":"tp","department":"sales",
            "items":[{"id":"a","type":"yesno","prompt":"A?"}]}])"),
        "invalid_id", "sections[0]", "\"S 1\"");
    row("section unknown field",
        withSections(R"([{"id":"s","title":"S","touchpoint":"tp","department":"sales","wieght":2,
            "items":[{"id":"a","type":"yesno","prompt":"A?"}]}])"),
        "unknown_field", "s", "unknown field 'wieght'");
    row("section missing department", withSections(R"([{"id":"s","title":"S","touchpoint":"tp",
            "items":[{"id":"a","type":"yesno","prompt":"A?"}]}])"),
        "missing_field", "s", "'department' is missing");
    row("weight 0",
        withSections(R"([{"id":"s","title":"S","touchpoint":"tp","department":"sales","weight":0,
            "items":[{"id":"a","type":"yesno","prompt":"A?"}]}])"),
        "invalid_weight", "s", "'weight' must be above 0");
    row("weight negative",
        withSections(R"([{"id":"s","title":"S","touchpoint":"tp","department":"sales","weight":-2,
            "items":[{"id":"a","type":"yesno","prompt":"A?"}]}])"),
        "invalid_weight", "s", "not -2");
    row("weight 3 decimals",
        withSections(
            R"([{"id":"s","title":"S","touchpoint":"tp","department":"sales","weight":1.125,
            "items":[{"id":"a","type":"yesno","prompt":"A?"}]}])"),
        "invalid_weight", "s");
    row("duplicate section id", withSections(R"([
            {"id":"s","title":"S","touchpoint":"tp","department":"sales",
             "items":[{"id":"a","type":"yesno","prompt":"A?"}]},
            {"id":"s","title":"S2","touchpoint":"tp","department":"sales",
             "items":[{"id":"b","type":"yesno","prompt":"B?"}]}])"),
        "duplicate_id", "s", "section id \"s\" is used twice");
    {
        QByteArray sections = "[";
        for (int i = 0; i < 201; ++i) {
            if (i > 0)
                sections += ',';
            sections += R"({"id":"s)" + QByteArray::number(i) +
                        R"(","title":"S","touchpoint":"tp","department":"sales",)"
                        R"("items":[{"id":"i)" +
                        QByteArray::number(i) + R"(","type":"yesno","prompt":"Q?"}]})";
        }
        sections += ']';
        row("too many sections (201)", withSections(sections.constData()), "too_many", "",
            "'sections' has 201 entries; at most 200 are allowed");
    }

    // --- items: shape ------------------------------------------------------------------------
    row("item not an object", withItems(R"(["a"])"), "wrong_type", "s/items[0]",
        "an item must be an object, not a string");
    row("unknown item field (typo alowNA)",
        withItems(R"([{"id":"a","type":"yesno","prompt":"A?","alowNA":true}])"), "unknown_field",
        "s/a", "unknown field 'alowNA'");
    row("allowNA not a boolean",
        withItems(R"([{"id":"a","type":"yesno","prompt":"A?","allowNA":"yes"}])"), "wrong_type",
        "s/a", "'allowNA' must be true or false, not a string");
    row("item invalid id: capitals",
        withItems(R"([{"id":"Greeted","type":"yesno","prompt":"A?"}])"), "invalid_id", "s/items[0]",
        "\"Greeted\"");
    row("item invalid id: 65 characters",
        withItems(
            QByteArray(R"([{"type":"yesno","prompt":"A?","id":")" + QByteArray(65, 'a') + R"("}])")
                .constData()),
        "invalid_id", "s/items[0]");
    row("empty prompt", withItems(R"([{"id":"a","type":"yesno","prompt":""}])"), "empty_text",
        "s/a", "'prompt' is empty");
    row("duplicate item id in a section",
        withItems(
            R"([{"id":"a","type":"yesno","prompt":"A?"},{"id":"a","type":"text","prompt":"A2"}])"),
        "duplicate_id", "s/a", "item id \"a\" is used more than once");
    row("duplicate item id across sections", withSections(R"([
            {"id":"s","title":"S","touchpoint":"tp","department":"sales",
             "items":[{"id":"a","type":"yesno","prompt":"A?"}]},
            {"id":"u","title":"U","touchpoint":"tp","department":"sales",
             "items":[{"id":"a","type":"yesno","prompt":"A again?"}]}])"),
        "duplicate_id", "u/a", "item id \"a\" is used more than once");
    row("duplicate item id, first has an unknown type", withSections(R"([
            {"id":"s","title":"S","touchpoint":"tp","department":"sales",
             "items":[{"id":"a","type":"stars","prompt":"A?"}]},
            {"id":"u","title":"U","touchpoint":"tp","department":"sales",
             "items":[{"id":"a","type":"yesno","prompt":"A again?"}]}])"),
        "duplicate_id", "u/a", "used more than once", 2);
    row("unknown type", withItems(R"([{"id":"a","type":"stars","prompt":"A?"}])"), "unknown_type",
        "s/a", "unknown item type \"stars\"");
    row("type not a string", withItems(R"([{"id":"a","type":3,"prompt":"A?"}])"), "wrong_type",
        "s/a", "'type' must be a string, not a number");
    row("missing type", withItems(R"([{"id":"a","prompt":"A?"}])"), "missing_field", "s/a",
        "'type' is missing");
    row("options on yesno",
        withItems(
            R"([{"id":"a","type":"yesno","prompt":"A?","options":[{"id":"x","label":"X"}]}])"),
        "field_not_allowed", "s/a", "'options' is not used by yesno items");
    row("points on choice", withItems(R"([{"id":"a","type":"choice","prompt":"A?","points":2,
            "options":[{"id":"x","label":"X","points":1},{"id":"y","label":"Y"}]}])"),
        "field_not_allowed", "s/a", "'points' is not used by choice items");
    row("min on nps", withItems(R"([{"id":"a","type":"nps","prompt":"A?","min":0}])"),
        "field_not_allowed", "s/a", "'min' is not used by nps items");
    row("bands on text",
        withItems(R"([{"id":"a","type":"text","prompt":"A?","bands":[{"points":1}]}])"),
        "field_not_allowed", "s/a", "'bands' is not used by text items");
    row("points with bands", withItems(R"([{"id":"a","type":"scale","prompt":"A?","min":1,
            "max":5,"points":2,"bands":[{"points":1}]}])"),
        "field_not_allowed", "s/a", "'points' is not used when 'bands' score the item");
    row("good is neither yes nor no",
        withItems(R"([{"id":"a","type":"yesno","prompt":"A?","good":"maybe"}])"), "invalid_value",
        "s/a", "not \"maybe\"");
    row("points with 3 decimals",
        withItems(R"([{"id":"a","type":"yesno","prompt":"A?","points":1.005}])"), "invalid_points",
        "s/a", "'points' must be from 0 to 100000 with at most 2 decimals");

    // --- scale, number, options ------------------------------------------------------------
    row("scale min == max",
        withItems(R"([{"id":"a","type":"scale","prompt":"A?","min":5,"max":5}])"), "invalid_scale",
        "s/a", "not 5..5");
    row("scale min > max",
        withItems(R"([{"id":"a","type":"scale","prompt":"A?","min":5,"max":1}])"), "invalid_scale",
        "s/a", "not 5..1");
    row("scale non-integer min",
        withItems(R"([{"id":"a","type":"scale","prompt":"A?","min":1.5,"max":5}])"), "wrong_type",
        "s/a", "'min' must be an integer");
    row("scale missing max", withItems(R"([{"id":"a","type":"scale","prompt":"A?","min":1}])"),
        "missing_field", "s/a", "'max' is missing");
    row("scale too many steps",
        withItems(R"([{"id":"a","type":"scale","prompt":"A?","min":0,"max":1001}])"),
        "invalid_scale", "s/a", "at most 1000 steps");
    row("number min == max",
        withItems(R"([{"id":"a","type":"number","prompt":"A?","min":3,"max":3}])"), "invalid_range",
        "s/a", "'min' 3 must be below 'max' 3");
    row("choice with one option",
        withItems(
            R"([{"id":"a","type":"choice","prompt":"A?","options":[{"id":"x","label":"X"}]}])"),
        "too_few_options", "s/a", "needs at least 2 options, it has 1");
    row("checklist without options",
        withItems(R"([{"id":"a","type":"checklist","prompt":"A?","options":[]}])"),
        "too_few_options", "s/a", "needs at least 1 options, it has 0");
    row("choice missing options", withItems(R"([{"id":"a","type":"choice","prompt":"A?"}])"),
        "missing_field", "s/a", "'options' is missing");
    row("duplicate option id", withItems(R"([{"id":"a","type":"choice","prompt":"A?",
            "options":[{"id":"x","label":"X"},{"id":"x","label":"X again"}]}])"),
        "duplicate_option", "s/a/options[1]", "option id \"x\" is used twice");
    row("option negative points", withItems(R"([{"id":"a","type":"checklist","prompt":"A?",
            "options":[{"id":"x","label":"X","points":-1}]}])"),
        "invalid_points", "s/a/options[0]", "not -1");
    row("option not an object", withItems(R"([{"id":"a","type":"choice","prompt":"A?",
            "options":[{"id":"x","label":"X"},"y"]}])"),
        "wrong_type", "s/a/options[1]", "an option must be an object, not a string");
    row("option unknown field", withItems(R"([{"id":"a","type":"checklist","prompt":"A?",
            "options":[{"id":"x","label":"X","point":1}]}])"),
        "unknown_field", "s/a/options[0]", "unknown field 'point'");
    {
        // Array limits: 500 items per section, 100 options, 50 bands, 100 oneOf values.
        const auto list = [](int count, const std::function<QByteArray(int)> &element) {
            QByteArray result = "[";
            for (int i = 0; i < count; ++i)
                result += (i > 0 ? "," : "") + element(i);
            return result + ']';
        };
        const QByteArray items = list(501, [](int i) {
            return R"({"id":"i)" + QByteArray::number(i) + R"(","type":"yesno","prompt":"Q?"})";
        });
        row("501 items in a section", withItems(items.constData()), "too_many", "s",
            "'items' has 501 entries; at most 500 are allowed");
        const QByteArray options = list(
            101, [](int i) { return R"({"id":"o)" + QByteArray::number(i) + R"(","label":"O"})"; });
        row("101 options",
            withItems(R"([{"id":"a","type":"checklist","prompt":"A?","options":)" + options + "}]"),
            "too_many", "s/a", "'options' has 101 entries; at most 100 are allowed");
        const QByteArray bands = list(
            51, [](int i) { return R"({"min":)" + QByteArray::number(i) + R"(,"points":1})"; });
        row("51 bands",
            withItems(R"([{"id":"a","type":"count","prompt":"A?","bands":)" + bands + "}]"),
            "too_many", "s/a", "'bands' has 51 entries; at most 50 are allowed");
        const QByteArray values = list(101, [](int i) { return QByteArray::number(i); });
        row("101 oneOf values",
            withItems(R"([{"id":"a","type":"count","prompt":"A?"},)"
                      R"({"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","oneOf":)" +
                      values + "}}]"),
            "too_many", "s/b/showIf", "'oneOf' has 101 entries; at most 100 are allowed");
    }

    // --- bands -------------------------------------------------------------------------------
    row("empty bands", withItems(R"([{"id":"a","type":"count","prompt":"A?","bands":[]}])"),
        "no_bands", "s/a", "'bands' is empty");
    row("band min > max", withItems(R"([{"id":"a","type":"number","prompt":"A?",
            "bands":[{"min":10,"max":5,"points":1},{"points":0}]}])"),
        "invalid_band", "s/a/bands[0]", "'min' 10 is above 'max' 5");
    row("band without points", withItems(R"([{"id":"a","type":"number","prompt":"A?",
            "bands":[{"max":5,"points":1},{"min":5}]}])"),
        "missing_field", "s/a/bands[1]", "'points' is missing");
    row("band not an object",
        withItems(R"([{"id":"a","type":"number","prompt":"A?","bands":[3,{"points":0}]}])"),
        "wrong_type", "s/a/bands[0]", "a band must be an object, not a number");
    row("band unknown field", withItems(R"([{"id":"a","type":"number","prompt":"A?",
            "bands":[{"mx":30,"points":1}]}])"),
        "unknown_field", "s/a/bands[0]", "unknown field 'mx'");
    row("bands gap: real 30..31", withItems(R"([{"id":"a","type":"number","prompt":"A?",
            "bands":[{"max":30,"points":2},{"min":31,"points":0}]}])"),
        "bands_gap", "s/a", "bands leave values between 30 and 31 unscored");
    row("bands gap: real 30..30.5 with bounds", withItems(R"([{"id":"a","type":"number",
            "prompt":"A?","min":0,"max":100,
            "bands":[{"max":30,"points":2},{"min":30.5,"points":0}]}])"),
        "bands_gap", "s/a", "values between 30 and 30.5");
    row("bands gap: integers 3 to 4", withItems(R"([{"id":"a","type":"count","prompt":"A?",
            "bands":[{"max":2,"points":2},{"min":5,"points":0}]}])"),
        "bands_gap", "s/a", "bands leave values 3 to 4 unscored");
    row("bands gap: scale value 3", withItems(R"([{"id":"a","type":"scale","prompt":"A?",
            "min":1,"max":5,"bands":[{"min":4,"points":1},{"max":2,"points":0}]}])"),
        "bands_gap", "s/a", "bands leave the value 3 unscored");
    row("bands gap: above 60", withItems(R"([{"id":"a","type":"duration","prompt":"A?",
            "bands":[{"max":30,"points":4},{"max":60,"points":2}]}])"),
        "bands_gap", "s/a", "bands leave values above 60 unscored");
    row("bands gap: count value 0", withItems(R"([{"id":"a","type":"count","prompt":"A?",
            "bands":[{"min":1,"points":1}]}])"),
        "bands_gap", "s/a", "bands leave the value 0 unscored");
    row("bands gap: count from 5 up", withItems(R"([{"id":"a","type":"count","prompt":"A?",
            "bands":[{"max":2,"points":2},{"max":4,"points":1}]}])"),
        "bands_gap", "s/a", "bands leave values from 5 up unscored");
    row("bands gap: nps 10", withItems(R"([{"id":"a","type":"nps","prompt":"A?",
            "bands":[{"max":6,"points":0},{"min":7,"max":9,"points":1}]}])"),
        "bands_gap", "s/a", "bands leave the value 10 unscored");
    row("bands gap: number below 0", withItems(R"([{"id":"a","type":"number","prompt":"A?",
            "bands":[{"min":0,"points":1}]}])"),
        "bands_gap", "s/a", "bands leave values below 0 unscored");
    row("bands gap: nps 0 and 10 (two issues)", withItems(R"([{"id":"a","type":"nps","prompt":"A?",
            "bands":[{"min":1,"max":9,"points":1}]}])"),
        "bands_gap", "s/a", "the value 0", 2);

    // --- metrics -----------------------------------------------------------------------------
    row("unknown metric", withItems(R"([{"id":"a","metric":"timeToGreat","prompt":"A?"}])"),
        "unknown_metric", "s/a", "unknown timeline metric \"timeToGreat\"");
    row("phone metric in a store script",
        withItems(R"([{"id":"a","metric":"holdCount","prompt":"A?"}])"), "metric_wrong_channel",
        "s/a", "metric \"holdCount\" belongs to phone scripts, not store scripts");
    row("store metric in a phone script",
        withItems(R"([{"id":"a","metric":"timeToGreet","prompt":"A?"}])", "phone"),
        "metric_wrong_channel", "s/a", "belongs to store scripts, not phone scripts");
    row("metric with mismatched type",
        withItems(R"([{"id":"a","type":"count","metric":"timeToGreet","prompt":"A?"}])"),
        "metric_type_mismatch", "s/a", "gives a duration, so the item cannot be of type count");

    // --- conditions --------------------------------------------------------------------------
    row("condition on unknown item", withItems(R"([{"id":"a","type":"yesno","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"ghost","equals":true}}])"),
        "condition_unknown_item", "s/b/showIf", "depends on unknown item \"ghost\"");
    row("condition on a later item", withItems(R"([
            {"id":"a","type":"yesno","prompt":"A?","showIf":{"item":"b","equals":true}},
            {"id":"b","type":"yesno","prompt":"B?"}])"),
        "condition_later_item", "s/a/showIf", "depends on s/b, which comes later");
    row("condition on a later section", withSections(R"([
            {"id":"s","title":"S","touchpoint":"tp","department":"sales",
             "items":[{"id":"a","type":"yesno","prompt":"A?","showIf":{"item":"b","equals":true}}]},
            {"id":"u","title":"U","touchpoint":"tp","department":"sales",
             "items":[{"id":"b","type":"yesno","prompt":"B?"}]}])"),
        "condition_later_item", "s/a/showIf", "depends on u/b");
    row("condition cycle of two", withItems(R"([
            {"id":"a","type":"yesno","prompt":"A?","showIf":{"item":"b","equals":true}},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":true}}])"),
        "condition_cycle", "s/a/showIf", "conditions form a cycle: a -> b -> a");
    row("condition cycle of three", withItems(R"([
            {"id":"a","type":"yesno","prompt":"A?","showIf":{"item":"c","equals":true}},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":true}},
            {"id":"c","type":"yesno","prompt":"C?","showIf":{"item":"b","equals":true}}])"),
        "condition_cycle", "s/a/showIf", "a -> c -> b -> a");
    row("condition on itself", withItems(R"([
            {"id":"a","type":"yesno","prompt":"A?","showIf":{"item":"a","equals":true}}])"),
        "condition_cycle", "s/a/showIf", "conditions form a cycle: a -> a");
    row("condition on a text item", withItems(R"([{"id":"a","type":"text","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":"x"}}])"),
        "condition_invalid_source", "s/b/showIf", "cannot depend on a, a text item");
    row("condition on a photo item", withItems(R"([{"id":"a","type":"photo","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":true}}])"),
        "condition_invalid_source", "s/b/showIf", "a photo item");
    row("yes/no condition on \"yes\"", withItems(R"([{"id":"a","type":"yesno","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":"yes"}}])"),
        "condition_value", "s/b/showIf", "a answers yes or no, so it can never equal \"yes\"");
    row("yes/no condition on 1", withItems(R"([{"id":"a","type":"yesno","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","oneOf":[true,1]}}])"),
        "condition_value", "s/b/showIf", "can never equal 1");
    row("choice condition on a missing option", withItems(R"([{"id":"a","type":"choice",
            "prompt":"A?","options":[{"id":"x","label":"X"},{"id":"y","label":"Y"}]},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","oneOf":["x","z"]}}])"),
        "condition_value", "s/b/showIf", "a has no option \"z\"");
    row("count condition on a string", withItems(R"([{"id":"a","type":"count","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":"3"}}])"),
        "condition_value", "s/b/showIf", "answers a number, so it can never equal \"3\"");
    row("equals outside the scale",
        withItems(R"([{"id":"a","type":"scale","prompt":"A?","min":1,"max":5},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":7}}])"),
        "condition_value", "s/b/showIf", "a can never be 7");
    row("above the top of an nps", withItems(R"([{"id":"a","type":"nps","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","above":10}}])"),
        "condition_value", "s/b/showIf", "a can never be above 10");
    row("below zero on a count", withItems(R"([{"id":"a","type":"count","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","below":0}}])"),
        "condition_value", "s/b/showIf", "a can never be below 0");
    row("half on a count", withItems(R"([{"id":"a","type":"count","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":2.5}}])"),
        "condition_value", "s/b/showIf", "answers a whole number");
    row("points beside bands on a scale",
        withItems(R"([{"id":"a","type":"scale","prompt":"A?","min":1,
            "max":5,"points":4,"bands":[{"max":3,"points":0},{"points":2}]}])"),
        "field_not_allowed", "s/a", "'points' is not used when 'bands' score the item");
    row("scale beyond the exact range", withItems(R"([{"id":"a","type":"scale","prompt":"A?",
            "min":9007199254740000,"max":9007199254740992}])"),
        "invalid_scale", "s/a", "within -1000000000..1000000000");
    row("weight shown as written", withSections(R"([{"id":"s","title":"S","touchpoint":"tp",
            "department":"sales","weight":1000.001,"items":[{"id":"a","type":"yesno","prompt":"A?"}]}])"),
        "invalid_weight", "s", "not 1000.001");
    row("above on a choice item", withItems(R"([{"id":"a","type":"choice","prompt":"A?",
            "options":[{"id":"x","label":"X"},{"id":"y","label":"Y"}]},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","above":1}}])"),
        "condition_value", "s/b/showIf", "'above' and 'below' need a numeric item; a is a choice");
    row("below on a yes/no item", withItems(R"([{"id":"a","type":"yesno","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","below":1}}])"),
        "condition_value", "s/b/showIf", "a is a yesno item");
    row("nps condition on 11", withItems(R"([{"id":"a","type":"nps","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":11}}])"),
        "condition_value", "s/b/showIf", "a can never be 11");
    row("scale condition outside min..max", withItems(R"([{"id":"a","type":"scale","prompt":"A?",
            "min":1,"max":5},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","oneOf":[0,3,6]}}])"),
        "condition_value", "s/b/showIf", "a can never be 6", 2);
    row("scale condition on a fraction", withItems(R"([{"id":"a","type":"scale","prompt":"A?",
            "min":1,"max":5},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":2.5}}])"),
        "condition_value", "s/b/showIf", "answers a whole number, so it can never equal 2.5");
    row("count condition on -1", withItems(R"([{"id":"a","type":"count","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":-1}}])"),
        "condition_value", "s/b/showIf", "a can never be -1");
    row("choice condition on true", withItems(R"([{"id":"a","type":"choice","prompt":"A?",
            "options":[{"id":"x","label":"X"},{"id":"y","label":"Y"}]},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":true}}])"),
        "condition_value", "s/b/showIf", "a answers with option ids, so it can never equal true");
    row("showIf with two operators", withItems(R"([{"id":"a","type":"yesno","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":true,"oneOf":[true]}}])"),
        "invalid_condition", "s/b/showIf",
        "needs exactly one of equals, oneOf, above or below; it has 2");
    row("showIf without operator", withItems(R"([{"id":"a","type":"yesno","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a"}}])"),
        "invalid_condition", "s/b/showIf", "it has 0");
    row("showIf not an object", withItems(R"([{"id":"a","type":"yesno","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":"a"}])"),
        "wrong_type", "s/b", "'showIf' must be an object, not a string");
    row("showIf equals an array", withItems(R"([{"id":"a","type":"yesno","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":[true]}}])"),
        "wrong_type", "s/b/showIf", "'equals' must be true, false, a number or a string");
    row("showIf oneOf empty", withItems(R"([{"id":"a","type":"yesno","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","oneOf":[]}}])"),
        "wrong_type", "s/b/showIf", "'oneOf' must be a non-empty array");
    row("showIf without item", withItems(R"([{"id":"a","type":"yesno","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"equals":true}}])"),
        "missing_field", "s/b/showIf", "'item' is missing");
    row("showIf unknown field", withItems(R"([{"id":"a","type":"yesno","prompt":"A?"},
            {"id":"b","type":"yesno","prompt":"B?","showIf":{"item":"a","equals":true,"not":true}}])"),
        "unknown_field", "s/b/showIf", "unknown field 'not'");

    // --- whole-script rules --------------------------------------------------------------------
    row("two nps items", withItems(R"([{"id":"a","type":"nps","prompt":"A?"},
            {"id":"b","type":"nps","prompt":"B?"}])"),
        "multiple_nps", "s/b", "a script may have one NPS item; s/a is one already");
    row("critical number without bands",
        withItems(R"([{"id":"a","type":"number","prompt":"A?","critical":true}])"),
        "critical_unscored", "s/a", "this number item earns none");
    row("critical text", withItems(R"([{"id":"a","type":"text","prompt":"A?","critical":true}])"),
        "critical_unscored", "s/a");
    row("critical yes/no worth 0 points",
        withItems(R"([{"id":"a","type":"yesno","prompt":"A?","points":0,"critical":true}])"),
        "critical_unscored", "s/a", "this yesno item earns none");
    row("critical checklist of 0-point options", withItems(R"([{"id":"a","type":"checklist",
            "prompt":"A?","critical":true,"options":[{"id":"x","label":"X"}]}])"),
        "critical_unscored", "s/a");
}

void TestScriptLoader::invalidScript()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    QFETCH(int, issueCount);

    const ScriptLoadResult result = loadScript(json);
    const QString all = describe(result.issues);
    QVERIFY2(!result.ok(), "the script loaded although it is invalid");
    QVERIFY(!result.script.has_value());

    bool found = false;
    for (const Issue &issue : result.issues) {
        QVERIFY2(!issue.code.isEmpty() && !issue.message.isEmpty(), qPrintable(all));
        if (issue.code == code && issue.path == path &&
            (fragment.isEmpty() || issue.message.contains(fragment)))
            found = true;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("expected [%1] %2 containing \"%3\"; got:\n%4")
                                   .arg(code, path, fragment, all)));
    QVERIFY2(result.issues.size() == issueCount,
             qPrintable(QStringLiteral("expected %1 issue(s), got:\n%2").arg(issueCount).arg(all)));
}

void TestScriptLoader::reportsEveryProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // "code path" of every issue, in any order

    QTest::newRow("five problems")
        << QByteArray(R"({
        "id": "t", "version": 0, "title": "T", "channel": "store", "passMark": 80,
        "sections": [
          {"id": "s", "title": "S", "touchpoint": "tp", "department": "sales", "weight": 0,
           "items": [
             {"id": "a", "type": "yesno", "prompt": "A?", "alowNA": true},
             {"id": "b", "type": "stars", "prompt": "B?"},
             {"id": "c", "type": "count", "prompt": "C?", "bands": [{"min": 1, "points": 1}]}
           ]}
        ]})")
        << QStringList{QStringLiteral("invalid_version "), QStringLiteral("invalid_weight s"),
                       QStringLiteral("unknown_field s/a"), QStringLiteral("unknown_type s/b"),
                       QStringLiteral("bands_gap s/c")};

    QTest::newRow("problems in every part")
        << QByteArray(R"({
        "id": "T", "version": 1, "title": "", "channel": "web", "passMark": 80, "extra": 1,
        "sections": [
          {"id": "s", "title": "S", "touchpoint": "tp", "department": "sales",
           "items": [
             {"id": "a", "type": "nps", "prompt": "A?"},
             {"id": "b", "type": "choice", "prompt": "B?", "options": [{"id": "x", "label": "X"}]},
             {"id": "c", "type": "yesno", "prompt": "C?", "showIf": {"item": "d", "equals": true}}
           ]},
          {"id": "u", "title": "U", "touchpoint": "tp", "department": "sales",
           "items": [
             {"id": "d", "type": "yesno", "prompt": "D?"},
             {"id": "e", "type": "nps", "prompt": "E?"},
             {"id": "f", "type": "yesno", "prompt": "F?", "showIf": {"item": "a", "equals": "x"}}
           ]}
        ]})")
        << QStringList{QStringLiteral("invalid_id "),
                       QStringLiteral("empty_text "),
                       QStringLiteral("invalid_channel "),
                       QStringLiteral("unknown_field "),
                       QStringLiteral("too_few_options s/b"),
                       QStringLiteral("multiple_nps u/e"),
                       QStringLiteral("condition_later_item s/c/showIf"),
                       QStringLiteral("condition_value u/f/showIf")};
}

void TestScriptLoader::reportsEveryProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);

    const ScriptLoadResult result = loadScript(json);
    QVERIFY(!result.ok());
    QStringList actual;
    for (const Issue &issue : result.issues) {
        QVERIFY(!issue.message.isEmpty());
        actual.append(issue.code + QLatin1Char(' ') + issue.path);
    }
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
}

void TestScriptLoader::parseErrorPosition()
{
    // The error is the missing comma before "title" on line 4; the position must point there
    // (line 4), not at the start of the document.
    const QByteArray json = "{\n  \"id\": \"t\",\n  \"version\": 1\n  \"title\": \"T\"\n}";
    const ScriptLoadResult result = loadScript(json);
    QCOMPARE(result.issues.size(), 1);
    const Issue &issue = result.issues.first();
    QCOMPARE(issue.code, QStringLiteral("parse_error"));
    QVERIFY(issue.path.isEmpty());
    static const QRegularExpression position(QStringLiteral("at line (\\d+), column (\\d+): .+"));
    const auto match = position.match(issue.message);
    QVERIFY2(match.hasMatch(), qPrintable(issue.message));
    QCOMPARE(match.captured(1).toInt(), 4);
    const int column = match.captured(2).toInt();
    QVERIFY2(column >= 1 && column <= 4, qPrintable(issue.message)); // at the start of "title"

    // Same error on the first line: line 1, and the column is past the opening brace.
    const ScriptLoadResult oneLine = loadScript(R"({"id":"t" "version":1})");
    QCOMPARE(oneLine.issues.size(), 1);
    QVERIFY2(oneLine.issues.first().message.startsWith(
                 QLatin1String("not valid JSON at line 1, column ")),
             qPrintable(oneLine.issues.first().message));
}

void TestScriptLoader::unreadableFile()
{
    const QString name = QStringLiteral("/nonexistent/folder/script.json");
    const ScriptLoadResult result = loadScriptFile(name);
    QVERIFY(!result.ok());
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().code, QStringLiteral("cannot_read"));
    QVERIFY2(result.issues.first().message.contains(name),
             qPrintable(result.issues.first().message));
}

void TestScriptLoader::minimalScript()
{
    const ScriptLoadResult result = loadScript(R"({
        "id": "mini", "version": 7, "title": "Minimal", "channel": "phone", "passMark": 75.5,
        "sections": [{"id": "only", "title": "Only", "touchpoint": "agent", "department": "hr",
                      "items": [{"id": "q", "type": "yesno", "prompt": "Q?"}]}]})");
    QVERIFY2(result.ok(), qPrintable(describe(result.issues)));
    QVERIFY(result.issues.isEmpty());
    const Script &script = *result.script;
    QCOMPARE(script.id, QStringLiteral("mini"));
    QCOMPARE(script.version, 7);
    QCOMPARE(script.title, QStringLiteral("Minimal"));
    QCOMPARE(script.channel, Channel::Phone);
    QCOMPARE(script.passMark, Centi(7550));
    QCOMPARE(script.sections.size(), 1);
    QCOMPARE(script.sections[0].id, QStringLiteral("only"));
    QCOMPARE(script.sections[0].touchpoint, QStringLiteral("agent"));
    QCOMPARE(script.sections[0].department, QStringLiteral("hr"));
    QCOMPARE(script.sections[0].items, QList<int>{0});
    QCOMPARE(script.items.size(), 1);
    QCOMPARE(script.items[0].id, QStringLiteral("q"));
    QCOMPARE(script.items[0].prompt, QStringLiteral("Q?"));
    QCOMPARE(script.items[0].sectionIndex, 0);
    QCOMPARE(script.itemIndex.value(QStringLiteral("q"), -1), 0);
    QCOMPARE(script.findItem(QStringLiteral("q")), &script.items[0]);
    QCOMPARE(script.findItem(QStringLiteral("nope")), nullptr);
    QCOMPARE(script.itemPath(0), QStringLiteral("only/q"));
    QCOMPARE(script.npsItem, -1);
}

void TestScriptLoader::everyItemType()
{
    const Script script = loadValid(R"({
        "id": "all", "version": 1, "title": "All types", "channel": "store", "passMark": 50,
        "sections": [
          {"id": "one", "title": "One", "touchpoint": "greeting", "department": "sales",
           "items": [
             {"id": "yn", "type": "yesno", "prompt": "Y?"},
             {"id": "sc", "type": "scale", "prompt": "S?", "min": 1, "max": 5},
             {"id": "np", "type": "nps", "prompt": "N?"},
             {"id": "ch", "type": "choice", "prompt": "C?",
              "options": [{"id": "x", "label": "X", "points": 1}, {"id": "y", "label": "Y"}]},
             {"id": "cl", "type": "checklist", "prompt": "L?",
              "options": [{"id": "p", "label": "P", "points": 1}]}
           ]},
          {"id": "two", "title": "Two", "touchpoint": "checkout", "department": "finance",
           "items": [
             {"id": "nu", "type": "number", "prompt": "Nu?", "unit": "EUR", "min": 0},
             {"id": "du", "type": "duration", "prompt": "D?"},
             {"id": "co", "type": "count", "prompt": "Co?"},
             {"id": "tx", "type": "text", "prompt": "T?"},
             {"id": "ph", "type": "photo", "prompt": "P?"},
             {"id": "gr", "metric": "timeToGreet", "prompt": "Greet?"},
             {"id": "gd", "type": "duration", "metric": "visitLength", "prompt": "Visit?"}
           ]}
        ]})");
    const QList<std::pair<const char *, ItemType>> expected{
        {"yn", ItemType::YesNo},    {"sc", ItemType::Scale},     {"np", ItemType::Nps},
        {"ch", ItemType::Choice},   {"cl", ItemType::Checklist}, {"nu", ItemType::Number},
        {"du", ItemType::Duration}, {"co", ItemType::Count},     {"tx", ItemType::Text},
        {"ph", ItemType::Photo},    {"gr", ItemType::Duration},  {"gd", ItemType::Duration},
    };
    QCOMPARE(script.items.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(script.items[i].id, QString::fromLatin1(expected[i].first));
        QCOMPARE(script.items[i].type, expected[i].second);
        QCOMPARE(script.itemIndex.value(QString::fromLatin1(expected[i].first), -1), i);
        QCOMPARE(script.items[i].sectionIndex, i < 5 ? 0 : 1);
    }
    QCOMPARE(script.sections[0].items, (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(script.sections[1].items, (QList<int>{5, 6, 7, 8, 9, 10, 11}));
    QCOMPARE(script.npsItem, 2);
    QCOMPARE(script.items[1].min, std::optional<double>(1));
    QCOMPARE(script.items[1].max, std::optional<double>(5));
    QCOMPARE(script.items[3].options.size(), 2);
    QCOMPARE(script.items[3].optionIndex(QStringLiteral("y")), 1);
    QCOMPARE(script.items[5].unit, QStringLiteral("EUR"));
    QCOMPARE(script.items[5].min, std::optional<double>(0));
    QVERIFY(!script.items[5].max);
    QVERIFY(!script.items[6].metric);
    QCOMPARE(script.items[10].metric, std::optional<Metric>(Metric::TimeToGreet));
    QCOMPARE(script.items[11].metric, std::optional<Metric>(Metric::VisitLength));

    // A count metric gives a count item when the type is left out.
    const Script phone = loadValid(withItems(R"([{"id":"h","metric":"holdCount","prompt":"H?"},
        {"id":"t","metric":"transferCount","type":"count","prompt":"T?"}])",
                                             "phone"));
    QCOMPARE(phone.items.size(), 2);
    QCOMPARE(phone.items[0].type, ItemType::Count);
    QCOMPARE(phone.items[0].metric, std::optional<Metric>(Metric::HoldCount));
    QCOMPARE(phone.items[1].type, ItemType::Count);
    QCOMPARE(phone.channel, Channel::Phone);
}

void TestScriptLoader::defaults()
{
    const Script script = loadValid(withItems(R"([{"id":"a","type":"yesno","prompt":"A?"},
        {"id":"b","type":"yesno","prompt":"B?","good":"no","points":2.5,"allowNA":true,
         "critical":true,"required":true,"guidance":"hint"}])"));
    QCOMPARE(script.criticalCap, Centi(0));
    QCOMPARE(script.passMark, Centi(8000));
    QVERIFY(script.description.isEmpty());
    QCOMPARE(script.sections[0].weight, Centi(100));
    QVERIFY(script.sections[0].description.isEmpty());

    const Item &a = script.items[0];
    QCOMPARE(a.allowNA, false);
    QCOMPARE(a.critical, false);
    QCOMPARE(a.required, false);
    QCOMPARE(a.goodAnswer, true);
    QVERIFY(!a.points.has_value());
    QCOMPARE(a.pointsOrDefault(), Centi(100));
    QCOMPARE(a.possible, Centi(100));
    QVERIFY(!a.showIf);
    QVERIFY(!a.metric);
    QVERIFY(a.guidance.isEmpty());

    const Item &b = script.items[1];
    QCOMPARE(b.allowNA, true);
    QCOMPARE(b.critical, true);
    QCOMPARE(b.required, true);
    QCOMPARE(b.goodAnswer, false);
    QCOMPARE(b.points, std::optional<Centi>(250));
    QCOMPARE(b.possible, Centi(250));
    QCOMPARE(b.guidance, QStringLiteral("hint"));

    const Script capped = loadValid(R"({"id":"t","version":1,"title":"T","channel":"store",
        "passMark":0,"criticalCap":49.99,"description":"d","sections":[{"id":"s","title":"S",
        "touchpoint":"tp","department":"my_org-dept","weight":0.5,
        "items":[{"id":"a","type":"yesno","prompt":"A?"}]}]})");
    QCOMPARE(capped.criticalCap, Centi(4999));
    QCOMPARE(capped.passMark, Centi(0));
    QCOMPARE(capped.description, QStringLiteral("d"));
    QCOMPARE(capped.sections[0].weight, Centi(50));
    QCOMPARE(capped.sections[0].department, QStringLiteral("my_org-dept"));
}

void TestScriptLoader::possiblePoints_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<qint64>("possible"); // hundredths

    QTest::newRow("yesno default")
        << QByteArray(R"({"id":"a","type":"yesno","prompt":"A?"})") << qint64(100);
    QTest::newRow("yesno 2.5") << QByteArray(
                                      R"({"id":"a","type":"yesno","prompt":"A?","points":2.5})")
                               << qint64(250);
    QTest::newRow("scale default")
        << QByteArray(R"({"id":"a","type":"scale","prompt":"A?","min":1,"max":5})") << qint64(100);
    QTest::newRow("scale 4 points")
        << QByteArray(R"({"id":"a","type":"scale","prompt":"A?","min":0,"max":10,"points":4})")
        << qint64(400);
    QTest::newRow("scale with bands") << QByteArray(R"({"id":"a","type":"scale","prompt":"A?",
        "min":1,"max":5,"bands":[{"min":4,"points":3},{"points":0.5}]})")
                                      << qint64(300);
    QTest::newRow("choice: best option") << QByteArray(R"({"id":"a","type":"choice","prompt":"A?",
        "options":[{"id":"x","label":"X","points":1},{"id":"y","label":"Y","points":3.25},
                   {"id":"z","label":"Z"}]})")
                                         << qint64(325);
    QTest::newRow("checklist: sum") << QByteArray(R"({"id":"a","type":"checklist","prompt":"A?",
        "options":[{"id":"x","label":"X","points":1},{"id":"y","label":"Y","points":2.5},
                   {"id":"z","label":"Z"}]})")
                                    << qint64(350);
    QTest::newRow("banded count: best band") << QByteArray(R"({"id":"a","type":"count",
        "prompt":"A?","bands":[{"max":2,"points":2},{"max":4,"points":5},{"points":0}]})")
                                             << qint64(500);
    QTest::newRow("banded duration") << QByteArray(R"({"id":"a","type":"duration","prompt":"A?",
        "bands":[{"max":30,"points":4},{"points":0}]})")
                                     << qint64(400);
    QTest::newRow("banded nps") << QByteArray(R"({"id":"a","type":"nps","prompt":"A?",
        "bands":[{"min":9,"points":2},{"points":0}]})")
                                << qint64(200);
    QTest::newRow("unbanded number")
        << QByteArray(R"({"id":"a","type":"number","prompt":"A?","min":0,"max":9})") << qint64(0);
    QTest::newRow("unbanded count")
        << QByteArray(R"({"id":"a","type":"count","prompt":"A?"})") << qint64(0);
    QTest::newRow("unbanded nps") << QByteArray(R"({"id":"a","type":"nps","prompt":"A?"})")
                                  << qint64(0);
    QTest::newRow("unbanded metric")
        << QByteArray(R"({"id":"a","metric":"timeToPay","prompt":"A?"})") << qint64(0);
    QTest::newRow("text") << QByteArray(R"({"id":"a","type":"text","prompt":"A?"})") << qint64(0);
    QTest::newRow("photo") << QByteArray(R"({"id":"a","type":"photo","prompt":"A?"})") << qint64(0);
}

void TestScriptLoader::possiblePoints()
{
    QFETCH(QByteArray, item);
    QFETCH(qint64, possible);

    const ScriptLoadResult result = loadScript(withItems(("[" + item + "]").constData()));
    QVERIFY2(result.ok(), qPrintable(describe(result.issues)));
    QCOMPARE(result.script->items.size(), 1);
    QCOMPARE(result.script->items[0].possible, Centi(possible));
}

void TestScriptLoader::chainedConditions()
{
    // A -> B -> C across two sections, with an unrelated item in between: each condition
    // resolves to the index of its source in Script::items.
    const Script script = loadValid(withSections(R"([
        {"id":"s","title":"S","touchpoint":"tp","department":"sales","items":[
          {"id":"a","type":"yesno","prompt":"A?"},
          {"id":"x","type":"text","prompt":"X"},
          {"id":"b","type":"scale","prompt":"B?","min":1,"max":5,
           "showIf":{"item":"a","equals":true}}]},
        {"id":"u","title":"U","touchpoint":"tp","department":"sales","items":[
          {"id":"c","type":"yesno","prompt":"C?","showIf":{"item":"b","above":3}},
          {"id":"d","type":"text","prompt":"D","showIf":{"item":"c","oneOf":[false]}}]}])"));
    QCOMPARE(script.items.size(), 5);
    QVERIFY(!script.items[0].showIf);
    QVERIFY(!script.items[1].showIf);

    const Item &b = script.items[2];
    QVERIFY(b.showIf);
    QCOMPARE(b.showIf->itemId, QStringLiteral("a"));
    QCOMPARE(b.showIf->sourceIndex, 0);
    QCOMPARE(b.showIf->op, ConditionOperator::Equals);
    QCOMPARE(b.showIf->values, QJsonArray{true});

    const Item &c = script.items[3];
    QVERIFY(c.showIf);
    QCOMPARE(c.showIf->itemId, QStringLiteral("b"));
    QCOMPARE(c.showIf->sourceIndex, 2);
    QCOMPARE(c.showIf->op, ConditionOperator::Above);
    QCOMPARE(c.showIf->threshold, 3.0);
    QCOMPARE(c.sectionIndex, 1);

    const Item &d = script.items[4];
    QVERIFY(d.showIf);
    QCOMPARE(d.showIf->sourceIndex, 3);
    QCOMPARE(d.showIf->op, ConditionOperator::OneOf);
    QCOMPARE(d.showIf->values, QJsonArray{false});
}

void TestScriptLoader::validConditions()
{
    // Every operator on every kind of source it fits loads without issues.
    const Script script = loadValid(withItems(R"([
        {"id":"yn","type":"yesno","prompt":"Y?"},
        {"id":"ch","type":"choice","prompt":"C?","options":[{"id":"x","label":"X"},{"id":"y","label":"Y"}]},
        {"id":"cl","type":"checklist","prompt":"L?","options":[{"id":"p","label":"P"}]},
        {"id":"np","type":"nps","prompt":"N?"},
        {"id":"gr","metric":"timeToGreet","prompt":"G?"},
        {"id":"a1","type":"yesno","prompt":"1","showIf":{"item":"yn","equals":false}},
        {"id":"a2","type":"yesno","prompt":"2","showIf":{"item":"ch","oneOf":["x","y"]}},
        {"id":"a3","type":"yesno","prompt":"3","showIf":{"item":"cl","equals":"p"}},
        {"id":"a4","type":"yesno","prompt":"4","showIf":{"item":"np","below":7}},
        {"id":"a5","type":"yesno","prompt":"5","showIf":{"item":"gr","above":30.5}},
        {"id":"a6","type":"yesno","prompt":"6","showIf":{"item":"np","equals":10}}])"));
    QCOMPARE(script.items.size(), 11);
    const QList<int> sources{0, 1, 2, 3, 4, 3};
    for (int i = 0; i < sources.size(); ++i) {
        const Item &item = script.items[5 + i];
        QVERIFY2(item.showIf, qPrintable(item.id));
        QCOMPARE(item.showIf->sourceIndex, sources[i]);
    }
    QCOMPARE(script.items[8].showIf->op, ConditionOperator::Below);
    QCOMPARE(script.items[8].showIf->threshold, 7.0);
    QCOMPARE(script.items[9].showIf->threshold, 30.5);
}

QTEST_GUILESS_MAIN(TestScriptLoader)
#include "tst_scriptloader.moc"
