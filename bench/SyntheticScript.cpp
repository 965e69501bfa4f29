#include "SyntheticScript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tp::bench {

namespace {

QString itemId(int i)
{
    return QStringLiteral("item_%1").arg(i);
}

QJsonArray twoOptions()
{
    return QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("good")},
                                  {QStringLiteral("label"), QStringLiteral("Good")},
                                  {QStringLiteral("points"), 2}},
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("poor")},
                                  {QStringLiteral("label"), QStringLiteral("Poor")}}};
}

QJsonArray timeBands()
{
    return QJsonArray{QJsonObject{{QStringLiteral("max"), 30}, {QStringLiteral("points"), 4}},
                      QJsonObject{{QStringLiteral("max"), 60}, {QStringLiteral("points"), 2}},
                      QJsonObject{{QStringLiteral("points"), 0}}};
}

QJsonObject item(int i)
{
    QJsonObject object{
        {QStringLiteral("id"), itemId(i)},
        {QStringLiteral("prompt"), QStringLiteral("Question number %1 about the visit?").arg(i)},
        {QStringLiteral("guidance"), QStringLiteral("Look for it discreetly.")}};
    switch (i % 10) {
    case 0:
    case 1:
    case 2:
        object.insert(QStringLiteral("type"), QStringLiteral("yesno"));
        object.insert(QStringLiteral("allowNA"), i % 3 == 0);
        if (i % 10 == 1 && i > 0) // shown when the previous yes/no was answered yes
            object.insert(QStringLiteral("showIf"),
                          QJsonObject{{QStringLiteral("item"), itemId(i - 1)},
                                      {QStringLiteral("equals"), true}});
        break;
    case 3:
        object.insert(QStringLiteral("type"), QStringLiteral("scale"));
        object.insert(QStringLiteral("min"), 1);
        object.insert(QStringLiteral("max"), 5);
        object.insert(QStringLiteral("points"), 4);
        break;
    case 4:
        object.insert(QStringLiteral("type"), QStringLiteral("choice"));
        object.insert(QStringLiteral("options"), twoOptions());
        break;
    case 5:
        object.insert(QStringLiteral("type"), QStringLiteral("checklist"));
        object.insert(QStringLiteral("options"), twoOptions());
        break;
    case 6:
        object.insert(QStringLiteral("type"), QStringLiteral("duration"));
        object.insert(QStringLiteral("bands"), timeBands());
        break;
    case 7:
        object.insert(QStringLiteral("type"), QStringLiteral("count"));
        object.insert(QStringLiteral("bands"), timeBands());
        object.insert(QStringLiteral("showIf"), QJsonObject{{QStringLiteral("item"), itemId(i - 4)},
                                                            {QStringLiteral("above"), 2}});
        break;
    case 8:
        object.insert(QStringLiteral("type"), QStringLiteral("yesno"));
        object.insert(QStringLiteral("critical"), true);
        break;
    default:
        object.insert(QStringLiteral("type"), QStringLiteral("text"));
        break;
    }
    return object;
}

QJsonValue answer(int i)
{
    switch (i % 10) {
    case 0:
    case 1:
    case 2:
    case 8:
        return QJsonObject{{QStringLiteral("value"), i % 4 != 0}};
    case 3:
        return QJsonObject{{QStringLiteral("value"), 4}};
    case 4:
        return QJsonObject{{QStringLiteral("value"), QStringLiteral("good")}};
    case 5:
        return QJsonObject{{QStringLiteral("value"), QJsonArray{QStringLiteral("good")}}};
    case 6:
        return QJsonObject{{QStringLiteral("value"), 42.5}};
    case 7:
        return QJsonObject{{QStringLiteral("value"), 3}};
    default:
        return QJsonObject{{QStringLiteral("value"), QStringLiteral("Friendly, but slow.")},
                           {QStringLiteral("note"), QStringLiteral("Busy Saturday.")}};
    }
}

} // namespace

QByteArray syntheticScript(int itemCount)
{
    QJsonArray sections;
    for (int first = 0; first < itemCount; first += 10) {
        QJsonArray items;
        for (int i = first; i < std::min(first + 10, itemCount); ++i)
            items.append(item(i));
        const int number = first / 10;
        sections.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("section_%1").arg(number)},
            {QStringLiteral("title"), QStringLiteral("Section %1").arg(number)},
            {QStringLiteral("touchpoint"), QStringLiteral("touchpoint_%1").arg(number % 6)},
            {QStringLiteral("department"), QStringLiteral("department_%1").arg(number % 4)},
            {QStringLiteral("weight"), 1 + number % 3},
            {QStringLiteral("items"), items}});
    }
    const QJsonObject root{{QStringLiteral("id"), QStringLiteral("synthetic")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("title"), QStringLiteral("Synthetic store visit")},
                           {QStringLiteral("channel"), QStringLiteral("store")},
                           {QStringLiteral("passMark"), 75},
                           {QStringLiteral("sections"), sections}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray syntheticAudit(int itemCount)
{
    QJsonObject answers;
    for (int i = 0; i < itemCount; ++i)
        answers.insert(itemId(i), answer(i));
    QJsonArray timeline;
    const char *events[] = {"entered", "greeted", "served", "paid", "left"};
    for (int i = 0; i < 5; ++i)
        timeline.append(QJsonObject{{QStringLiteral("event"), QLatin1String(events[i])},
                                    {QStringLiteral("elapsedMs"), i * 60000}});
    const QJsonObject root{
        {QStringLiteral("uuid"), QStringLiteral("0b7e7f9c-3c1d-4a8e-9f2b-1c2d3e4f5a6b")},
        {QStringLiteral("script"), QJsonObject{{QStringLiteral("id"), QStringLiteral("synthetic")},
                                               {QStringLiteral("version"), 1}}},
        {QStringLiteral("site"), QStringLiteral("store-bend")},
        {QStringLiteral("auditor"), QStringLiteral("shopper1")},
        {QStringLiteral("mode"), QStringLiteral("mystery_shop")},
        {QStringLiteral("startedAt"), QStringLiteral("2026-03-14T10:00:00Z")},
        {QStringLiteral("timeline"), timeline},
        {QStringLiteral("answers"), answers}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace tp::bench
