#include "Account.h"
#include "net/ServerAddress.h"
#include "store/DirectoryStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcAccount, "plein.account")

namespace plein::account {

using net::NetError;

AccountPaths AccountPaths::standard()
{
    return {QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/accounts.ini"),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
}

Account::Account(AccountPaths paths, sync::SyncEngine::Options options, QObject *parent)
    : QObject(parent), m_paths(std::move(paths)), m_options(options)
{
    QSettings config(m_paths.configFile, QSettings::IniFormat);
    const QString current = config.value(QStringLiteral("current")).toString();
    if (!current.isEmpty()) {
        m_server = QUrl(config.value(current + QStringLiteral("/server")).toString());
        m_email = config.value(current + QStringLiteral("/email")).toString();
    }
}

Account::~Account() { close(); }

QString Account::keyFor(const QUrl &server, const QString &userId)
{
    const QByteArray raw = server.toString(QUrl::StripTrailingSlash).toUtf8() + '|' + userId.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex().left(20));
}

QString Account::cachePath() const
{
    return m_key.isEmpty() ? QString() : m_paths.dataDir + QStringLiteral("/accounts/") + m_key + QStringLiteral(".sqlite");
}

protocol::User Account::me() const
{
    return m_sync ? m_sync->me() : protocol::User{};
}

QCoro::Task<Account::SignInResult> Account::signIn(QString serverText, QString email, QString password)
{
    QPointer<Account> self(this);
    QString why;
    const QUrl server = net::normalizeServerUrl(serverText, &why);
    if (!server.isValid())
        co_return SignInResult{why == QLatin1String("insecure") ? SignInError::InsecureAddress : SignInError::InvalidAddress, why, 0};

    auto api = std::make_unique<net::ApiClient>(server);
    api->setTimeoutMs(10000);
    auto loggingIn = api->login(email.trimmed(), password);
    const auto session = co_await loggingIn;
    if (!self) co_return SignInResult{};
    if (!session) {
        const NetError &e = session.error();
        switch (e.kind) {
        case NetError::Kind::Network: co_return SignInResult{SignInError::Unreachable, e.message, 0};
        case NetError::Kind::Unauthorized: co_return SignInResult{SignInError::WrongCredentials, e.message, 0};
        case NetError::Kind::RateLimited: co_return SignInResult{SignInError::RateLimited, e.message, e.retryAfterSeconds};
        case NetError::Kind::Server: co_return SignInResult{SignInError::Server, e.message, 0};
        case NetError::Kind::Invalid:
            if (e.code == QLatin1String("validation_failed")) co_return SignInResult{SignInError::WrongCredentials, e.message, 0};
            co_return SignInResult{SignInError::NotPlein, e.message, 0};
        default: co_return SignInResult{SignInError::NotPlein, e.message, 0};
        }
    }
    const protocol::Session s = session.value();
    const QString key = keyFor(server, s.user.id);
    const Tokens tokens{s.accessToken, s.refreshToken};
    const VaultResult stored = co_await m_vault.write(key, tokens);
    if (!self) co_return SignInResult{};
    if (!stored.ok) co_return SignInResult{SignInError::Keychain, stored.error, 0};

    if (isSignedIn() && key != m_key) close();
    m_email = email.trimmed();
    const bool opened = co_await open(key, server, s.user, tokens);
    if (!self) co_return SignInResult{};
    if (!opened) co_return SignInResult{SignInError::Storage, m_lastError, 0};
    saveConfig(s.user);
    co_return SignInResult{};
}

QCoro::Task<bool> Account::restore()
{
    QPointer<Account> self(this);
    QSettings config(m_paths.configFile, QSettings::IniFormat);
    const QString key = config.value(QStringLiteral("current")).toString();
    if (key.isEmpty()) co_return false;
    const QUrl server(config.value(key + QStringLiteral("/server")).toString());
    protocol::User me;
    me.id = config.value(key + QStringLiteral("/userId")).toString();
    me.name = config.value(key + QStringLiteral("/name")).toString();
    m_email = config.value(key + QStringLiteral("/email")).toString();
    if (!server.isValid() || me.id.isEmpty()) co_return false;
    // The cache first, so the feed shows before the keychain or the network answer.
    const bool opened = co_await open(key, server, me, std::nullopt);
    if (!self || !opened) co_return false;
    const VaultResult vault = co_await m_vault.read(key);
    if (!self || m_key != key) co_return opened;
    if (!vault.ok || vault.tokens.isEmpty()) {
        m_lastError = vault.notFound ? QStringLiteral("no token stored") : vault.error;
        qCWarning(lcAccount) << "keychain:" << m_lastError;
        co_await expire();
        co_return false;
    }
    m_api->setTokens(vault.tokens.access, vault.tokens.refresh);
    m_sync->start();
    co_return true;
}

QCoro::Task<bool> Account::open(QString key, QUrl server, protocol::User me, std::optional<Tokens> tokens)
{
    QPointer<Account> self(this);
    if (m_key == key && m_store) {
        if (tokens) {
            m_api->setTokens(tokens->access, tokens->refresh);
            m_sync->setMe(me);
            m_sync->start();
        }
        co_return true;
    }
    m_key = key;
    m_server = server;
    auto opening = store::Store::open(cachePath());
    store::OpenedStore opened = co_await opening;
    if (!self) co_return false;
    if (!opened.store) {
        m_lastError = opened.error;
        m_key.clear();
        co_return false;
    }
    m_store = std::move(opened.store);
    m_api = std::make_unique<net::ApiClient>(server);
    m_sync = std::make_unique<sync::SyncEngine>(m_store.get(), m_api.get(), m_options);
    m_directory = std::make_unique<sync::RemoteDirectory>(m_store.get(), m_api.get());
    m_files = std::make_unique<sync::FileCache>(m_store.get(), m_directory.get(), store::Store::companionDir(cachePath(), QStringLiteral("files")));
    if (m_sync->me().id.isEmpty()) m_sync->setMe(me);
    connect(m_api.get(), &net::ApiClient::tokensChanged, this, [this, key](const QString &access, const QString &refresh) {
        m_vault.write(key, Tokens{access, refresh});
    });
    connect(m_sync.get(), &sync::SyncEngine::sessionExpired, this, [this] { expire(); });
    connect(m_sync.get(), &sync::SyncEngine::errorOccurred, this, &Account::errorOccurred);
    if (tokens) {
        m_api->setTokens(tokens->access, tokens->refresh);
        m_sync->setMe(me);
        m_sync->start();
    }
    Q_EMIT signedInChanged();
    co_return true;
}

void Account::saveConfig(const protocol::User &me)
{
    QSettings config(m_paths.configFile, QSettings::IniFormat);
    config.setValue(QStringLiteral("current"), m_key);
    config.setValue(m_key + QStringLiteral("/server"), m_server.toString());
    config.setValue(m_key + QStringLiteral("/email"), m_email);
    config.setValue(m_key + QStringLiteral("/userId"), me.id);
    config.setValue(m_key + QStringLiteral("/name"), me.name);
    config.sync();
}

void Account::close()
{
    if (m_sync) m_sync->stop();
    m_files.reset();
    m_directory.reset();
    m_sync.reset();
    m_api.reset();
    m_store.reset();
}

QCoro::Task<> Account::expire()
{
    QPointer<Account> self(this);
    const QString key = m_key;
    close();
    co_await m_vault.remove(key);
    if (!self) co_return;
    Q_EMIT signedInChanged();
    Q_EMIT sessionExpired();
}

QCoro::Task<> Account::signOut()
{
    QPointer<Account> self(this);
    if (m_key.isEmpty()) co_return;
    const QString key = m_key;
    const QString cache = cachePath();
    if (m_api) {
        // Tell the server, but never let a slow network keep the user signed in here.
        m_api->setTimeoutMs(3000);
        auto loggingOut = m_api->logout();
        co_await loggingOut;
        if (!self) co_return;
    }
    close();
    const VaultResult removed = co_await m_vault.remove(key);
    if (!self) co_return;
    if (!removed.ok && !removed.notFound) {
        m_lastError = removed.error;
        Q_EMIT errorOccurred(removed.error);
    }
    store::Store::removeFiles(cache);
    // Downloads and not-yet-uploaded copies belong to the account too.
    QDir(store::Store::companionDir(cache, QStringLiteral("files"))).removeRecursively();
    QDir(store::Store::companionDir(cache, QStringLiteral("uploads"))).removeRecursively();
    QSettings config(m_paths.configFile, QSettings::IniFormat);
    config.remove(key);
    config.remove(QStringLiteral("current"));
    config.sync();
    m_key.clear();
    Q_EMIT signedInChanged();
}

} // namespace plein::account
