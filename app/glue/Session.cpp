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

void deleteLaterObject(QObject *object)
{
    if (object) object->deleteLater();
}

QCoro::Task<bool> noOlderPages() { co_return false; }
QCoro::Task<bool> noRefresh(QString, QString) { co_return false; }
} // namespace

Session::Session(account::AccountPaths paths, sync::SyncEngine::Options options, QObject *parent)
    : QObject(parent)
    , m_account(std::make_unique<account::Account>(std::move(paths), options))
    , m_feed(nullptr, &deleteLaterModel)
    , m_models(nullptr, &deleteLaterObject)
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
    m_models.reset(new QObject);
    m_groupList = new models::GroupsModel(store, m_models.get());
    m_groupList->setRefresher([guard](QString scope, QString query) {
        return guard ? guard->refreshGroups(scope, query) : noRefresh(scope, query);
    });
    m_pinned = new models::FeedModel(store, store::FeedScope::pinned(), m_models.get());

    connect(store, &store::Store::changed, ctx, [this](const store::StoreChanges &changes) {
        if (changes.meChanged) refreshMe();
        if (changes.groupsChanged || changes.meChanged) refreshGroups();
    });
    // The account closes its store before it says so; never keep a model over a dead store.
    connect(store, &QObject::destroyed, ctx, [this] {
        m_attachedStore = nullptr;
        QMetaObject::invokeMethod(this, [this] { if (!m_attachedStore) detach(); }, Qt::QueuedConnection);
        m_feed.reset();
        m_models.reset();
        m_groupList = nullptr;
        m_pinned = nullptr;
        Q_EMIT feedChanged();
    });
    connect(sync, &sync::SyncEngine::onlineChanged, ctx, [this] { Q_EMIT onlineChanged(); });
    connect(sync, &sync::SyncEngine::offlineChanged, ctx, [this] { Q_EMIT offlineChanged(); });
    connect(sync, &sync::SyncEngine::bootstrappedChanged, ctx, [this] { Q_EMIT syncedChanged(); });
    // Upload progress shows on the post the file belongs to, in every list that holds it.
    connect(sync, &sync::SyncEngine::uploadProgress, ctx, [this](const QString &fileId, qint64 sent, qint64 total) {
        if (m_feed) m_feed->setUploadProgress(fileId, sent, total);
        for (const auto &groupFeed : std::as_const(m_groupFeeds))
            if (groupFeed) groupFeed->setUploadProgress(fileId, sent, total);
    });
    // Something the server refused with nothing left to retry: say so briefly.
    connect(sync, &sync::SyncEngine::actionRefused, ctx, [this](const QString &, const QString &, const QString &message) {
        Q_EMIT notice(message.isEmpty() ? tr("The server did not accept that.") : tr("The server did not accept that: %1").arg(message));
    });

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
    m_models.reset();
    m_groupList = nullptr;
    m_pinned = nullptr;
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
    writePost(groupId, groupName, body.trimmed(), false, {});
}

QCoro::Task<> Session::writePost(QString groupId, QString groupName, QString body, bool announcement, QStringList files)
{
    QPointer<Session> self(this);
    QPointer<sync::SyncEngine> sync(m_account->sync());
    QString id;
    if (!sync) co_return;
    try {
        // Named first: GCC 12 mishandles temporaries inside a co_await expression.
        auto saving = sync->createPost(groupId, groupName, body, announcement, files);
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
    if (!m_account->sync() || body.trimmed().isEmpty()) return;
    QString groupName;
    for (const QVariant &g : std::as_const(m_groups)) {
        const QVariantMap choice = g.toMap();
        if (choice.value(QStringLiteral("id")).toString() == groupId) groupName = choice.value(QStringLiteral("name")).toString();
    }
    if (groupId.isEmpty()) groupName.clear();
    writePost(groupId, groupName, body.trimmed(), announcement && mayAnnounce(), files);
}

models::FeedModel *Session::groupFeed(const QString &groupId)
{
    store::Store *store = m_account->store();
    if (!store || !m_models || groupId.isEmpty()) return nullptr;
    if (auto existing = m_groupFeeds.value(groupId)) return existing;
    auto *model = new models::FeedModel(store, store::FeedScope::group(groupId), m_models.get());
    QPointer<sync::SyncEngine> guard(m_account->sync());
    model->setServerPager([guard, groupId] { return guard ? guard->loadGroupPosts(groupId) : noOlderPages(); },
                          [guard, groupId] { return guard && guard->serverHasOlderGroupPosts(groupId); });
    QQmlEngine::setObjectOwnership(model, QQmlEngine::CppOwnership);
    m_groupFeeds.insert(groupId, model);
    return model;
}

models::CommentsModel *Session::comments(const QString &postId)
{
    store::Store *store = m_account->store();
    if (!store || !m_models || postId.isEmpty()) return nullptr;
    if (auto existing = m_comments.value(postId)) return existing;
    auto *model = new models::CommentsModel(store, postId, m_models.get());
    QQmlEngine::setObjectOwnership(model, QQmlEngine::CppOwnership);
    m_comments.insert(postId, model);
    if (auto *sync = m_account->sync()) runAction(sync->loadComments(postId));
    return model;
}

QVariantMap Session::groupInfo(const QString &groupId) const
{
    store::Store *store = m_account->store();
    if (!store || groupId.isEmpty()) return {};
    const auto group = store::directory::group(store->reader(), groupId);
    if (!group) return {};
    return {{QStringLiteral("groupId"), group->id},
            {QStringLiteral("name"), group->name},
            {QStringLiteral("description"), group->description},
            {QStringLiteral("visibility"), group->visibility},
            {QStringLiteral("kind"), group->kind},
            {QStringLiteral("memberCount"), group->memberCount},
            {QStringLiteral("version"), group->version},
            {QStringLiteral("membership"), store::directory::membership(store->reader(), groupId)}};
}

QCoro::Task<> Session::runAction(QCoro::Task<bool> action)
{
    // Fire and forget: the outcome shows in the cache (pending, failed); only a store error
    // is worth a word here.
    QPointer<Session> self(this);
    try {
        co_await action;
    } catch (const store::StoreError &e) {
        qCWarning(lcSession) << "could not save:" << e.message();
        if (self) Q_EMIT self->notice(tr("That could not be saved on this device. Try again."));
    }
}


#define PLEIN_SYNC_ACTION(call)                                                                    \
    if (auto *sync = m_account->sync()) runAction(sync->call)

void Session::editPost(const QString &postId, const QString &body) { PLEIN_SYNC_ACTION(editPost(postId, body.trimmed())); }
void Session::deletePost(const QString &postId) { PLEIN_SYNC_ACTION(deletePost(postId)); }
void Session::resolveEditConflict(const QString &postId, bool keepMine) { PLEIN_SYNC_ACTION(resolveEditConflict(postId, keepMine)); }
void Session::setReaction(const QString &target, const QString &id, const QString &kind, bool on)
{
    PLEIN_SYNC_ACTION(setReaction(target, id, kind, on));
}
void Session::editComment(const QString &commentId, const QString &body) { PLEIN_SYNC_ACTION(editComment(commentId, body.trimmed())); }
void Session::deleteComment(const QString &commentId) { PLEIN_SYNC_ACTION(deleteComment(commentId)); }
void Session::acknowledge(const QString &postId) { PLEIN_SYNC_ACTION(acknowledge(postId)); }
void Session::joinGroup(const QString &groupId) { PLEIN_SYNC_ACTION(joinGroup(groupId)); }
void Session::leaveGroup(const QString &groupId) { PLEIN_SYNC_ACTION(leaveGroup(groupId)); }
void Session::retry(const QString &objectId) { PLEIN_SYNC_ACTION(retry(objectId)); }
void Session::discard(const QString &objectId) { PLEIN_SYNC_ACTION(discard(objectId)); }

#undef PLEIN_SYNC_ACTION

void Session::addComment(const QString &postId, const QString &body)
{
    if (!m_account->sync() || body.trimmed().isEmpty()) return;
    writeComment(postId, body.trimmed());
}

QCoro::Task<> Session::writeComment(QString postId, QString body)
{
    QPointer<Session> self(this);
    QPointer<sync::SyncEngine> sync(m_account->sync());
    QString id;
    try {
        auto saving = sync->addComment(postId, body);
        id = co_await saving;
    } catch (const store::StoreError &e) {
        qCWarning(lcSession) << "could not save comment:" << e.message();
    }
    if (!self) co_return;
    if (id.isEmpty()) Q_EMIT notice(tr("Your comment could not be saved on this device. Try again."));
    else Q_EMIT commentCreated(postId, id);
}


} // namespace plein::app
