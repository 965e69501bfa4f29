#include "core/OpeningHours.h"

#include "core/JsonFields.h"

#include <QRegularExpression>

#include <algorithm>

namespace tp {

namespace {

const char *const kDayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
// A generous bound on the ranges of one day: more is a typing accident, not a shop.
constexpr int kMaxRangesPerDay = 8;

int dayIndex(QStringView key)
{
    for (int i = 0; i < 7; ++i) {
        if (key == QLatin1String(kDayKeys[i]))
            return i + 1;
    }
    return 0;
}

struct Parsed
{
    OpeningHours::Day day;
    QString code;
    QString problem;
};

Parsed parseValue(const QString &value)
{
    Parsed parsed;
    const QString trimmed = value.trimmed();
    if (trimmed == QLatin1String("closed")) {
        parsed.day.state = OpeningHours::DayState::Closed;
        return parsed;
    }
    const QStringList parts = trimmed.split(QLatin1Char(','));
    if (trimmed.isEmpty() || parts.size() > kMaxRangesPerDay) {
        parsed.code = QStringLiteral("invalid_hours");
        parsed.problem = trimmed.isEmpty()
                             ? QStringLiteral("is empty; give \"closed\" or HH:MM-HH:MM")
                             : QStringLiteral("has more than %1 ranges").arg(kMaxRangesPerDay);
        return parsed;
    }
    QList<OpeningHours::Range> ranges;
    for (const QString &part : parts) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        const auto opens = ends.size() == 2 ? OpeningHours::parseTime(ends.at(0)) : std::nullopt;
        const auto closes = ends.size() == 2 ? OpeningHours::parseTime(ends.at(1)) : std::nullopt;
        if (!opens || !closes || *opens == 24 * 60) {
            parsed.code = QStringLiteral("invalid_hours");
            parsed.problem =
                QStringLiteral(
                    "\"%1\" is not \"closed\" nor HH:MM-HH:MM ranges separated by commas")
                    .arg(part.trimmed().left(40));
            return parsed;
        }
        if (*closes <= *opens) {
            parsed.code = QStringLiteral("closing_before_opening");
            parsed.problem =
                QStringLiteral("%1 closes at or before it opens").arg(part.trimmed().left(40));
            return parsed;
        }
        ranges.append({*opens, *closes});
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const auto &a, const auto &b) { return a.opens < b.opens; });
    QList<OpeningHours::Range> merged;
    for (const OpeningHours::Range &range : ranges) {
        if (!merged.isEmpty() && range.opens < merged.last().closes) {
            parsed.code = QStringLiteral("overlapping_hours");
            parsed.problem =
                QStringLiteral("%1-%2 overlaps %3-%4")
                    .arg(OpeningHours::timeText(merged.last().opens),
                         OpeningHours::timeText(merged.last().closes),
                         OpeningHours::timeText(range.opens), OpeningHours::timeText(range.closes));
            return parsed;
        }
        if (!merged.isEmpty() && range.opens == merged.last().closes)
            merged.last().closes = range.closes;
        else
            merged.append(range);
    }
    parsed.day.state = OpeningHours::DayState::Open;
    parsed.day.ranges = merged;
    return parsed;
}

} // namespace

std::optional<int> OpeningHours::parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-4]):([0-5][0-9])$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int minutes = match.captured(1).toInt() * 60 + match.captured(2).toInt();
    if (minutes > 24 * 60)
        return std::nullopt;
    return minutes;
}

QString OpeningHours::timeText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString OpeningHours::dayKey(int dayOfWeek)
{
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? QLatin1String(kDayKeys[dayOfWeek - 1]) : QString();
}

std::optional<QList<int>> OpeningHours::daysOfKey(const QString &key)
{
    const qsizetype dash = key.indexOf(QLatin1Char('-'));
    const int first = dayIndex(dash < 0 ? QStringView(key) : QStringView(key).left(dash));
    const int last = dash < 0 ? first : dayIndex(QStringView(key).mid(dash + 1));
    if (first == 0 || last == 0 || last < first || (dash >= 0 && last == first))
        return std::nullopt;
    QList<int> days;
    for (int day = first; day <= last; ++day)
        days.append(day);
    return days;
}

OpeningHours OpeningHours::fromJson(const QJsonObject &object, const QString &path, Issues &issues)
{
    OpeningHours hours;
    QString coveredBy[7];
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString where = joinPath(path, key.left(40));
        const auto report = [&](const QString &code, const QString &problem) {
            issues.append({where, code, QStringLiteral("'%1' %2").arg(key.left(40), problem)});
        };
        const auto days = daysOfKey(key);
        if (!days) {
            report(QStringLiteral("invalid_day"),
                   QStringLiteral("is not a day (mon..sun) nor a range of days such as mon-fri"));
            continue;
        }
        if (!it.value().isString()) {
            report(QStringLiteral("wrong_type"),
                   QStringLiteral("must be a string (\"closed\" or HH:MM-HH:MM), not %1")
                       .arg(jsonTypeName(it.value())));
            continue;
        }
        const Parsed parsed = parseValue(it.value().toString());
        if (!parsed.code.isEmpty()) {
            report(parsed.code, parsed.problem);
            continue;
        }
        QStringList twice;
        QStringList otherKeys;
        for (int day : *days) {
            if (!coveredBy[day - 1].isEmpty()) {
                twice.append(dayKey(day));
                if (!otherKeys.contains(coveredBy[day - 1]))
                    otherKeys.append(coveredBy[day - 1]);
            }
        }
        if (!twice.isEmpty()) {
            report(QStringLiteral("day_twice"), QStringLiteral("covers %1, as '%2' does")
                                                    .arg(twice.join(QLatin1String(", ")),
                                                         otherKeys.join(QLatin1String("', '"))));
            continue;
        }
        for (int day : *days) {
            coveredBy[day - 1] = key;
            hours.setDay(day, parsed.day);
        }
    }
    return hours;
}

QString OpeningHours::dayText(const Day &day)
{
    if (day.state == DayState::Closed)
        return QStringLiteral("closed");
    QStringList ranges;
    for (const Range &range : day.ranges)
        ranges.append(timeText(range.opens) + QLatin1Char('-') + timeText(range.closes));
    return ranges.join(QLatin1Char(','));
}

QJsonObject OpeningHours::toJson() const
{
    QJsonObject object;
    int day = 1;
    while (day <= 7) {
        int last = day;
        while (last < 7 && m_days.at(last) == m_days.at(day - 1))
            ++last;
        if (m_days.at(day - 1).state != DayState::Unknown) {
            const QString key =
                last == day ? dayKey(day) : dayKey(day) + QLatin1Char('-') + dayKey(last);
            object.insert(key, dayText(m_days.at(day - 1)));
        }
        day = last + 1;
    }
    return object;
}

bool OpeningHours::isOpen(int dayOfWeek, int minuteOfDay) const
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return false;
    const Day &open = day(dayOfWeek);
    return std::any_of(open.ranges.cbegin(), open.ranges.cend(), [minuteOfDay](const Range &r) {
        return minuteOfDay >= r.opens && minuteOfDay < r.closes;
    });
}

} // namespace tp
