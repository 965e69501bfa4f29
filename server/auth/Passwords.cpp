#include "auth/Passwords.h"

#include <openssl/evp.h>
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

// OpenSSL's SHA-256 (SHA-NI or AVX2 where the CPU has them): Qt 6.4's QCryptographicHash needs
// about 85 instructions per byte, which made hashing a third of the server's work on a sync
// with photos (17 M instructions per 200 KB photo).
QString sha256Hex(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr) !=
        1)
        qFatal("OpenSSL cannot compute a SHA-256");
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString tokenHash(const QString &token)
{
    return sha256Hex(token.toLatin1());
}

} // namespace tp::server
