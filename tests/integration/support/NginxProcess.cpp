#include "NginxProcess.h"

#include "CommandRunner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace tp::test {

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(200);
}

} // namespace

quint16 freeLoopbackPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

NginxProcess::~NginxProcess()
{
    stop();
}

QString NginxProcess::executable()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                      QStringLiteral("/usr/local/sbin")});
    return found;
}

bool NginxProcess::start(const QString &templatePath, const QHash<QString, QString> &values,
                         const QList<quint16> &ports, QString *error)
{
    const QString nginx = executable();
    if (nginx.isEmpty()) {
        *error = QStringLiteral("nginx is not installed (Debian package nginx; tools/setup "
                                "installs it)");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory: ") + m_dir.errorString();
        return false;
    }
    QFile source(templatePath);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(templatePath);
        return false;
    }
    QString site = QString::fromUtf8(source.readAll());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        site.replace(QLatin1Char('@') + it.key() + QLatin1Char('@'), it.value());
    static const QRegularExpression leftOver(QStringLiteral(R"(^[^#\n]*(@[A-Z_]+@))"),
                                             QRegularExpression::MultilineOption);
    if (const auto match = leftOver.match(site); match.hasMatch()) {
        *error = QStringLiteral("%1: no value for %2").arg(templatePath, match.captured(1));
        return false;
    }
    // As root, nginx would run its workers as "nobody", who cannot enter this private
    // directory (request bodies are buffered in it); as anyone else there is no choice.
    const QByteArray user = ::geteuid() == 0 ? "user root;\n" : "";
    const QByteArray dir = m_dir.path().toUtf8();
    const QByteArray main =
        user +
        "worker_processes 1;\n"
        "pid " +
        dir + "/nginx.pid;\nerror_log " + dir +
        "/error.log info;\n"
        "events { worker_connections 256; }\n"
        "http {\n"
        "    access_log " +
        dir + "/access.log;\n    client_body_temp_path " + dir + "/body;\n    proxy_temp_path " +
        dir + "/proxy;\n    fastcgi_temp_path " + dir + "/fastcgi;\n    uwsgi_temp_path " + dir +
        "/uwsgi;\n    scgi_temp_path " + dir + "/scgi;\n    include " + dir +
        "/touchpoint.conf;\n}\n";
    if (!writeFile(path(QStringLiteral("touchpoint.conf")), site.toUtf8()) ||
        !writeFile(path(QStringLiteral("nginx.conf")), main)) {
        *error = QStringLiteral("cannot write the configuration in %1").arg(m_dir.path());
        return false;
    }
    const QStringList common{QStringLiteral("-p"), m_dir.path() + QLatin1Char('/'),
                             QStringLiteral("-c"), path(QStringLiteral("nginx.conf")),
                             QStringLiteral("-e"), path(QStringLiteral("error.log"))};
    const CommandResult checked = runCommand(nginx, QStringList{QStringLiteral("-t")} + common);
    if (!checked.ok()) {
        *error = QStringLiteral("nginx -t refuses the configuration: ") + checked.describe();
        return false;
    }

    m_process.setProgram(nginx);
    m_process.setArguments(common +
                           QStringList{QStringLiteral("-g"), QStringLiteral("daemon off;")});
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Should the test die without its destructors, nginx goes with it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(nginx, m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(15000);
    for (const quint16 port : ports) {
        while (!accepts(port)) {
            if (m_process.state() != QProcess::Running || deadline.hasExpired()) {
                *error = QStringLiteral("nginx is not listening on 127.0.0.1:%1 (%2); it said: "
                                        "%3\n%4")
                             .arg(port)
                             .arg(m_process.state() == QProcess::Running
                                      ? QStringLiteral("still running")
                                      : QStringLiteral("exited"),
                                  QString::fromUtf8(m_process.readAll()), errorLog());
                stop();
                return false;
            }
            QThread::msleep(50);
        }
    }
    return true;
}

void NginxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: nginx's fast shutdown, workers included
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool NginxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QString NginxProcess::renderedConfiguration() const
{
    QFile file(m_dir.filePath(QStringLiteral("touchpoint.conf")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString NginxProcess::errorLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("error.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(4000))
                                          : QString();
}

} // namespace tp::test
