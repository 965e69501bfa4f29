#pragma once

#include <QList>
#include <QString>

namespace tp {

// One problem found in a script or an audit. `path` names where (e.g. "greeting/greeted_promptly"
// or "greeting/greeted_promptly/bands[1]"), `code` is stable for programs and tests, `message` is
// for people.
struct Issue
{
    QString path;
    QString code;
    QString message;

    QString toString() const
    {
        return path.isEmpty() ? message : path + QLatin1String(": ") + message;
    }
    bool operator==(const Issue &other) const
    {
        return path == other.path && code == other.code && message == other.message;
    }
};

using Issues = QList<Issue>;

} // namespace tp
