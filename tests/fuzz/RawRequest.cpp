#include "RawRequest.h"

#include <QUrl>

namespace tp::fuzz {

namespace {

QByteArray knownMethod(const QByteArray &token)
{
    for (const char *method : {"GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"}) {
        if (token == method)
            return token;
    }
    return "OTHER";
}

} // namespace

server::IncomingRequest parseRawRequest(const QByteArray &bytes)
{
    server::IncomingRequest request;
    request.peer = QHostAddress::LocalHost;
    qsizetype lineEnd = bytes.indexOf('\n');
    const QByteArray requestLine = bytes.left(lineEnd < 0 ? bytes.size() : lineEnd).trimmed();
    const QList<QByteArray> words = requestLine.split(' ');
    request.method = knownMethod(words.value(0));
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1" + words.value(1));
    request.path = url.path();
    request.query = QUrlQuery(url);

    qint64 contentLength = -1;
    qsizetype at = lineEnd < 0 ? bytes.size() : lineEnd + 1;
    while (at < bytes.size()) {
        lineEnd = bytes.indexOf('\n', at);
        const QByteArray line = bytes.mid(at, lineEnd < 0 ? -1 : lineEnd - at).trimmed();
        at = lineEnd < 0 ? bytes.size() : lineEnd + 1;
        if (line.isEmpty())
            break; // end of the head
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "authorization")
            request.authorization = value;
        else if (name == "content-length")
            contentLength = value.toLongLong();
    }
    request.body = bytes.mid(at);
    if (contentLength >= 0 && contentLength < request.body.size())
        request.body.truncate(contentLength);
    return request;
}

} // namespace tp::fuzz
