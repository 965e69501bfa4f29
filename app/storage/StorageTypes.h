#pragma once

#include <QString>

#include <optional>

namespace tp::storage {

// The outcome of a write. A failed write changed nothing: every write is one transaction.
struct WriteResult
{
    QString error; // empty on success; readable by the shopper ("the audit is already submitted")

    bool ok() const { return error.isEmpty(); }
    static WriteResult success() { return {}; }
    static WriteResult failure(const QString &message) { return {message}; }
};

enum class AuditState
{
    InProgress,
    Submitted,
};

QString auditStateName(AuditState state);
std::optional<AuditState> auditStateFromName(const QString &name);

} // namespace tp::storage
