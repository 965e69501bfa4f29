#include "ServerProcess.h"

#include "CommandRunner.h"
#include "support/TestPaths.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace tp::test {

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::initDemo(const QString &databaseSpec, QString *error)
{
    const CommandResult run = runServerCommand(
        {QStringLiteral("init"), QStringLiteral("--db"), databaseSpec, QStringLiteral("--demo")});
    if (run.ok())
        return true;
    *error = run.describe();
    return false;
}

bool ServerProcess::start(const QString &databaseSpec, const QStringList &extraArguments,
                          QString *error)
{
    QStringList arguments{QStringLiteral("serve"), QStringLiteral("--db"), databaseSpec,
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    arguments += extraArguments;
    m_process.setProgram(serverBinary());
    m_process.setArguments(arguments);
#ifdef Q_OS_LINUX
    // A test or benchmark that dies (a crash, a timeout's kill) takes its server with it,
    // rather than leaving it running and holding a core.
    m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(serverBinary(), m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral(R"(touchpoint-server listening on https?://127\.0\.0\.1:(\d+)/api/v1 )"));
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return m_port != 0;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(
            int(qMax<qint64>(1, qMin<qint64>(200, deadline.remainingTime()))));
    }
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    *error = QStringLiteral("%1 %2 did not report its port (%3); stdout: %4; stderr: %5")
                 .arg(serverBinary(), arguments.join(QLatin1Char(' ')),
                      m_process.state() == QProcess::NotRunning
                          ? QStringLiteral("exited with %1").arg(m_process.exitCode())
                          : QStringLiteral("still running after 20 s"),
                      QString::fromUtf8(m_out.trimmed()), QString::fromUtf8(m_err.trimmed()));
    stop();
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_err += m_process.readAllStandardError();
}

bool ServerProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QUrl ServerProcess::apiUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_port));
}

QString ServerProcess::log()
{
    if (m_process.state() != QProcess::NotRunning)
        m_err += m_process.readAllStandardError();
    return QString::fromUtf8(m_err);
}

} // namespace tp::test
