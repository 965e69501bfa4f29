#include "ui/OfflineCredentials.h"

#include "storage/OrganisationStore.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QStringList>
#include <QUuid>

namespace tp::ui {

namespace {

constexpr int kPasswordIterations = 60000;
constexpr int kHashBytes = 32;

QString settingKey(const QString &username)
{
    return QStringLiteral("offline-login:") + username;
}

QByteArray derive(const QString &password, const QByteArray &salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              kPasswordIterations, kHashBytes);
}

} // namespace

OfflineCredentials::OfflineCredentials(storage::OrganisationStore &organisation)
    : m_organisation(organisation)
{
}

void OfflineCredentials::remember(const QString &username, const QString &password)
{
    const QByteArray salt = QUuid::createUuid().toRfc4122();
    m_organisation.setSetting(
        settingKey(username),
        QString::fromLatin1(salt.toBase64() + ':' + derive(password, salt).toBase64()));
}

bool OfflineCredentials::matches(const QString &username, const QString &password) const
{
    const QStringList parts = m_organisation.setting(settingKey(username)).split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[0].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[1].toLatin1());
    return derive(password, salt) == expected;
}

} // namespace tp::ui
