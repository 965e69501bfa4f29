// `serve --tls-cert --tls-key`: the server's own HTTPS for small set-ups, with a throwaway
// self-signed certificate made by openssl for 127.0.0.1.

#include "CommandRunner.h"
#include "SelfSignedCertificate.h"
#include "ServerProcess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tp::test;

class TestServerTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInOverHttps();
    void plainHttpIsRefused();
    void oversizedBodyIsRefusedBeforeItArrives();

private:
    QSslConfiguration trustingOurCertificate() const;
    QUrl httpsUrl(const QString &path) const;

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QList<QSslCertificate> m_certificates;
};

void TestServerTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const CommandResult made = makeSelfSignedCertificate(cert, key);
    QVERIFY2(made.ok(), made.err.constData());
    m_certificates = QSslCertificate::fromPath(cert);
    QCOMPARE(m_certificates.size(), 1);

    const QString db = m_dir.filePath(QStringLiteral("tls.sqlite"));
    QString error;
    QVERIFY2(ServerProcess::initDemo(db, &error), qPrintable(error));
    QVERIFY2(m_server.start(db,
                            {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key},
                            &error),
             qPrintable(error));
}

QSslConfiguration TestServerTls::trustingOurCertificate() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_certificates);
    return tls;
}

QUrl TestServerTls::httpsUrl(const QString &path) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1%2").arg(m_server.port()).arg(path));
}

void TestServerTls::signInOverHttps()
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(httpsUrl(QStringLiteral("/login")));
    request.setSslConfiguration(trustingOurCertificate());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        manager.post(request, R"({"username":"shopper1","password":"touchpoint-demo"})");
    QEventLoop loop;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY2(reply->isFinished(), "no answer over HTTPS");
    QCOMPARE(reply->error(), QNetworkReply::NoError); // the certificate verified for 127.0.0.1
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(QStringLiteral("token")).toString().size(), 43);
    delete reply;
}

void TestServerTls::plainHttpIsRefused()
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = manager.get(QNetworkRequest(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/me").arg(m_server.port()))));
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0);
    delete reply;
}

// The size guard also stands in front of TLS connections: a body declared larger than the
// limit is answered 413 at once, without waiting for it.
void TestServerTls::oversizedBodyIsRefusedBeforeItArrives()
{
    QSslSocket socket;
    socket.setSslConfiguration(trustingOurCertificate());
    socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    socket.write(
        "PUT /api/v1/photos/" + QByteArray(64, 'a') +
        " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Length: 20971520\r\nContent-Type: application/octet-stream\r\n\r\nonly a little");
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (!answer.contains("\r\n\r\n") && timer.elapsed() < 10000) {
        if (socket.waitForReadyRead(500))
            answer += socket.readAll();
    }
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
