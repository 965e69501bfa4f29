#include "sync/TokenStore.h"

#include "storage/OrganisationStore.h"

#include <QFile>
#include <QSaveFile>
#include <qt6keychain/keychain.h>

namespace tp::sync {

namespace {

const QString kService = QStringLiteral("org.touchpoint.app");
const QString kKey = QStringLiteral("token");
const QString kWhereKey = QStringLiteral("token-store"); // "keychain", "file" or absent

} // namespace

TokenStore::TokenStore(storage::OrganisationStore &settings, QString fallbackFile, Mode mode,
                       QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_fallbackFile(std::move(fallbackFile))
    , m_mode(mode)
{
    m_inKeychain = m_settings.setting(kWhereKey) == QLatin1String("keychain");
}

void TokenStore::saveToFile(const QString &token)
{
    QSaveFile file(m_fallbackFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(token.toUtf8());
        file.commit();
    }
    m_settings.setSetting(kWhereKey, QStringLiteral("file"));
    m_inKeychain = false;
}

QString TokenStore::readFile() const
{
    QFile file(m_fallbackFile);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

void TokenStore::save(const QString &token, std::function<void()> done)
{
    if (m_mode == Mode::FileOnly) {
        saveToFile(token);
        done();
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(kKey);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job, token, done] {
        if (job->error() == QKeychain::NoError) {
            QFile::remove(m_fallbackFile);
            m_settings.setSetting(kWhereKey, QStringLiteral("keychain"));
            m_inKeychain = true;
        } else {
            saveToFile(token);
        }
        done();
    });
    job->start();
}

void TokenStore::load(std::function<void(const QString &)> done)
{
    const QString where = m_settings.setting(kWhereKey);
    if (where != QLatin1String("keychain")) {
        done(where == QLatin1String("file") ? readFile() : QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(kKey);
    connect(job, &QKeychain::Job::finished, this, [job, done] {
        done(job->error() == QKeychain::NoError ? job->textData() : QString());
    });
    job->start();
}

void TokenStore::clear()
{
    QFile::remove(m_fallbackFile);
    if (m_settings.setting(kWhereKey) == QLatin1String("keychain")) {
        auto *job = new QKeychain::DeletePasswordJob(kService, this);
        job->setKey(kKey);
        job->start();
    }
    m_settings.setSetting(kWhereKey, QString());
    m_inKeychain = false;
}

} // namespace tp::sync
