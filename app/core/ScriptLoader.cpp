#include "core/ScriptLoader.h"

#include "core/ScriptLoaderParts.h"

#include <QFile>

#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>

namespace tp {

namespace {

constexpr int kMaxSections = 200;
constexpr int kMaxItemsPerSection = 500;
constexpr int kMaxItems = 2000;

Issue parseErrorIssue(const QByteArray &json, const QJsonParseError &error)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < error.offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {QString(), QStringLiteral("parse_error"),
            QStringLiteral("not valid JSON at line %1, column %2: %3")
                .arg(line)
                .arg(column)
                .arg(error.errorString())};
}

void readSection(const QJsonObject &object, int sectionIndex, Script &script,
                 QSet<QString> &unusableIds, Issues &issues)
{
    const QString candidateId = object.value(QLatin1String("id")).toString();
    const bool validId = isValidIdentifier(candidateId);
    Section section;
    section.id = validId ? candidateId : QStringLiteral("sections[%1]").arg(sectionIndex);
    JsonFields fields(object, section.id, issues);
    fields.identifier("id", Need::Required);
    for (const Section &other : std::as_const(script.sections)) {
        if (validId && other.id == section.id)
            fields.error(QStringLiteral("duplicate_id"),
                         QStringLiteral("section id \"%1\" is used twice").arg(section.id));
    }
    section.title = fields.text("title", Need::Required, 200).value_or(QString());
    section.description = fields.text("description", Need::Optional).value_or(QString());
    section.touchpoint = fields.identifier("touchpoint", Need::Required).value_or(QString());
    section.department = fields.identifier("department", Need::Required).value_or(QString());
    if (fields.has("weight")) {
        const auto weight = fields.number("weight", Need::Required);
        const auto centi = weight ? toCenti(*weight, 1000) : std::nullopt;
        if (weight && (!centi || *centi <= 0))
            fields.error(QStringLiteral("invalid_weight"),
                         QStringLiteral("'weight' must be above 0, at most 1000, with at most 2 "
                                        "decimals, not %1")
                             .arg(formatNumber(*weight)));
        section.weight = centi.value_or(kCentiPerUnit);
    }

    const int sectionPosition = int(script.sections.size());
    script.sections.append(section);
    const auto items = fields.array("items", Need::Required, kMaxItemsPerSection);
    fields.reportUnknownFields();
    if (!items)
        return;
    if (items->isEmpty())
        fields.error(QStringLiteral("no_items"), QStringLiteral("the section has no items"));

    for (int i = 0; i < items->size(); ++i) {
        const QJsonValue value = items->at(i);
        const auto itemPath = [&section, i] {
            return section.id + QStringLiteral("/items[%1]").arg(i);
        };
        if (!value.isObject()) {
            issues.append(
                {itemPath(), QStringLiteral("wrong_type"),
                 QStringLiteral("an item must be an object, not ") + jsonTypeName(value)});
            continue;
        }
        if (script.items.size() >= kMaxItems) {
            const bool reported =
                std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) {
                    return issue.code == QLatin1String("too_many") &&
                           issue.message.startsWith(QLatin1String("a script may have"));
                });
            if (!reported)
                issues.append(
                    {itemPath(), QStringLiteral("too_many"),
                     QStringLiteral("a script may have at most %1 items").arg(kMaxItems)});
            return;
        }
        const QJsonObject object = value.toObject();
        const QString candidateId = object.value(QLatin1String("id")).toString();
        const bool seenBefore =
            script.itemIndex.contains(candidateId) || unusableIds.contains(candidateId);
        auto item = detail::readItem(
            object, {script.channel, section.id, i, sectionPosition, &unusableIds}, issues);
        if (seenBefore && isValidIdentifier(candidateId)) {
            issues.append(
                {joinPath(section.id, candidateId), QStringLiteral("duplicate_id"),
                 QStringLiteral("item id \"%1\" is used more than once").arg(candidateId)});
            continue;
        }
        if (!item)
            continue;
        const int index = int(script.items.size());
        script.itemIndex.insert(item->id, index);
        script.items.append(std::move(*item));
        script.sections[sectionPosition].items.append(index);
    }
}

void checkSingleNps(Script &script, Issues &issues)
{
    for (int i = 0; i < script.items.size(); ++i) {
        if (script.items[i].type != ItemType::Nps)
            continue;
        if (script.npsItem < 0) {
            script.npsItem = i;
        } else {
            issues.append({script.itemPath(i), QStringLiteral("multiple_nps"),
                           QStringLiteral("a script may have one NPS item; %1 is one already")
                               .arg(script.itemPath(script.npsItem))});
        }
    }
}

} // namespace

namespace detail {

std::optional<Centi> readPercent(JsonFields &fields, const char *key, Need need)
{
    const auto value = fields.number(key, need);
    if (!value)
        return std::nullopt;
    const auto centi = toCenti(*value, 100);
    if (!centi || *centi < 0) {
        fields.error(QStringLiteral("out_of_range"),
                     QStringLiteral("'%1' must be a percentage from 0 to 100 with at most 2 "
                                    "decimals, not %2")
                         .arg(QLatin1String(key))
                         .arg(formatNumber(*value)));
        return std::nullopt;
    }
    return centi;
}

std::optional<Centi> readPoints(JsonFields &fields, const char *key, Need need)
{
    const auto value = fields.number(key, need);
    if (!value)
        return std::nullopt;
    const auto centi = toCenti(*value, 100000);
    if (!centi || *centi < 0) {
        fields.error(QStringLiteral("invalid_points"),
                     QStringLiteral("'%1' must be from 0 to 100000 with at most 2 decimals, not %2")
                         .arg(QLatin1String(key))
                         .arg(formatNumber(*value)));
        return std::nullopt;
    }
    return centi;
}

} // namespace detail

ScriptLoadResult loadScript(const QByteArray &json)
{
    ScriptLoadResult result;
    Issues &issues = result.issues;
    if (json.size() > kMaxScriptBytes) {
        issues.append({QString(), QStringLiteral("too_large"),
                       QStringLiteral("the script is %1 bytes; at most %2 are allowed")
                           .arg(json.size())
                           .arg(kMaxScriptBytes)});
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        issues.append(parseErrorIssue(json, parseError));
        return result;
    }
    if (!document.isObject()) {
        issues.append({QString(), QStringLiteral("not_object"),
                       QStringLiteral("a script must be a JSON object")});
        return result;
    }

    const QJsonObject root = document.object();
    JsonFields fields(root, QString(), issues);
    Script script;
    script.id = fields.identifier("id", Need::Required).value_or(QString());
    const QJsonValue version = fields.raw("version");
    if (version.isUndefined()) {
        fields.error(QStringLiteral("missing_field"), QStringLiteral("'version' is missing"));
    } else {
        const double number = version.toDouble(0);
        if (!version.isDouble() || number < 1 || number > 1e9 || number != std::floor(number))
            fields.error(
                QStringLiteral("invalid_version"),
                QStringLiteral("'version' must be a whole number from 1, not %1")
                    .arg(version.isDouble() ? formatNumber(number) : jsonTypeName(version)));
        else
            script.version = int(number);
    }
    script.title = fields.text("title", Need::Required, 200).value_or(QString());
    script.description = fields.text("description", Need::Optional).value_or(QString());
    if (const auto channel = fields.text("channel", Need::Required)) {
        if (const auto parsed = channelFromName(*channel))
            script.channel = *parsed;
        else
            fields.error(QStringLiteral("invalid_channel"),
                         QStringLiteral("'channel' must be \"store\" or \"phone\", not \"%1\"")
                             .arg(channel->left(80)));
    }
    script.passMark = detail::readPercent(fields, "passMark", Need::Required).value_or(0);
    script.criticalCap = detail::readPercent(fields, "criticalCap", Need::Optional).value_or(0);
    const auto sections = fields.array("sections", Need::Required, kMaxSections);
    fields.reportUnknownFields();
    QSet<QString> unusableIds;

    if (sections) {
        // Room for every item up front: growing a list of items copies each of them.
        qsizetype itemCount = 0;
        for (const QJsonValue &section : *sections)
            itemCount += section.toObject().value(QLatin1String("items")).toArray().size();
        script.items.reserve(std::min<qsizetype>(itemCount, kMaxItems));
        script.sections.reserve(sections->size());
        if (sections->isEmpty())
            issues.append({QString(), QStringLiteral("no_sections"),
                           QStringLiteral("the script has no sections")});
        for (int i = 0; i < sections->size(); ++i) {
            const QJsonValue value = sections->at(i);
            if (!value.isObject()) {
                issues.append(
                    {QStringLiteral("sections[%1]").arg(i), QStringLiteral("wrong_type"),
                     QStringLiteral("a section must be an object, not ") + jsonTypeName(value)});
                continue;
            }
            readSection(value.toObject(), i, script, unusableIds, issues);
        }
    }
    checkSingleNps(script, issues);
    detail::resolveConditions(script, unusableIds, issues);

    if (issues.isEmpty())
        result.script = std::move(script);
    return result;
}

ScriptLoadResult loadScriptFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        ScriptLoadResult result;
        result.issues.append(
            {QString(), QStringLiteral("cannot_read"),
             QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString())});
        return result;
    }
    if (file.size() > kMaxScriptBytes) {
        ScriptLoadResult result;
        result.issues.append({QString(), QStringLiteral("too_large"),
                              QStringLiteral("the script is %1 bytes; at most %2 are allowed")
                                  .arg(file.size())
                                  .arg(kMaxScriptBytes)});
        return result;
    }
    return loadScript(file.readAll());
}

} // namespace tp
