#pragma once

#include "ServerFixture.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace tp::test {

// The objects the authorization matrix asks about, on one backend's server:
// - bendAudit: shopper1's mystery shop of store-bend (americas), approved by manager1, showing
//   photo1;
// - execAudit: exec1's self-audit of store-bend, submitted (the review rows approve it);
// - brusselsAudit: shopper2's mystery shop of store-brussels-centre (international), approved by
//   manager2;
// - photo1 (uploaded by shopper1, in bendAudit) and photo2 (uploaded by shopper2, in no audit).
// Rows run in order against the same server, so later rows see earlier rows' changes.
struct MatrixWorld
{
    static std::unique_ptr<MatrixWorld> create(BackendHarness &harness, const QString &backend,
                                               QString *error);

    std::unique_ptr<ServerFixture> fixture;
    QString bendAudit;
    QString execAudit;
    QString brusselsAudit;
    QJsonObject bendAuditBody;
    QJsonObject execAuditBody;
    QByteArray photo1;
    QByteArray photo2;
    // Ids that rows learn from answers (check "save:NAME") and later rows use ({saved:NAME}):
    // the corrective actions the matrix creates.
    QHash<QString, QString> saved;
    // Set-up steps that could not go through the API (a route missing or refusing), so the lead
    // can see them; the rows for those routes fail on their own.
    QStringList notes;
};

QString sha256Hex(const QByteArray &bytes);
// The bytes of the matrix photo with this label.
QByteArray photoBytes(const QString &label);

} // namespace tp::test
