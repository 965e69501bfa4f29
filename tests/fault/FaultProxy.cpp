#include "FaultProxy.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace tp::test {

// One proxied connection: the client's socket, the socket to the server, and its plan. It owns
// both sockets, and is the context of its timers, so nothing fires after it is gone.
struct FaultProxy::Link : QObject
{
    enum class Plan
    {
        Pass,
        DropUp,
        DropDown,
    };

    QTcpSocket *client = nullptr;
    QTcpSocket *server = nullptr;
    QRandomGenerator random; // this connection's own draws (delays), seeded from the proxy's
    Plan plan = Plan::Pass;
    bool delay = false;
    bool reset = false;
    qint64 offset = 0;           // the stream of the plan is cut after this many bytes
    qint64 sent[2] = {0, 0};     // [up, down]: bytes forwarded so far
    QList<QByteArray> queued[2]; // delayed chunks, in order
    bool timerRunning[2] = {false, false};
    bool closing[2] = {false, false}; // the source closed; close the other side once drained
    QByteArray pendingUp;             // written before the server's socket connected
    bool upConnected = false;
    bool dead = false;
};

namespace {

// An abort that the peer sees as a reset (RST), not as an orderly close.
void resetSocket(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const linger hard{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

} // namespace

quint64 faultSeedFromEnvironment()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("TOUCHPOINT_FAULT_SEED").toULongLong(&ok);
    if (ok)
        return seed;
    return QRandomGenerator::global()->generate64() % 1000000000ULL;
}

FaultProxy::FaultProxy(quint64 seed, QObject *parent)
    : QObject(parent)
    , m_seed(seed)
    , m_random(seededGenerator(seed))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    m_server.close();
    for (Link *link : std::as_const(m_links)) {
        link->dead = true;
        link->client->abort();
        link->server->abort();
        delete link;
    }
    m_links.clear();
}

bool FaultProxy::listen(quint16 targetPort, QString *error)
{
    m_target = targetPort;
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        *error = QStringLiteral("the fault proxy cannot listen: ") + m_server.errorString();
        return false;
    }
    return true;
}

void FaultProxy::setOffline(bool offline)
{
    m_offline = offline;
    if (offline)
        dropAll();
}

void FaultProxy::dropAll()
{
    const QList<Link *> links = m_links;
    for (Link *link : links)
        finish(link, true);
}

QString FaultProxy::describeCounts() const
{
    return QStringLiteral("%1 connections, %2 cut on the way up, %3 cut on the way down (%4 by "
                          "reset), %5 chunks delayed, %6 refused")
        .arg(m_counts.connections)
        .arg(m_counts.droppedRequests)
        .arg(m_counts.droppedResponses)
        .arg(m_counts.resets)
        .arg(m_counts.delayedChunks)
        .arg(m_counts.refused);
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_counts.connections;
        if (m_offline) {
            ++m_counts.refused;
            resetSocket(client);
            client->deleteLater();
            continue;
        }
        auto *link = new Link;
        link->setParent(this);
        link->client = client;
        client->setParent(link);
        link->server = new QTcpSocket(link);
        link->client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // The plan: every draw comes from the proxy's generator, in the order connections come.
        link->random = QRandomGenerator(m_random.generate());
        const double roll = m_random.generateDouble();
        if (roll < m_odds.dropRequest) {
            link->plan = Link::Plan::DropUp;
            link->offset =
                qint64(m_random.bounded(quint64(qMax<qint64>(1, m_odds.maxRequestOffset))));
        } else if (roll < m_odds.dropRequest + m_odds.dropResponse) {
            link->plan = Link::Plan::DropDown;
            link->offset =
                qint64(m_random.bounded(quint64(qMax<qint64>(1, m_odds.maxResponseOffset))));
        } else if (m_odds.passLifetime > 0) {
            link->plan = m_random.bounded(2) == 0 ? Link::Plan::DropUp : Link::Plan::DropDown;
            link->offset = qint64(m_random.bounded(quint64(m_odds.passLifetime)));
        }
        link->reset = m_random.generateDouble() < m_odds.reset;
        link->delay = m_random.generateDouble() < m_odds.delay;
        m_links << link;

        connect(client, &QTcpSocket::readyRead, link, [this, link] { forward(link, true); });
        connect(link->server, &QTcpSocket::readyRead, link, [this, link] { forward(link, false); });
        connect(client, &QTcpSocket::disconnected, link, [this, link] { closeSide(link, true); });
        connect(link->server, &QTcpSocket::disconnected, link,
                [this, link] { closeSide(link, false); });
        connect(link->server, &QTcpSocket::connected, link, [link] {
            link->upConnected = true;
            link->server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            if (!link->pendingUp.isEmpty()) {
                link->server->write(link->pendingUp);
                link->pendingUp.clear();
            }
            if (link->closing[0] && link->queued[0].isEmpty())
                link->server->disconnectFromHost();
        });
        connect(link->server, &QTcpSocket::errorOccurred, link,
                [this, link](QAbstractSocket::SocketError error) {
                    if (!link->upConnected && error != QAbstractSocket::RemoteHostClosedError) {
                        // The server is down: the client sees its connection closed at once.
                        ++m_counts.refused;
                        finish(link, true);
                    }
                });
        connectUpstream(link);
        if (client->bytesAvailable() > 0)
            forward(link, true);
    }
}

void FaultProxy::connectUpstream(Link *link)
{
    link->server->connectToHost(QHostAddress::LocalHost, m_target);
}

void FaultProxy::forward(Link *link, bool up)
{
    if (link->dead)
        return;
    QTcpSocket *from = up ? link->client : link->server;
    const QByteArray bytes = from->readAll();
    if (!bytes.isEmpty())
        send(link, up, bytes);
}

void FaultProxy::send(Link *link, bool up, QByteArray bytes)
{
    const int side = up ? 0 : 1;
    if (!link->delay) {
        writeNow(link, up, bytes);
        return;
    }
    ++m_counts.delayedChunks;
    link->queued[side] << std::move(bytes);
    if (link->timerRunning[side])
        return;
    link->timerRunning[side] = true;
    QTimer::singleShot(int(link->random.bounded(m_odds.maxDelayMs + 1)), link,
                       [this, link, up] { drain(link, up); });
}

// Writes the oldest delayed chunk of one direction, and waits again for the next one.
void FaultProxy::drain(Link *link, bool up)
{
    const int side = up ? 0 : 1;
    if (link->dead)
        return;
    writeNow(link, up, link->queued[side].takeFirst());
    if (link->dead)
        return;
    if (!link->queued[side].isEmpty()) {
        QTimer::singleShot(int(link->random.bounded(m_odds.maxDelayMs + 1)), link,
                           [this, link, up] { drain(link, up); });
        return;
    }
    link->timerRunning[side] = false;
    if (link->closing[side])
        (up ? link->server : link->client)->disconnectFromHost();
}

void FaultProxy::writeNow(Link *link, bool up, const QByteArray &bytes)
{
    if (link->dead)
        return;
    const int side = up ? 0 : 1;
    const bool planned =
        (up && link->plan == Link::Plan::DropUp) || (!up && link->plan == Link::Plan::DropDown);
    QByteArray part = bytes;
    bool cutHere = false;
    if (planned && link->sent[side] + bytes.size() > link->offset) {
        part = bytes.left(link->offset - link->sent[side]);
        cutHere = true;
    }
    link->sent[side] += part.size();
    if (up && !link->upConnected)
        link->pendingUp += part;
    else if (!part.isEmpty())
        (up ? link->server : link->client)->write(part);
    if (cutHere)
        cut(link, up);
}

void FaultProxy::cut(Link *link, bool up)
{
    if (up)
        ++m_counts.droppedRequests;
    else
        ++m_counts.droppedResponses;
    if (link->reset)
        ++m_counts.resets;
    finish(link, link->reset);
}

void FaultProxy::finish(Link *link, bool abort)
{
    if (link->dead)
        return;
    link->dead = true;
    m_links.removeOne(link);
    for (QTcpSocket *socket : {link->client, link->server}) {
        if (abort) {
            socket->flush(); // what was let through goes out before the reset, as far as it can
            resetSocket(socket);
        } else {
            socket->disconnectFromHost(); // writes what is pending, then FIN
        }
    }
    // Give an orderly close time to flush before the sockets go.
    QTimer::singleShot(abort ? 0 : 2000, this, [link] { link->deleteLater(); });
}

void FaultProxy::closeSide(Link *link, bool fromClient)
{
    if (link->dead) {
        return;
    }
    const int side = fromClient ? 0 : 1;
    // Whatever arrived before the close goes on first.
    forward(link, fromClient);
    if (link->dead)
        return;
    link->closing[side] = true;
    QTcpSocket *to = fromClient ? link->server : link->client;
    if (link->queued[side].isEmpty() && (!fromClient || link->upConnected))
        to->disconnectFromHost();
    const bool otherGone = fromClient ? link->server->state() == QAbstractSocket::UnconnectedState
                                      : link->client->state() == QAbstractSocket::UnconnectedState;
    if (otherGone) {
        link->dead = true;
        m_links.removeOne(link);
        QTimer::singleShot(2000, this, [link] { link->deleteLater(); });
    }
}

} // namespace tp::test
