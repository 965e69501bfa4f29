#include "ui/admin/OpeningHoursModel.h"

#include "core/OpeningHours.h"

#include <QLocale>

#include <algorithm>

namespace tp::ui {

namespace {

const QString kHoursPath = QStringLiteral("site/openingHours/");

QList<OpeningHoursRow> emptyWeek()
{
    QList<OpeningHoursRow> week;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        OpeningHoursRow row;
        row.day = day;
        row.dayName = QLocale().standaloneDayName(day, QLocale::LongFormat);
        week.append(row);
    }
    return week;
}

} // namespace

OpeningHoursModel::OpeningHoursModel(QObject *parent)
    : TypedListModel(parent)
    , m_rows(emptyWeek())
{
}

int OpeningHoursModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OpeningHoursModel::valueOf(const OpeningHoursRow &row, int role) const
{
    switch (role) {
    case DayRole:
        return row.day;
    case DayNameRole:
        return row.dayName;
    case ClosedRole:
        return row.closed;
    case OpensRole:
        return row.opens;
    case ClosesRole:
        return row.closes;
    case MoreHoursRole:
        return row.moreHours;
    case ProblemRole:
        return row.problem;
    }
    return {};
}

QVariant OpeningHoursModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> OpeningHoursModel::roleNames() const
{
    return {{DayRole, "day"},        {DayNameRole, "dayName"}, {ClosedRole, "closed"},
            {OpensRole, "opens"},    {ClosesRole, "closes"},   {MoreHoursRole, "moreHours"},
            {ProblemRole, "problem"}};
}

void OpeningHoursModel::edit(int row, const std::function<void(OpeningHoursRow &)> &change)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const bool hadProblem = !m_rows.at(row).problem.isEmpty();
    change(m_rows[row]);
    m_rows[row].problem.clear(); // the problem was with what the day said before
    emit dataChanged(index(row), index(row));
    if (hadProblem)
        emit problemsChanged();
}

void OpeningHoursModel::setClosed(int row, bool closed)
{
    edit(row, [closed](OpeningHoursRow &r) { r.closed = closed; });
}

void OpeningHoursModel::setOpens(int row, const QString &time)
{
    edit(row, [&time](OpeningHoursRow &r) { r.opens = time.trimmed(); });
}

void OpeningHoursModel::setCloses(int row, const QString &time)
{
    edit(row, [&time](OpeningHoursRow &r) { r.closes = time.trimmed(); });
}

void OpeningHoursModel::load(const QJsonObject &hours)
{
    Issues ignored; // hours stored before they were checked: the good days are shown
    const OpeningHours parsed = OpeningHours::fromJson(hours, QString(), ignored);
    QList<OpeningHoursRow> week = emptyWeek();
    for (OpeningHoursRow &row : week) {
        const OpeningHours::Day &day = parsed.day(row.day);
        row.closed = day.state == OpeningHours::DayState::Closed;
        if (day.ranges.isEmpty())
            continue;
        row.opens = OpeningHours::timeText(day.ranges.first().opens);
        row.closes = OpeningHours::timeText(day.ranges.first().closes);
        OpeningHours::Day later = day;
        later.ranges.removeFirst();
        row.moreHours = OpeningHours::dayText(later);
    }
    const bool hadProblems = hasProblems();
    replaceRows(m_rows, week,
                [this](const OpeningHoursRow &row, int role) { return valueOf(row, role); });
    if (hadProblems)
        emit problemsChanged();
}

QJsonObject OpeningHoursModel::toJson() const
{
    QJsonObject hours;
    for (const OpeningHoursRow &row : m_rows) {
        const QString key = OpeningHours::dayKey(row.day);
        if (row.closed) {
            hours.insert(key, QStringLiteral("closed"));
            continue;
        }
        if (row.opens.isEmpty() && row.closes.isEmpty() && row.moreHours.isEmpty())
            continue;
        QString value = row.opens + QLatin1Char('-') + row.closes;
        if (!row.moreHours.isEmpty())
            value += QLatin1Char(',') + row.moreHours;
        hours.insert(key, value);
    }
    return hours;
}

QString OpeningHoursModel::problemText(const QString &code, const QString &serverMessage)
{
    if (code == QLatin1String("invalid_hours"))
        return tr("Give both times as HH:MM, such as 08:30 and 18:00.");
    if (code == QLatin1String("closing_before_opening"))
        return tr("It closes before it opens.");
    if (code == QLatin1String("overlapping_hours"))
        return tr("Its opening times overlap.");
    if (code == QLatin1String("day_twice"))
        return tr("This day's hours are given twice.");
    return serverMessage;
}

bool OpeningHoursModel::showProblems(const QJsonArray &details)
{
    bool any = false;
    for (const QJsonValue &value : details) {
        const QJsonObject detail = value.toObject();
        const QString path = detail.value(QLatin1String("path")).toString();
        if (!path.startsWith(kHoursPath))
            continue;
        const auto days = OpeningHours::daysOfKey(path.mid(kHoursPath.size()));
        if (!days)
            continue;
        const QString text = problemText(detail.value(QLatin1String("code")).toString(),
                                         detail.value(QLatin1String("message")).toString());
        for (int day : *days) {
            m_rows[day - 1].problem = text;
            emit dataChanged(index(day - 1), index(day - 1));
        }
        any = true;
    }
    if (any)
        emit problemsChanged();
    return any;
}

void OpeningHoursModel::clearProblems()
{
    if (!hasProblems())
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).problem.isEmpty()) {
            m_rows[row].problem.clear();
            emit dataChanged(index(row), index(row));
        }
    }
    emit problemsChanged();
}

bool OpeningHoursModel::hasProblems() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const OpeningHoursRow &row) { return !row.problem.isEmpty(); });
}

} // namespace tp::ui
