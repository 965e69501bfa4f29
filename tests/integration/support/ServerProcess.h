#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tp::test {

// The real touchpoint-server binary serving one database on a free loopback port. The database
// is initialised with the demo organisation first (`init --db DB --demo`). The destructor stops
// the server (SIGTERM, then SIGKILL).
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // `init --db spec --demo`; on failure `error` says what the binary said.
    static bool initDemo(const QString &databaseSpec, QString *error);

    // `serve --db spec --listen 127.0.0.1:0 EXTRA...`; waits for the "listening on" line.
    bool start(const QString &databaseSpec, const QStringList &extraArguments, QString *error);
    void stop();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }
    // http://127.0.0.1:PORT/api/v1
    QUrl apiUrl() const;
    // Everything the server wrote on stderr so far (its request log and any warnings).
    QString log();

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
    quint16 m_port = 0;
};

} // namespace tp::test
