// The server's request handling on raw request bytes, without sockets: each input is parsed into
// the IncomingRequest a lane builds from Qt HttpServer's request, and RequestWorker::process()
// routes it, signs the caller in, checks the role and runs the handler on a throwaway SQLite
// database holding the demo organisation (as `touchpoint-server init --demo`).
//
// "Authorization: Bearer {admin}" (or {manager1}, {manager2}, {exec1}, {shopper1}, {shopper2},
// {store1}) stands for a valid token of that demo user, so inputs reach the signed-in routes.
// The database keeps what requests wrote, as a server does; the demo users' tokens and accounts
// are put back after each write, so a fuzzed logout or disable does not lock the fuzzer out.
// Every answer must be a JSON error or a success, never a 500.

#include "FuzzSupport.h"
#include "RawRequest.h"

#include "auth/Passwords.h"
#include "cli/DemoData.h"
#include "http/RequestWorker.h"
#include "storage/Database.h"
#include "storage/Directory.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace tp;

namespace {

const char *const kUsers[] = {"admin",    "manager1", "manager2", "exec1",
                              "shopper1", "shopper2", "store1"};

struct Server
{
    std::unique_ptr<server::Database> db; // the harness's own connection, for putting users back
    std::unique_ptr<server::RequestWorker> worker;
    QList<std::pair<QByteArray, QByteArray>> tokens; // ("{admin}", token)
    bool verbose = qEnvironmentVariableIntValue("TOUCHPOINT_FUZZ_VERBOSE") != 0;
};

Server &serverState()
{
    static Server *s = new Server; // never destroyed: Qt SQL's globals may be gone at exit
    return *s;
}

QString tokenFor(const char *user)
{
    return QStringLiteral("fuzz-token-of-") + QLatin1String(user);
}

// The demo users' tokens valid and their accounts enabled.
void putUsersBack(server::Database &db)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const char *user : kUsers) {
        QSqlQuery token = db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO tokens (token_hash, username, created_at, expires_at, "
            "revoked) VALUES (?, ?, ?, ?, 0)"));
        token.addBindValue(server::tokenHash(tokenFor(user)));
        token.addBindValue(QLatin1String(user));
        token.addBindValue(now);
        token.addBindValue(now + 365LL * 24 * 3600 * 1000);
        QString error;
        if (!server::exec(token, &error))
            fuzz::fail("cannot put a token back", error.toUtf8());
    }
    QSqlQuery enable = db.prepare(QStringLiteral(
        "UPDATE users SET disabled = 0 WHERE disabled <> 0 AND username IN "
        "('admin', 'manager1', 'manager2', 'exec1', 'shopper1', 'shopper2', 'store1')"));
    QString error;
    if (!server::exec(enable, &error))
        fuzz::fail("cannot enable the demo users", error.toUtf8());
    db.releaseStatements();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    if (!server::initialiseCrypto())
        fuzz::fail("libsodium does not start");
    const QString file = fuzz::scratchDir() + QStringLiteral("/server.sqlite");
    Server &s = serverState();
    s.db = std::make_unique<server::Database>();
    QString error;
    if (!s.db->open(file, &error) || !s.db->migrate(&error))
        fuzz::fail("cannot make the server database", error.toUtf8());
    QString log;
    QTextStream out(&log);
    server::Directory directory(*s.db);
    if (!cli::loadDemo(directory, out, out))
        fuzz::fail("cannot load the demo organisation", log.toUtf8());
    putUsersBack(*s.db);
    for (const char *user : kUsers)
        s.tokens.append({"{" + QByteArray(user) + "}", tokenFor(user).toLatin1()});

    s.worker = std::make_unique<server::RequestWorker>(file, server::ServerSettings());
    if (!s.worker->open(&error))
        fuzz::fail("cannot open the request worker", error.toUtf8());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    Server &s = serverState();
    server::IncomingRequest request = fuzz::parseRawRequest(input);
    for (const auto &[placeholder, token] : std::as_const(s.tokens))
        request.authorization.replace(placeholder, token);

    const server::ApiResponse response = s.worker->process(request);
    if (s.verbose)
        std::fprintf(stderr, "%s %s -> %d %s\n", request.method.constData(),
                     qPrintable(request.path), response.status,
                     response.body.left(160).constData());

    FUZZ_CHECK(response.status >= 200 && response.status < 500, input);
    if (response.status >= 400) {
        const QJsonObject error = QJsonDocument::fromJson(response.body)
                                      .object()
                                      .value(QLatin1String("error"))
                                      .toObject();
        FUZZ_CHECK(!error.value(QLatin1String("code")).toString().isEmpty(), input);
        FUZZ_CHECK(!error.value(QLatin1String("message")).toString().isEmpty(), input);
    }
    if (request.method != "GET")
        putUsersBack(*s.db);
    return 0;
}
