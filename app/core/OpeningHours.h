#pragma once

#include "core/Issue.h"

#include <QJsonObject>
#include <QList>

#include <array>
#include <optional>

namespace tp {

// A site's opening hours as the API carries them: an object whose keys are a day ("mon".."sun")
// or a range of days ("mon-fri", forwards within one week) and whose values are "closed" or one
// or more "HH:MM-HH:MM" ranges separated by commas ("08:00-12:00,13:00-18:00"; "24:00" only as a
// closing time). A day no key covers is not known (neither open nor closed).
class OpeningHours
{
public:
    // Minutes from midnight, opens < closes.
    struct Range
    {
        int opens = 0;
        int closes = 0;
        bool operator==(const Range &other) const
        {
            return opens == other.opens && closes == other.closes;
        }
    };
    enum class DayState
    {
        Unknown,
        Closed,
        Open
    };
    struct Day
    {
        DayState state = DayState::Unknown;
        QList<Range> ranges; // sorted, touching ranges merged
        bool operator==(const Day &other) const
        {
            return state == other.state && ranges == other.ranges;
        }
    };

    // Every problem becomes an Issue at `path`/key, its message naming the key; codes:
    // invalid_day, wrong_type, invalid_hours, closing_before_opening, overlapping_hours,
    // day_twice. The hours returned hold the days whose keys were good.
    static OpeningHours fromJson(const QJsonObject &object, const QString &path, Issues &issues);

    // One key per run of consecutive days with the same hours, in week order: "mon-fri",
    // "sat", ...; times as HH:MM, ranges sorted.
    QJsonObject toJson() const;

    // dayOfWeek as Qt counts it (1 Monday .. 7 Sunday), minuteOfDay 0..1439.
    bool isOpen(int dayOfWeek, int minuteOfDay) const;

    const Day &day(int dayOfWeek) const { return m_days.at(dayOfWeek - 1); }
    void setDay(int dayOfWeek, Day day) { m_days[dayOfWeek - 1] = std::move(day); }

    // The days (1..7) a key names, or nothing when it is not a day or a range of days.
    static std::optional<QList<int>> daysOfKey(const QString &key);
    static QString dayKey(int dayOfWeek);
    static QString timeText(int minutes);
    // "HH:MM" (00:00..24:00) as minutes from midnight.
    static std::optional<int> parseTime(const QString &text);
    // The value for one day: "closed", "08:00-12:00,13:00-18:00", or empty when unknown.
    static QString dayText(const Day &day);

private:
    std::array<Day, 7> m_days;
};

} // namespace tp
