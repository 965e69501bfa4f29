#include "http/ClientAddress.h"

#include <QHttpServerRequest>

namespace tp::server {

QHostAddress clientAddress(const QHttpServerRequest &request, const ServerSettings &settings)
{
    const QHostAddress peer = request.remoteAddress();
    if (settings.trustedProxy.isEmpty() ||
        !peer.isEqual(QHostAddress(settings.trustedProxy), QHostAddress::ConvertV4MappedToIPv4))
        return peer;
    const QHostAddress forwarded(QString::fromLatin1(request.value("X-Real-IP").trimmed()));
    return forwarded.isNull() ? peer : forwarded;
}

} // namespace tp::server
