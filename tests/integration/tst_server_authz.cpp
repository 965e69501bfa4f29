// The authorization matrix: every route of the API contract, called by every role on its own and
// on someone else's objects (and without a token), against the real server on SQLite and on
// PostgreSQL. A row names the status the contract demands; rows run in order on one server per
// backend (see authz/MatrixRows.cpp).

#include "authz/MatrixBodies.h"
#include "authz/MatrixChecks.h"
#include "authz/MatrixRows.h"
#include "authz/MatrixWorld.h"

#include "DemoAudits.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace tp::test;

namespace {

// The routes of the API contract, read from docs/api/openapi.yaml: a path is a line "  /path:"
// under "paths:", its operations the lines "    get:" (post, put, delete, patch) below it.
QStringList contractRoutes(QString *error)
{
    QFile file(QStringLiteral(TOUCHPOINT_OPENAPI_FILE));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):\\s*$"));
    static const QRegularExpression operationLine(
        QStringLiteral("^    (get|post|put|delete|patch):\\s*$"));
    QStringList routes;
    bool inPaths = false;
    QString path;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (!line.startsWith(QLatin1Char(' ')) && !line.isEmpty())
            inPaths = line == QLatin1String("paths:");
        if (!inPaths)
            continue;
        if (const QRegularExpressionMatch match = pathLine.match(line); match.hasMatch())
            path = match.captured(1);
        else if (const QRegularExpressionMatch op = operationLine.match(line);
                 op.hasMatch() && !path.isEmpty())
            routes.append(op.captured(1).toUpper() + QLatin1Char(' ') + path);
    }
    return routes;
}

QString fillPath(QString path, const MatrixWorld &world, const MatrixBody &body)
{
    path.replace(QLatin1String("{bendAudit}"), world.bendAudit);
    path.replace(QLatin1String("{execAudit}"), world.execAudit);
    path.replace(QLatin1String("{brusselsAudit}"), world.brusselsAudit);
    path.replace(QLatin1String("{randomUuid}"), newUuid());
    path.replace(QLatin1String("{photo1}"), sha256Hex(world.photo1));
    path.replace(QLatin1String("{photo2}"), sha256Hex(world.photo2));
    path.replace(QLatin1String("{bodyUuid}"), body.uuid);
    path.replace(QLatin1String("{bodySha}"), body.sha256);
    static const QRegularExpression saved(QStringLiteral("\\{saved:([a-z0-9-]+)\\}"));
    for (QRegularExpressionMatch match = saved.match(path); match.hasMatch();
         match = saved.match(path))
        path.replace(
            match.captured(0),
            world.saved.value(match.captured(1), QStringLiteral("unsaved-") + match.captured(1)));
    return path;
}

} // namespace

class TestServerAuthz : public QObject
{
    Q_OBJECT

private:
    // The matrix's server for this backend, set up on first use and kept for all its rows.
    MatrixWorld *world(const QString &backend, QString *error);

    BackendHarness m_harness;
    QString m_worldBackend;
    std::unique_ptr<MatrixWorld> m_world;
    QString m_worldError;

private slots:
    void initTestCase_data() { BackendHarness::addBackendRows(); }
    void initTestCase() { m_harness.startCluster(); }
    void cleanupTestCase() { m_world.reset(); }

    void matrixCoversEveryRoute();
    void authorizationMatrix_data();
    void authorizationMatrix();
};

MatrixWorld *TestServerAuthz::world(const QString &backend, QString *error)
{
    if (m_worldBackend != backend) {
        m_world.reset();
        m_worldBackend = backend;
        m_worldError.clear();
        m_world = MatrixWorld::create(m_harness, backend, &m_worldError);
        if (m_world) {
            for (const QString &note : std::as_const(m_world->notes))
                qWarning().noquote() << "matrix set-up on" << backend << ":" << note;
        }
    }
    if (!m_world)
        *error = QStringLiteral("the matrix's server on %1 could not be set up: %2")
                     .arg(backend, m_worldError);
    return m_world.get();
}

void TestServerAuthz::matrixCoversEveryRoute()
{
    QString error;
    const QStringList routes = contractRoutes(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Far fewer would mean the file's layout changed under the reader.
    QVERIFY2(routes.size() >= 40, qPrintable(routes.join(QLatin1String(", "))));
    for (const QString &route : routes) {
        QStringList users;
        for (const MatrixRow &row : matrixRows()) {
            if (QLatin1String(row.route) == route)
                users.append(QString::fromLatin1(row.user).remove(QLatin1Char('!')));
        }
        QVERIFY2(!users.isEmpty(), qPrintable(route + QStringLiteral(": no rows")));
        QVERIFY2(users.contains(QStringLiteral("none")),
                 qPrintable(route + QStringLiteral(": no row without a token")));
    }
    for (const MatrixRow &row : matrixRows()) {
        const QString route = QString::fromLatin1(row.route);
        QVERIFY2(routes.contains(route),
                 qPrintable(route + QStringLiteral(": a row for a route the contract lacks")));
        QVERIFY2(route.startsWith(QLatin1String(row.method) + QLatin1Char(' ')),
                 qPrintable(route + QStringLiteral(": the row's method differs")));
    }
}

void TestServerAuthz::authorizationMatrix_data()
{
    QTest::addColumn<int>("index");
    const QList<MatrixRow> &rows = matrixRows();
    for (int i = 0; i < rows.size(); ++i) {
        const MatrixRow &row = rows[i];
        QTest::addRow("%03d %s %s as %s%s%s", i + 1, row.method, row.path, row.user,
                      *row.body ? " with " : "", row.body)
            << i;
    }
}

void TestServerAuthz::authorizationMatrix()
{
    QFETCH_GLOBAL(QString, backend);
    QFETCH(int, index);
    const MatrixRow &row = matrixRows().at(index);
    QString error;
    MatrixWorld *w = world(backend, &error);
    QVERIFY2(w, qPrintable(error));

    QString user = QString::fromLatin1(row.user);
    const bool fresh = user.endsWith(QLatin1Char('!'));
    user.remove(QLatin1Char('!'));
    QString token;
    if (user != QLatin1String("none")) {
        token = fresh ? w->fixture->freshToken(user, &error) : w->fixture->token(user, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
    }
    const MatrixBody body = buildMatrixBody(QString::fromLatin1(row.body), *w);
    QVERIFY2(body.error.isEmpty(), qPrintable(body.error));
    const QString path = fillPath(QString::fromLatin1(row.path), *w, body);

    const ApiReply reply =
        w->fixture->api().send({row.method, path, body.bytes, token, body.contentType});
    QList<int> expected;
    for (const QString &status : QString::fromLatin1(row.expect).split(QLatin1Char('|')))
        expected.append(status.toInt());
    QVERIFY2(expected.contains(reply.status),
             qPrintable(QStringLiteral("%1 as %2: expected %3, got %4%5")
                            .arg(QLatin1String(row.route), user, QLatin1String(row.expect),
                                 reply.describe(),
                                 reply.status >= 500
                                     ? QStringLiteral("\nserver log: ") + w->fixture->logTail(1500)
                                     : QString())));
    if (expected.size() > 1) // the contract allows either: say which one the server chose
        qInfo().noquote() << row.route << "as" << user << "->" << reply.status << reply.errorCode();
    const QString mismatch = checkMatrixReply(QString::fromLatin1(row.check), reply, *w, token);
    QVERIFY2(mismatch.isEmpty(),
             qPrintable(QStringLiteral("%1 as %2 (%3): %4\nanswer: %5")
                            .arg(QLatin1String(row.route), user, QLatin1String(row.check), mismatch,
                                 reply.describe())));
}

QTEST_GUILESS_MAIN(TestServerAuthz)
#include "tst_server_authz.moc"
