#include "auth/Passwords.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace tp::server {

namespace {

constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 19 * 1024 * 1024;

} // namespace

bool initialiseCrypto()
{
    return sodium_init() >= 0;
}

QString hashPassword(const QByteArray &password)
{
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(encoded, password.constData(), size_t(password.size()), kOpsLimit,
                              kMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(encoded);
}

bool verifyPassword(const QString &encodedHash, const QByteArray &password)
{
    const QByteArray encoded = encodedHash.toLatin1();
    if (encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(encoded.constData(), password.constData(),
                                    size_t(password.size())) == 0;
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString tokenHash(const QString &token)
{
    return sha256Hex(token.toLatin1());
}

} // namespace tp::server
