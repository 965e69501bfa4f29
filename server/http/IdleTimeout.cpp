#include "http/IdleTimeout.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcIdle, "touchpoint.idle", QtInfoMsg)

namespace tp::server {

void closeWhenIdle(QTcpSocket *socket, int timeoutMs)
{
    if (timeoutMs <= 0)
        return;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    timer->setInterval(timeoutMs);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, timeoutMs] {
        if (socket->state() == QAbstractSocket::UnconnectedState)
            return;
        if (socket->state() == QAbstractSocket::ClosingState || socket->bytesToWrite() > 0) {
            // A reader that takes nothing of its answer would hold a graceful close open.
            socket->abort();
            return;
        }
        qCInfo(lcIdle).noquote() << "closing a connection from" << socket->peerAddress().toString()
                                 << "idle for" << timeoutMs << "ms";
        socket->disconnectFromHost();
        timer->start(); // if the close itself stalls, abort next time
    });
    auto restart = [timer] {
        timer->start();
    };
    QObject::connect(socket, &QTcpSocket::readyRead, timer, restart);
    QObject::connect(socket, &QTcpSocket::bytesWritten, timer, restart);
    timer->start();
}

} // namespace tp::server
