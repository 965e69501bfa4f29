#include "CommandRunner.h"

#include "support/TestPaths.h"

#include <QProcess>

namespace tp::test {

QString CommandResult::describe() const
{
    QString text =
        program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ");
    if (!started)
        text += QStringLiteral("could not be started");
    else if (!finished)
        text += QStringLiteral("did not finish in time");
    else
        text += QStringLiteral("exit %1").arg(exitCode);
    const QByteArray errText = err.trimmed();
    if (!errText.isEmpty())
        text += QStringLiteral("; stderr: ") + QString::fromUtf8(errText.right(2000));
    const QByteArray outText = out.trimmed();
    if (!outText.isEmpty() && exitCode != 0)
        text += QStringLiteral("; stdout: ") + QString::fromUtf8(outText.right(1000));
    return text;
}

CommandResult runCommand(const QString &program, const QStringList &arguments,
                         const QByteArray &input, int timeoutMs)
{
    CommandResult result;
    result.program = program;
    result.arguments = arguments;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CommandResult runServerCommand(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    return runCommand(serverBinary(), arguments, input, timeoutMs);
}

} // namespace tp::test
