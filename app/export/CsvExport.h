// CSV exports of audits and answers (RFC 4180).
//
// Encoding: UTF-8 with a byte-order mark (EF BB BF) at the start, so spreadsheet programs
// (Excel in particular) read non-ASCII text correctly; RFC 4180 parsers that do not expect
// a BOM must skip those three bytes. Records end with CRLF, the first record is the header,
// every field that contains a comma, a double quote, CR or LF is quoted and its quotes are
// doubled. Inputs are the JSON shapes the API returns (GET /api/v1/audits rows or
// GET /api/v1/audits/{uuid}), so the app (from downloaded JSON) and the server CLI share it.
#pragma once

#include <QByteArray>
#include <QJsonArray>

namespace tp::exporting {

// One row per audit (list rows or full audits as GET /api/v1/audits/{uuid} returns them).
QByteArray auditsCsv(const QJsonArray &audits);

// One row per answer; needs full audits with their "answers".
QByteArray answersCsv(const QJsonArray &audits);

} // namespace tp::exporting
