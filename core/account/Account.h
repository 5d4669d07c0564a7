#pragma once
// The signed-in account: signing in, coming back to it at start (cache first, network after),
// and signing out (token out of the keychain, cache file deleted). One account is active at a
// time; its settings say which server and user it is, the keychain holds its tokens.
#include "TokenVault.h"
#include "net/ApiClient.h"
#include "store/Store.h"
#include "sync/FileCache.h"
#include "sync/RemoteDirectory.h"
#include "sync/SyncEngine.h"

#include <QCoroTask>
#include <QObject>
#include <QUrl>
#include <memory>
#include <optional>

namespace plein::account {

struct AccountPaths {
    QString configFile; // the account list (ini)
    QString dataDir;    // holds accounts/<key>.sqlite
    static AccountPaths standard();
};

class Account : public QObject {
    Q_OBJECT
public:
    enum class SignInError {
        None,
        InvalidAddress,   // not a URL we can use
        InsecureAddress,  // http:// to a host other than this machine
        Unreachable,      // nothing answered
        NotPlein,         // something answered, but not a Plein server
        WrongCredentials,
        RateLimited,      // too many attempts; retryAfterSeconds says how long
        Keychain,         // the token could not be stored
        Storage,          // the cache file could not be opened
        Server,           // the server failed
    };
    Q_ENUM(SignInError)
    struct SignInResult {
        SignInError error = SignInError::None;
        QString detail;
        int retryAfterSeconds = 0;
    };

    Account(AccountPaths paths, sync::SyncEngine::Options options, QObject *parent = nullptr);
    ~Account() override;

    QCoro::Task<SignInResult> signIn(QString server, QString email, QString password);
    // Reopens the saved account: the cache at once, then the keychain and the network. False
    // when there is no saved account (or its cache cannot be opened).
    QCoro::Task<bool> restore();
    QCoro::Task<> signOut();

    bool isSignedIn() const { return m_store != nullptr; }
    QString key() const { return m_key; }
    QUrl server() const { return m_server; }
    QString email() const { return m_email; }
    QString cachePath() const;
    protocol::User me() const;
    store::Store *store() const { return m_store.get(); }
    net::ApiClient *api() const { return m_api.get(); }
    sync::SyncEngine *sync() const { return m_sync.get(); }
    sync::RemoteDirectory *directory() const { return m_directory.get(); }
    sync::FileCache *files() const { return m_files.get(); }
    QString lastError() const { return m_lastError; }

    static QString keyFor(const QUrl &server, const QString &userId);

Q_SIGNALS:
    void signedInChanged();
    // The server no longer accepts this account's tokens; the cache and outbox are kept so
    // signing in again as the same person picks up where it was.
    void sessionExpired();
    void errorOccurred(const QString &message);

private:
    QCoro::Task<bool> open(QString key, QUrl server, protocol::User me, std::optional<Tokens> tokens);
    void close();
    void saveConfig(const protocol::User &me);
    QCoro::Task<> expire();

    AccountPaths m_paths;
    sync::SyncEngine::Options m_options;
    TokenVault m_vault;
    QString m_key;
    QUrl m_server;
    QString m_email;
    QString m_lastError;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<net::ApiClient> m_api;
    std::unique_ptr<sync::SyncEngine> m_sync;
    std::unique_ptr<sync::RemoteDirectory> m_directory;
    std::unique_ptr<sync::FileCache> m_files;
};

} // namespace plein::account
