#pragma once

#include <QString>

namespace tp::storage {
struct NewAudit;
}

namespace tp::ui {

// What the lists of work need from the app to put an audit on screen, and to tell the shopper
// why that did not work.
class AuditLauncher
{
public:
    virtual bool startAudit(const storage::NewAudit &audit) = 0;
    virtual bool openAudit(const QString &uuid) = 0;
    virtual bool fail(const QString &message) = 0;
    virtual void clearError() = 0;

protected:
    ~AuditLauncher() = default;
};

} // namespace tp::ui
