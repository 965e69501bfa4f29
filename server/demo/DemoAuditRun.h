#pragma once

#include <QDate>
#include <QTextStream>

#include <cstdint>

namespace tp::server {
class Database;
}

namespace tp::server::demo {

struct DemoRunOptions
{
    int audits = 1000;
    std::uint64_t seed = 1;
    int months = 12;
    QDate until;      // the period ends the day before; the reference "now" is its midnight UTC
    int batch = 1000; // audits per transaction
};

struct DemoRunSummary
{
    qint64 audits = 0;
    qint64 answers = 0;
    double seconds = 0;
};

// Generates `audits` audits over the `months` before `until` into an initialised database and
// prints a progress line about every 5% (and a summary). The same options on the same
// organisation give the same rows. False with `error` when the organisation lacks what is
// needed or a write fails (nothing of the failed batch is kept).
bool runDemoAudits(Database &db, const DemoRunOptions &options, QTextStream &out,
                   DemoRunSummary *summary, QString *error);

} // namespace tp::server::demo
