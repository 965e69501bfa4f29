#include "ui/Labels.h"

#include <QCoreApplication>

namespace tp::ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Touchpoint", text);
}

} // namespace

QString momentLabel(const QString &event)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("entered"), QT_TRANSLATE_NOOP("Touchpoint", "Entered")},
        {QStringLiteral("greeted"), QT_TRANSLATE_NOOP("Touchpoint", "Greeted")},
        {QStringLiteral("served"), QT_TRANSLATE_NOOP("Touchpoint", "Served")},
        {QStringLiteral("paid"), QT_TRANSLATE_NOOP("Touchpoint", "Paid")},
        {QStringLiteral("left"), QT_TRANSLATE_NOOP("Touchpoint", "Left")},
        {QStringLiteral("dialled"), QT_TRANSLATE_NOOP("Touchpoint", "Dialled")},
        {QStringLiteral("menuEntered"), QT_TRANSLATE_NOOP("Touchpoint", "Phone menu")},
        {QStringLiteral("agentAnswered"), QT_TRANSLATE_NOOP("Touchpoint", "Agent answered")},
        {QStringLiteral("holdStarted"), QT_TRANSLATE_NOOP("Touchpoint", "On hold")},
        {QStringLiteral("holdEnded"), QT_TRANSLATE_NOOP("Touchpoint", "Off hold")},
        {QStringLiteral("transferred"), QT_TRANSLATE_NOOP("Touchpoint", "Transferred")},
        {QStringLiteral("resolved"), QT_TRANSLATE_NOOP("Touchpoint", "Resolved")},
        {QStringLiteral("hungUp"), QT_TRANSLATE_NOOP("Touchpoint", "Hung up")},
    };
    const char *label = labels.value(event);
    return label ? translate(label) : event;
}

QString metricLabel(Metric metric)
{
    switch (metric) {
    case Metric::TimeToGreet:
        return translate("Until greeted");
    case Metric::WaitToBeServed:
        return translate("Until served");
    case Metric::TimeToPay:
        return translate("Paying");
    case Metric::VisitLength:
        return translate("In the store");
    case Metric::TimeToAnswer:
        return translate("Until answered");
    case Metric::TimeInMenus:
        return translate("In phone menus");
    case Metric::TotalHold:
        return translate("On hold");
    case Metric::HoldCount:
        return translate("Holds");
    case Metric::TransferCount:
        return translate("Transfers");
    case Metric::CallLength:
        return translate("Call length");
    }
    return metricName(metric);
}

QString npsCategoryLabel(NpsCategory category)
{
    switch (category) {
    case NpsCategory::Detractor:
        return translate("detractor");
    case NpsCategory::Passive:
        return translate("passive");
    case NpsCategory::Promoter:
        return translate("promoter");
    }
    return QString();
}

QString groupLabel(const QString &name)
{
    QString text = name;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString roleLabel(const QString &role)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("shopper"), QT_TRANSLATE_NOOP("Touchpoint", "Mystery shopper")},
        {QStringLiteral("executive"), QT_TRANSLATE_NOOP("Touchpoint", "Executive")},
        {QStringLiteral("regional_manager"), QT_TRANSLATE_NOOP("Touchpoint", "Regional manager")},
        {QStringLiteral("store_manager"), QT_TRANSLATE_NOOP("Touchpoint", "Store manager")},
        {QStringLiteral("admin"), QT_TRANSLATE_NOOP("Touchpoint", "Administrator")},
    };
    const char *label = labels.value(role);
    return label ? translate(label) : role;
}

} // namespace tp::ui
