#include "ui/ScoreSummary.h"

#include "ui/Labels.h"

#include <QLocale>

namespace tp::ui {

namespace {

QList<SummaryRow> groupRows(const QList<GroupScore> &groups)
{
    QList<SummaryRow> rows;
    for (const GroupScore &group : groups)
        rows << SummaryRow{groupLabel(group.name), QString(), percentText(group.percent), -1};
    return rows;
}

// The items by prompt, with their section's title, each opening its section on a tap.
QList<SummaryRow> itemRows(const Script &script, const QList<int> &itemIndexes)
{
    QList<SummaryRow> rows;
    for (int index : itemIndexes) {
        const Item &item = script.items.at(index);
        rows << SummaryRow{item.prompt, script.sections.at(item.sectionIndex).title, QString(),
                           item.sectionIndex};
    }
    return rows;
}

} // namespace

QString percentText(const std::optional<Centi> &percent)
{
    if (!percent)
        return QStringLiteral("–");
    return QLocale().toString(double(*percent) / kCentiPerUnit, 'f', 1) + QLatin1String(" %");
}

ScoreSummary::ScoreSummary(QObject *parent)
    : QObject(parent)
    , m_touchpoints(new SummaryListModel(this))
    , m_departments(new SummaryListModel(this))
    , m_criticalFailures(new SummaryListModel(this))
    , m_missingRequired(new SummaryListModel(this))
{
}

void ScoreSummary::update(const Script &script, const ScoreResult &score)
{
    m_score = score;
    m_answered = int(std::count_if(score.items.cbegin(), score.items.cend(), [](const auto &item) {
        return item.state == ItemState::Scored || item.state == ItemState::Unscored ||
               item.state == ItemState::NotApplicable;
    }));
    m_shown = int(std::count_if(score.items.cbegin(), score.items.cend(),
                                [](const auto &item) { return item.state != ItemState::Hidden; }));
    m_touchpoints->setRows(groupRows(score.touchpoints));
    m_departments->setRows(groupRows(score.departments));
    m_criticalFailures->setRows(itemRows(script, score.criticalFailures));
    m_missingRequired->setRows(itemRows(script, score.missingRequired));
    emit changed();
}

QString ScoreSummary::overallText() const
{
    return percentText(m_score.overall);
}

QString ScoreSummary::npsText() const
{
    if (!m_score.nps)
        return QString();
    return tr("%1 of 10 (%2)").arg(*m_score.nps).arg(npsCategoryLabel(npsCategory(*m_score.nps)));
}

} // namespace tp::ui
