#pragma once

#include <QJsonObject>

#include <optional>

namespace tp::server {

// The figures of one call that the phone report sums, from the stored audit,
// its score and its script, by the rules the app uses for its clocks (core/Timeline.h): each
// measured moment is the answer the caller typed for the item bound to that metric (the manual
// override) when there is one, else the value from the timeline; empty when neither gives one
// (or the item was answered N/A). Durations in milliseconds.
struct CallFigures
{
    std::optional<qint64> timeToAnswerMs;
    std::optional<qint64> timeInMenusMs;
    std::optional<qint64> holdMs;
    std::optional<qint64> holds;
    std::optional<qint64> transfers;
    // Resolved on this call (first-contact resolution): the timeline records a `resolved` moment,
    // or a choice item with an option `resolved` (the demo call script's outcome) is answered so.
    bool resolved = false;
};

CallFigures callFigures(const QJsonObject &audit, const QJsonObject &score,
                        const QJsonObject &script);

} // namespace tp::server
