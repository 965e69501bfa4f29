#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace tp::storage {
class OrganisationStore;
}

namespace tp::sync {

// Keeps the sign-in token in the system keychain (QtKeychain: Keychain on Apple, Keystore on
// Android, Secret Service on Linux). Where no keychain answers, it falls back to a file in the
// app's data folder, readable only by this user, and says so (`inKeychain()`), so the screen
// can tell the shopper. Which of the two holds the token is remembered in the settings, so
// a phone that never stored a token never asks the keychain.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        KeychainOrFile, // the app
        FileOnly,       // tests and machines without a desktop session
    };
    TokenStore(storage::OrganisationStore &settings, QString fallbackFile, Mode mode,
               QObject *parent = nullptr);

    void save(const QString &token, std::function<void()> done);
    void load(std::function<void(const QString &token)> done);
    void clear();
    bool inKeychain() const { return m_inKeychain; }

private:
    void saveToFile(const QString &token);
    QString readFile() const;

    storage::OrganisationStore &m_settings;
    QString m_fallbackFile;
    Mode m_mode;
    bool m_inKeychain = false;
};

} // namespace tp::sync
