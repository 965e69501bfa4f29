#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

namespace tp::test {

// How often the proxy spoils a connection. Each new connection draws one plan from the seeded
// generator: dropped while the request goes up, dropped while the answer comes down, or passed
// (each chunk possibly delayed). A dropped connection is either reset (RST) or closed (FIN).
struct FaultOdds
{
    double dropRequest = 0;  // cut the client->server stream after a random number of bytes
    double dropResponse = 0; // cut the server->client stream after a random number of bytes:
                             // the server has answered (so committed) and the client never
                             // reads the whole answer
    double delay = 0;        // hold each chunk, either way, for up to maxDelayMs
    double reset = 0.5;      // of the drops: abort with RST rather than close with FIN
    int maxDelayMs = 40;
    qint64 maxRequestOffset = 24 * 1024; // a drop happens within this many bytes of the stream
    qint64 maxResponseOffset = 3 * 1024;
    // A passed connection is cut too, after this many bytes at most (either way), so that the
    // client cannot settle on a few good connections for the rest of the run; 0: never.
    qint64 passLifetime = 0;

    static FaultOdds none() { return {}; }
};

// A TCP proxy between the sync client and the real server, on 127.0.0.1 and a free port, that
// drops connections at random byte offsets of requests and of responses, delays chunks, and
// resets instead of closing. Deterministic for a seed (the plans are drawn in the order the
// connections arrive); the seed is printed so that a failing run can be repeated with
// TOUCHPOINT_FAULT_SEED.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        int connections = 0;
        int droppedRequests = 0;  // cut on the way up
        int droppedResponses = 0; // cut on the way down
        int resets = 0;           // of the drops, by RST
        int delayedChunks = 0;
        int refused = 0; // closed at once: proxy offline, or the server is down
        int faulted() const { return droppedRequests + droppedResponses; }
    };

    explicit FaultProxy(quint64 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen(quint16 targetPort, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    quint64 seed() const { return m_seed; }

    // Where new connections go (the server restarted on another port); open ones stay.
    void setTarget(quint16 targetPort) { m_target = targetPort; }
    void setOdds(const FaultOdds &odds) { m_odds = odds; }
    // Offline: every new connection is closed at once, as with no network; open ones are reset.
    void setOffline(bool offline);
    // Resets every open connection now.
    void dropAll();

    Counts counts() const { return m_counts; }
    QString describeCounts() const;

private:
    struct Link;
    void accept();
    void connectUpstream(Link *link);
    void forward(Link *link, bool up);
    void send(Link *link, bool up, QByteArray bytes);
    void drain(Link *link, bool up);
    void writeNow(Link *link, bool up, const QByteArray &bytes);
    void cut(Link *link, bool up);
    void finish(Link *link, bool abort);
    void closeSide(Link *link, bool fromClient);

    QTcpServer m_server;
    quint16 m_target = 0;
    quint64 m_seed;
    QRandomGenerator m_random;
    FaultOdds m_odds;
    bool m_offline = false;
    Counts m_counts;
    QList<Link *> m_links;
};

// A generator seeded with all 64 bits of `seed`.
inline QRandomGenerator seededGenerator(quint64 seed)
{
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    return QRandomGenerator(words);
}

// The seed for this run: TOUCHPOINT_FAULT_SEED when set, otherwise a fresh random one.
quint64 faultSeedFromEnvironment();

} // namespace tp::test
