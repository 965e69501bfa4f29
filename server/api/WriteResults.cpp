#include "api/WriteResults.h"

#include "http/JsonBody.h"

namespace tp::server {

ApiResponse writeRefused(const Directory::Result &result, const QString &what)
{
    if (result.outcome == Directory::Outcome::Invalid)
        return unprocessable(QStringLiteral("invalid_body"),
                             QStringLiteral("the %1 is not valid").arg(what), result.issues);
    return internalError(result.message.isEmpty() ? QStringLiteral("cannot store the %1").arg(what)
                                                  : result.message);
}

} // namespace tp::server
