#include "ui/SyncController.h"

#include "storage/OrganisationStore.h"
#include "sync/ApiReply.h"
#include "sync/SyncClient.h"
#include "sync/TokenStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>

namespace tp::ui {

SyncController::SyncController(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    if (!enabled())
        return;
    m_network = new QNetworkAccessManager(this);
    const QString tokenFile =
        QFileInfo(context.options.databaseFile).dir().filePath(QStringLiteral("token"));
    m_tokens = new sync::TokenStore(*context.organisation, tokenFile,
                                    context.options.tokenInFileOnly
                                        ? sync::TokenStore::Mode::FileOnly
                                        : sync::TokenStore::Mode::KeychainOrFile,
                                    this);
    sync::SyncSettings settings;
    settings.server = context.options.serverUrl;
    settings.databaseFile = context.options.databaseFile;
    m_client = new sync::SyncClient(settings);
    m_client->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_client, &sync::SyncClient::start);
    connect(&m_thread, &QThread::finished, m_client, &QObject::deleteLater);
    connect(m_client, &sync::SyncClient::statusChanged, this, &SyncController::onStatus);
    connect(m_client, &sync::SyncClient::organisationChanged, this,
            &SyncController::organisationChanged);
    connect(m_client, &sync::SyncClient::auditsChanged, this, &SyncController::auditsChanged);
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
    watchConnectivity();
}

SyncController::~SyncController()
{
    if (m_client) {
        QMetaObject::invokeMethod(m_client, &sync::SyncClient::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void SyncController::watchConnectivity()
{
    // Without NetworkManager the default backend fails; any backend that reports reachability
    // will do, and without one a failed request is what tells the phone it is offline.
    if (!QNetworkInformation::loadDefaultBackend())
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (QNetworkInformation *info = QNetworkInformation::instance()) {
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online ||
                        reachability == QNetworkInformation::Reachability::Site)
                        syncNow();
                });
    }
}

void SyncController::onStatus(const sync::SyncStatus &status)
{
    m_status = status;
    emit statusChanged();
}

QString SyncController::statusText() const
{
    if (!enabled())
        return tr("Audits stay on this phone (no server set up)");
    if (needsSignIn())
        return tr("Sign in again to send your audits");
    if (m_status.running)
        return m_status.photosWaiting > 0 ? tr("Sending… %1 audits and %2 photos to go")
                                                .arg(m_status.waiting)
                                                .arg(m_status.photosWaiting)
                                          : tr("Sending… %1 audits to go").arg(m_status.waiting);
    if (m_status.waiting == 0)
        return tr("Everything is on the server");
    if (!m_status.online)
        return tr("Offline: %1 waiting on this phone").arg(m_status.waiting);
    return tr("%1 waiting to be sent").arg(m_status.waiting);
}

QString SyncController::lastSyncText() const
{
    if (m_status.lastSyncAt.isEmpty())
        return enabled() ? tr("Not synced yet") : QString();
    const QDateTime when =
        QDateTime::fromString(m_status.lastSyncAt, Qt::ISODateWithMs).toLocalTime();
    return tr("Last synced %1").arg(QLocale().toString(when, QStringLiteral("d MMM, HH:mm")));
}

QString SyncController::tokenStorageText() const
{
    if (!m_tokens || !m_signedIn)
        return QString();
    return m_tokens->inKeychain()
               ? tr("Your sign-in is kept in the system keychain.")
               : tr("No keychain on this device: your sign-in is kept in a file of the app.");
}

void SyncController::login(const QString &username, const QString &password,
                           std::function<void(const LoginResult &)> done)
{
    if (!enabled()) {
        done({LoginResult::Outcome::Offline, {}, {}, tr("No server is set up.")});
        return;
    }
    QUrl url = m_context.options.serverUrl;
    url.setPath(url.path() + QStringLiteral("/api/v1/login"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const sync::ApiReply answer = sync::ApiReply::from(reply);
        LoginResult result;
        result.message = answer.message;
        if (answer.ok()) {
            result.outcome = LoginResult::Outcome::SignedIn;
            result.token = answer.json.value(QLatin1String("token")).toString();
            result.user = answer.json.value(QLatin1String("user")).toObject();
        } else if (answer.kind == sync::ApiReply::Kind::Offline) {
            result.outcome = LoginResult::Outcome::Offline;
        } else if (answer.status == 401) {
            result.outcome = LoginResult::Outcome::WrongCredentials;
        } else if (answer.status == 429) {
            result.outcome = LoginResult::Outcome::Throttled;
            result.retryAfterSeconds = reply->rawHeader(QByteArrayLiteral("Retry-After")).toInt();
        }
        done(result);
    });
}

void SyncController::changePassword(const QString &token, const QString &current,
                                    const QString &next,
                                    std::function<void(const QString &problem)> done)
{
    QUrl url = m_context.options.serverUrl;
    url.setPath(url.path() + QStringLiteral("/api/v1/me/password"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(15000);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("currentPassword"), current},
                                                      {QStringLiteral("newPassword"), next}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const sync::ApiReply answer = sync::ApiReply::from(reply);
        if (answer.ok())
            done({});
        else if (answer.kind == sync::ApiReply::Kind::Offline)
            done(tr("No connection to the server. Try again when the phone is online."));
        else if (answer.status == 422)
            done(tr("Choose a password of at least 8 characters, different from the one you "
                    "were given."));
        else if (answer.status == 429)
            done(tr("Too many wrong passwords. Try again later."));
        else
            done(answer.message);
    });
}

void SyncController::startWithToken(const QString &token)
{
    if (!enabled())
        return;
    m_signedIn = true;
    m_token = token;
    emit tokenChanged();
    m_tokens->save(token, [this] { emit statusChanged(); });
    QMetaObject::invokeMethod(m_client, [client = m_client, token] {
        client->setToken(token);
        client->syncNow(false);
    });
}

void SyncController::resumeWithSavedToken()
{
    if (!enabled())
        return;
    m_signedIn = true;
    m_tokens->load([this](const QString &token) {
        m_token = token;
        emit tokenChanged();
        QMetaObject::invokeMethod(m_client, [client = m_client, token] {
            client->setToken(token);
            client->syncNow(false);
        });
    });
}

void SyncController::signOut()
{
    if (!enabled())
        return;
    m_signedIn = false;
    m_token.clear();
    emit tokenChanged();
    m_tokens->clear();
    QMetaObject::invokeMethod(m_client, [client = m_client] { client->setToken(QString()); });
    emit statusChanged();
}

void SyncController::postAssignmentAction(const QString &id, const QString &action,
                                          std::function<void(bool, const QString &)> done)
{
    if (!enabled() || m_token.isEmpty()) {
        done(false, tr("This needs a connection to the server."));
        return;
    }
    QUrl url = m_context.options.serverUrl;
    url.setPath(url.path() + QStringLiteral("/api/v1/assignments/%1/%2").arg(id, action));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->post(request, QByteArrayLiteral("{}"));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const sync::ApiReply answer = sync::ApiReply::from(reply);
        done(answer.ok(), answer.ok() ? QString() : answer.message);
        if (answer.ok())
            syncNow(); // the pull brings the assignment's new state
    });
}

void SyncController::syncNow()
{
    if (m_client)
        QMetaObject::invokeMethod(m_client, [client = m_client] { client->syncNow(false); });
}

void SyncController::retryRefused()
{
    if (m_client)
        QMetaObject::invokeMethod(m_client, [client = m_client] { client->syncNow(true); });
}

} // namespace tp::ui
