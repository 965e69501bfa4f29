#pragma once

#include <QList>

namespace tp::test {

// One row of the authorization matrix: who calls which route on which object, and what the
// contract (docs/api/openapi.yaml) says must come back.
struct MatrixRow
{
    const char *route;  // the route as the contract writes it, for grouping in reports
    const char *method; // GET, PUT, POST
    const char *path;   // under /api/v1; {placeholders} are filled in by the test
    const char *user;   // a demo user, "none" (no token), or "USER!" (a fresh token of USER)
    const char *body;   // a body recipe (see MatrixBodies.h), "" for none
    const char *expect; // "200", or "403|404" where the contract allows either
    const char *check;  // a check of the answer (see MatrixChecks.h), "" for none
};

// Every row, in the order they run (later rows rely on earlier rows' changes).
const QList<MatrixRow> &matrixRows();

} // namespace tp::test
