#include "Session.h"
#include "ComposerGroups.h"
#include "SignInMessages.h"
#include "store/DirectoryStore.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcSession, "plein.session")

namespace plein::app {

namespace {
// QML may still hold the model for the rest of this event; delete it once that is over.
void deleteLaterModel(models::FeedModel *model)
{
    if (model) model->deleteLater();
}

QCoro::Task<bool> noOlderPages() { co_return false; }
} // namespace

Session::Session(account::AccountPaths paths, sync::SyncEngine::Options options, QObject *parent)
    : QObject(parent)
    , m_account(std::make_unique<account::Account>(std::move(paths), options))
    , m_feed(nullptr, &deleteLaterModel)
{
    connect(m_account.get(), &account::Account::signedInChanged, this, &Session::onAccountChanged);
    connect(m_account.get(), &account::Account::sessionExpired, this, [this] {
        setErrorMessage(tr("Your session has ended. Sign in again to continue."));
    });
    connect(m_account.get(), &account::Account::errorOccurred, this, [](const QString &message) {
        qCWarning(lcSession) << "account:" << message;
    });
}

Session::~Session()
{
    detach();
}

void Session::setInstance(Session *session) { s_instance = session; }

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Session::create", "make a Session and call setInstance() before loading QML");
    // The app owns the session; the QML engine must never delete it.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Session::start()
{
    m_restoring = true;
    Q_EMIT restoringChanged();
    QCoro::connect(m_account->restore(), this, [this](bool) {
        m_restoring = false;
        Q_EMIT restoringChanged();
    });
}

void Session::onAccountChanged()
{
    if (m_account->isSignedIn()) {
        attach();
    } else {
        detach();
    }
    Q_EMIT signedInChanged();
}

void Session::attach()
{
    store::Store *store = m_account->store();
    sync::SyncEngine *sync = m_account->sync();
    if (store == m_attachedStore) return;
    detach();
    m_attachedStore = store;
    m_attachment = std::make_unique<QObject>();
    QObject *ctx = m_attachment.get();

    m_feed.reset(new models::FeedModel(store));
    QPointer<sync::SyncEngine> guard(sync);
    m_feed->setServerPager(
        [guard] { return guard ? guard->loadOlderFeed() : noOlderPages(); },
        [guard] { return guard && guard->serverHasOlderFeed(); });

    connect(store, &store::Store::changed, ctx, [this](const store::StoreChanges &changes) {
        if (changes.meChanged) refreshMe();
        if (changes.groupsChanged || changes.meChanged) refreshGroups();
    });
    // The account closes its store before it says so; never keep a model over a dead store.
    connect(store, &QObject::destroyed, ctx, [this] {
        m_attachedStore = nullptr;
        QMetaObject::invokeMethod(this, [this] { if (!m_attachedStore) detach(); }, Qt::QueuedConnection);
        m_feed.reset();
        Q_EMIT feedChanged();
    });
    connect(sync, &sync::SyncEngine::onlineChanged, ctx, [this] { Q_EMIT onlineChanged(); });
    connect(sync, &sync::SyncEngine::offlineChanged, ctx, [this] { Q_EMIT offlineChanged(); });
    connect(sync, &sync::SyncEngine::bootstrappedChanged, ctx, [this] { Q_EMIT syncedChanged(); });

    refreshMe();
    refreshGroups();
    Q_EMIT feedChanged();
    Q_EMIT onlineChanged();
    Q_EMIT offlineChanged();
    Q_EMIT syncedChanged();
}

void Session::detach()
{
    m_attachment.reset();
    m_attachedStore = nullptr;
    const bool hadFeed = m_feed != nullptr;
    m_feed.reset();
    m_me = {};
    m_groups.clear();
    if (hadFeed) Q_EMIT feedChanged();
    Q_EMIT groupsChanged();
    Q_EMIT meChanged();
    Q_EMIT onlineChanged();
    Q_EMIT offlineChanged();
    Q_EMIT syncedChanged();
}

void Session::refreshMe()
{
    m_me = m_account->me();
    // Saved settings only remember the name; the cache knows the role and the rest.
    if (store::Store *store = m_account->store(); store && !m_me.id.isEmpty()) {
        if (const auto stored = store::directory::user(store->reader(), m_me.id)) m_me = *stored;
    }
    Q_EMIT meChanged();
}

void Session::refreshGroups()
{
    store::Store *store = m_account->store();
    m_groups = store ? composerGroups(store::directory::myGroups(store->reader()), m_me.role) : QVariantList{};
    Q_EMIT groupsChanged();
}

QString Session::myName() const { return m_me.name; }

QString Session::myInitials() const { return m_me.name.isEmpty() ? QString() : models::FeedModel::initialsOf(m_me.name); }

QString Session::myRole() const
{
    if (m_me.id.isEmpty()) return {};
    if (m_me.role == protocol::Role::Admin) return tr("Administrator");
    if (m_me.role == protocol::Role::CommunityManager) return tr("Community manager");
    if (m_me.role == protocol::Role::External) return tr("Guest");
    return tr("Member");
}

bool Session::mayAnnounce() const { return mayPostToEveryone(m_me.role); }

QString Session::server() const
{
    return m_account->server().toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

bool Session::isOnline() const { return m_account->sync() && m_account->sync()->isOnline(); }

bool Session::isOffline() const { return m_account->sync() && m_account->sync()->isOffline(); }

bool Session::isSynced() const { return m_account->sync() && m_account->sync()->isBootstrapped(); }

void Session::setBusy(bool busy)
{
    if (busy == m_busy) return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void Session::setErrorMessage(const QString &message)
{
    if (message == m_errorMessage) return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void Session::signIn(const QString &server, const QString &email, const QString &password)
{
    if (m_busy) return;
    setBusy(true);
    setErrorMessage({});
    QCoro::connect(m_account->signIn(server, email, password), this,
                   [this](const account::Account::SignInResult &result) {
                       setBusy(false);
                       if (result.error != account::Account::SignInError::None)
                           qCInfo(lcSession) << "sign-in failed:" << result.error << result.detail;
                       setErrorMessage(signInMessage(result));
                       Q_EMIT signInFinished(result.error == account::Account::SignInError::None);
                   });
}

void Session::signOut()
{
    if (m_busy) return;
    setBusy(true);
    setErrorMessage({});
    QCoro::connect(m_account->signOut(), this, [this] { setBusy(false); });
}

void Session::createPost(const QString &groupId, const QString &body)
{
    if (!m_account->sync() || body.trimmed().isEmpty()) return;
    QString groupName;
    for (const QVariant &g : std::as_const(m_groups)) {
        const QVariantMap choice = g.toMap();
        if (choice.value(QStringLiteral("id")).toString() == groupId) groupName = choice.value(QStringLiteral("name")).toString();
    }
    // Posts to everyone carry no group name; "Everyone" is only the picker's label.
    if (groupId.isEmpty()) groupName.clear();
    writePost(groupId, groupName, body.trimmed());
}

QCoro::Task<> Session::writePost(QString groupId, QString groupName, QString body)
{
    QPointer<Session> self(this);
    QPointer<sync::SyncEngine> sync(m_account->sync());
    QString id;
    if (!sync) co_return;
    try {
        // Named first: GCC 12 mishandles temporaries inside a co_await expression.
        auto saving = sync->createPost(groupId, groupName, body);
        id = co_await saving;
    } catch (const store::StoreError &e) {
        qCWarning(lcSession) << "could not save post:" << e.message();
    }
    if (!self) co_return;
    if (id.isEmpty()) {
        Q_EMIT postFailed(tr("Your post could not be saved on this device. Your text is still here; try again."));
        co_return;
    }
    Q_EMIT postCreated(id);
}

void Session::retryPost(const QString &postId)
{
    if (auto *sync = m_account->sync()) sync->retryPost(postId);
}

void Session::discardPost(const QString &postId)
{
    if (auto *sync = m_account->sync()) sync->discardPost(postId);
}

} // namespace plein::app

namespace plein::app {

void Session::createPostWith(const QString &groupId, const QString &body, bool announcement, const QStringList &files)
{
    if (announcement || !files.isEmpty()) {
        // TODO(core): SyncEngine::createPost(groupId, groupName, body, announcement, files).
        Q_EMIT postFailed(tr("This version cannot send attachments or announcements yet. Remove them to post."));
        return;
    }
    createPost(groupId, body);
}

void Session::notYetAvailable() { Q_EMIT notice(tr("This is not available in this version yet.")); }

void Session::editPost(const QString &, const QString &) { notYetAvailable(); }
void Session::deletePost(const QString &) { notYetAvailable(); }
void Session::resolveEditConflict(const QString &, bool) { notYetAvailable(); }
void Session::setReaction(const QString &, const QString &, const QString &, bool) { notYetAvailable(); }
void Session::acknowledge(const QString &) { notYetAvailable(); }
void Session::addComment(const QString &, const QString &) { notYetAvailable(); }
void Session::joinGroup(const QString &) { notYetAvailable(); }
void Session::leaveGroup(const QString &) { notYetAvailable(); }
void Session::createGroup(const QString &, const QString &, const QString &) { notYetAvailable(); }

} // namespace plein::app
