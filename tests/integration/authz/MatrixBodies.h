#pragma once

#include <QByteArray>
#include <QString>

namespace tp::test {

struct MatrixWorld;

// A request body built from a recipe of the matrix, e.g. "self:exec1" (exec1's self-audit of
// store-bend with a new uuid), "photo:admin", "site:ID:REGION", "assignment:ID:SITE:SHOPPER",
// "bulk:ID:SITE:SHOPPER,ID:SITE:SHOPPER", "user:NAME", "script:ID", "review:approve|reject|
// reject-bare|maybe", "action:bend|brussels|exec|SAVED:ITEM:user|department:NAME" (due in a week;
// SAVED names an audit a row saved), "note", "note-missing", "settings:VALUE", and "bulk-" before
// an audit's recipe for that audit alone in a bulk upload (see MatrixBodies.cpp).
struct MatrixBody
{
    QByteArray bytes;
    QByteArray contentType = "application/json";
    QString uuid;   // an audit's uuid, for {bodyUuid}
    QString sha256; // of the bytes, for {bodySha}
    QString error;  // the recipe is not known
};

MatrixBody buildMatrixBody(const QString &recipe, const MatrixWorld &world);

} // namespace tp::test
