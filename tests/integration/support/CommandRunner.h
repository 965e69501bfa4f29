#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tp::test {

// The outcome of one run of an external program.
struct CommandResult
{
    bool started = false;
    bool finished = false; // exited on its own before the timeout
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return started && finished && exitCode == 0; }
    // "PROGRAM ARGS: exit N; stderr: ..." for failure messages.
    QString describe() const;
    QString program;
    QStringList arguments;
};

// Runs a program to completion (killing it after `timeoutMs`), feeding `input` on stdin.
CommandResult runCommand(const QString &program, const QStringList &arguments,
                         const QByteArray &input = QByteArray(), int timeoutMs = 60000);

// Runs the real touchpoint-server binary with these arguments.
CommandResult runServerCommand(const QStringList &arguments, const QByteArray &input = QByteArray(),
                               int timeoutMs = 60000);

} // namespace tp::test
