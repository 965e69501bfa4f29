#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace tp::exporting {

// Readable text for the values of the API's JSON, shared by the CSV and PDF exports.

// An answer's value: yes/no, numbers without trailing zeros, lists joined with "; ".
QString valueText(const QJsonValue &value);
// A score in percent ("87.5"), or "" when null.
QString numberText(const QJsonValue &value);

// The parts of an audit, from a full audit (GET /audits/{uuid}: {audit, score, items, ...}) or
// from a list row ({uuid, site, script, overall, ...}).
struct AuditView
{
    QJsonObject top;   // the object as given
    QJsonObject body;  // "audit" of a full audit, else the row itself
    QJsonObject score; // "score" of a full audit, else {}
    bool full = false;

    explicit AuditView(const QJsonObject &audit);
    QString text(const char *key) const; // from the body, else the top
    QString uuid() const { return text("uuid"); }
    QString site() const { return text("site"); }
    QString scriptId() const;
    QString scriptVersion() const;
    QJsonValue overall() const;
};

} // namespace tp::exporting
