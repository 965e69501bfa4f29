#include "cli/Commands.h"
#include "cli/Options.h"

#include "http/ApiServer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>

namespace tp::cli {

namespace {

std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                  : host);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (address.isNull() || !ok || port > 65535)
        return std::nullopt;
    return std::pair{address, quint16(port)};
}

// --rate-limit, --idle-timeout-ms, --max-photo-mb and --trusted-proxy into `settings`; what is
// wrong with them, if anything.
QString applyLimitOptions(const Options &options, server::ServerSettings &settings)
{
    bool ok = true;
    if (const auto perMinute = options.value(QStringLiteral("rate-limit"))) {
        settings.requestsPerTokenPerMinute = perMinute->toInt(&ok);
        if (!ok || settings.requestsPerTokenPerMinute < 0)
            return QStringLiteral("--rate-limit takes requests per token per minute (0: none)");
    }
    if (const auto ms = options.value(QStringLiteral("idle-timeout-ms"))) {
        settings.idleTimeoutMs = ms->toInt(&ok);
        if (!ok || settings.idleTimeoutMs < 0)
            return QStringLiteral("--idle-timeout-ms takes milliseconds (0: never)");
    }
    if (const auto mb = options.value(QStringLiteral("max-photo-mb"))) {
        const double bytes = mb->toDouble(&ok) * 1024 * 1024;
        if (!ok || !(bytes >= 1 && bytes <= double(settings.maxBodyBytes)))
            return QStringLiteral("--max-photo-mb takes MiB, more than 0 and at most %1")
                .arg(settings.maxBodyBytes / (1024 * 1024));
        settings.maxPhotoBytes = qint64(bytes);
    }
    if (const auto proxy = options.value(QStringLiteral("trusted-proxy"))) {
        if (QHostAddress(*proxy).isNull())
            return QStringLiteral("--trusted-proxy takes an IP address, such as 127.0.0.1");
        settings.trustedProxy = *proxy;
    }
    return {};
}

} // namespace

int serveCommand(const QStringList &arguments, Streams streams)
{
    const Options options(arguments,
                          {QStringLiteral("db"), QStringLiteral("listen"),
                           QStringLiteral("tls-cert"), QStringLiteral("tls-key"),
                           QStringLiteral("token-hours"), QStringLiteral("workers"),
                           QStringLiteral("rate-limit"), QStringLiteral("idle-timeout-ms"),
                           QStringLiteral("max-photo-mb"), QStringLiteral("trusted-proxy")},
                          {});
    const auto listen = parseListen(
        options.value(QStringLiteral("listen")).value_or(QStringLiteral("127.0.0.1:8080")));
    const auto spec = options.value(QStringLiteral("db"));
    if (!options.ok() || !options.positional().isEmpty() || !listen || !spec ||
        options.value(QStringLiteral("tls-cert")).has_value() !=
            options.value(QStringLiteral("tls-key")).has_value()) {
        streams.err << (options.ok() ? QString() : options.error() + QLatin1Char('\n'))
                    << "usage: touchpoint-server serve --db DATABASE [--listen HOST:PORT] "
                       "[--tls-cert FILE --tls-key FILE] [--token-hours N] [--workers N] "
                       "[--rate-limit N] [--idle-timeout-ms N] [--max-photo-mb N] "
                       "[--trusted-proxy ADDRESS]\n";
        return Usage;
    }
    server::ServerSettings settings;
    if (const auto hours = options.value(QStringLiteral("token-hours")))
        settings.tokenLifetimeSeconds = qint64(hours->toDouble() * 3600);
    if (const QString problem = applyLimitOptions(options, settings); !problem.isEmpty()) {
        streams.err << problem << '\n';
        return Usage;
    }
    server::Database db;
    QString error;
    if (!db.open(*spec, &error) || !db.migrate(&error)) {
        streams.err << error << '\n';
        return Invalid;
    }
    const QString description = db.describe();
    if (const auto warning = db.durabilityWarning())
        streams.err << *warning << Qt::endl;
    db.close(); // each worker opens its own connection
    // More lanes than cores: a lane spends most of an upload waiting for its commit, and on
    // SQLite only writes that wait together share one (8 lanes: the server alone takes about a
    // third more audits a second than with 2, bench/README.md).
    const int workers =
        options.value(QStringLiteral("workers")).value_or(QStringLiteral("8")).toInt();
    if (workers < 1 || workers > 64) {
        streams.err << "--workers must be from 1 to 64\n";
        return Usage;
    }
    server::ApiServer api(settings);
    if (!api.startLanes(*spec, workers, &error)) {
        streams.err << error << '\n';
        return Invalid;
    }

    quint16 port = 0;
    if (const auto cert = options.value(QStringLiteral("tls-cert"))) {
        QFile certFile(*cert);
        QFile keyFile(*options.value(QStringLiteral("tls-key")));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            streams.err << "cannot read the TLS certificate or key\n";
            return Invalid;
        }
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            streams.err << "the TLS certificate or key is not valid PEM\n";
            return Invalid;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        port = api.startTls(tls, listen->first, listen->second, &error);
        if (!port) {
            streams.err << "cannot listen on " << listen->first.toString() << ':' << listen->second
                        << ": " << error << '\n';
            return Invalid;
        }
    } else {
        port = api.start(listen->first, listen->second, &error);
        if (!port) {
            streams.err << "cannot listen on " << listen->first.toString() << ':' << listen->second
                        << ": " << error << '\n';
            return Invalid;
        }
    }
    const QString scheme = options.value(QStringLiteral("tls-cert")) ? QStringLiteral("https")
                                                                     : QStringLiteral("http");
    const QString host = listen->first.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + listen->first.toString() + QLatin1Char(']')
                             : listen->first.toString();
    streams.out << "touchpoint-server listening on " << scheme << "://" << host << ':' << port
                << "/api/v1 (" << description << ", " << workers << " workers)\n";
    streams.out.flush();
    return QCoreApplication::exec();
}

} // namespace tp::cli
