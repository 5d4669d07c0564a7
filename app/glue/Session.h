#pragma once
// What the screens know about the signed-in person: signing in and out, who they are, whether
// the server is reachable, the feed, and writing posts. QML gets the one instance the app (or a
// test) made, through QML_SINGLETON's create().
#include "account/Account.h"
#include "models/CommentsModel.h"
#include "models/FeedModel.h"
#include "models/GroupsModel.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QHash>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace plein::app {

class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY signedInChanged)
    Q_PROPERTY(bool restoring READ isRestoring NOTIFY restoringChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString prefillServer READ prefillServer CONSTANT)
    Q_PROPERTY(QString prefillEmail READ prefillEmail CONSTANT)
    Q_PROPERTY(QString prefillPassword READ prefillPassword CONSTANT)
    Q_PROPERTY(QString myName READ myName NOTIFY meChanged)
    Q_PROPERTY(QString myInitials READ myInitials NOTIFY meChanged)
    Q_PROPERTY(QString myRole READ myRole NOTIFY meChanged)
    Q_PROPERTY(QString server READ server NOTIFY meChanged)
    Q_PROPERTY(QString email READ email NOTIFY meChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(bool offline READ isOffline NOTIFY offlineChanged)
    // The cache has had its first full copy from the server: an empty feed is really empty.
    Q_PROPERTY(bool synced READ isSynced NOTIFY syncedChanged)
    Q_PROPERTY(plein::models::FeedModel *feed READ feed NOTIFY feedChanged)
    Q_PROPERTY(QVariantList groups READ groups NOTIFY groupsChanged)
    Q_PROPERTY(QString myId READ myId NOTIFY meChanged)
    // The groups list (scope "mine" or "discover", and a search query, set by the screen).
    Q_PROPERTY(plein::models::GroupsModel *groupList READ groupList NOTIFY feedChanged)
    // Unread announcements, pinned above the feed.
    Q_PROPERTY(plein::models::FeedModel *pinned READ pinned NOTIFY feedChanged)
    // Community managers and admins may post to everyone and mark announcements.
    Q_PROPERTY(bool mayAnnounce READ mayAnnounce NOTIFY meChanged)
    // Organisation admins may edit and delete any post.
    Q_PROPERTY(bool isAdmin READ isAdmin NOTIFY meChanged)
public:
    struct Prefill {
        QString server;
        QString email;
        QString password;
    };

    Session(account::AccountPaths paths, sync::SyncEngine::Options options, QObject *parent = nullptr);
    ~Session() override;

    // The app and each test make their own Session; QML's singleton is whichever was set last.
    static void setInstance(Session *session);
    static Session *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static Session *instance() { return s_instance; }

    void setPrefill(Prefill prefill) { m_prefill = std::move(prefill); }
    // Reopens the saved account, if any: its cached feed shows before the network answers.
    void start();

    bool isSignedIn() const { return m_account->isSignedIn(); }
    bool isRestoring() const { return m_restoring; }
    bool isBusy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    QString prefillServer() const { return m_prefill.server; }
    QString prefillEmail() const { return m_prefill.email; }
    QString prefillPassword() const { return m_prefill.password; }
    QString myName() const;
    QString myInitials() const;
    QString myRole() const;
    QString myId() const { return m_me.id; }
    bool mayAnnounce() const;
    bool isAdmin() const { return m_me.role == protocol::Role::Admin; }
    QString server() const;
    QString email() const { return m_account->email(); }
    bool isOnline() const;
    bool isOffline() const;
    bool isSynced() const;
    models::FeedModel *feed() const { return m_feed.get(); }
    models::GroupsModel *groupList() const { return m_groupList; }
    models::FeedModel *pinned() const { return m_pinned; }
    QVariantList groups() const { return m_groups; }
    account::Account *account() const { return m_account.get(); }

    Q_INVOKABLE void signIn(const QString &server, const QString &email, const QString &password);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void createPost(const QString &groupId, const QString &body);
    Q_INVOKABLE void retryPost(const QString &postId);
    Q_INVOKABLE void discardPost(const QString &postId);
    // The composer's full post: with an announcement flag and local files to attach.
    Q_INVOKABLE void createPostWith(const QString &groupId, const QString &body, bool announcement, const QStringList &files);

    // One group's posts (kept while the account is open; the same model for the same group).
    Q_INVOKABLE plein::models::FeedModel *groupFeed(const QString &groupId);
    // One post's comments, oldest first; asks the server for them behind the cached ones.
    Q_INVOKABLE plein::models::CommentsModel *comments(const QString &postId);
    // A group as cached: {id, name, description, visibility, kind, memberCount, membership};
    // empty when it is not known here.
    Q_INVOKABLE QVariantMap groupInfo(const QString &groupId) const;

    // What the user does to posts, comments and groups: into the cache and the outbox at once
    // (SyncEngine), shown pending until the server confirms.
    Q_INVOKABLE void editPost(const QString &postId, const QString &body);
    Q_INVOKABLE void deletePost(const QString &postId);
    Q_INVOKABLE void resolveEditConflict(const QString &postId, bool keepMine);
    Q_INVOKABLE void setReaction(const QString &target, const QString &id, const QString &kind, bool on);
    Q_INVOKABLE void acknowledge(const QString &postId);
    Q_INVOKABLE void addComment(const QString &postId, const QString &body);
    Q_INVOKABLE void editComment(const QString &commentId, const QString &body);
    Q_INVOKABLE void deleteComment(const QString &commentId);
    Q_INVOKABLE void retry(const QString &objectId);
    Q_INVOKABLE void discard(const QString &objectId);
    Q_INVOKABLE void joinGroup(const QString &groupId);
    Q_INVOKABLE void leaveGroup(const QString &groupId);

Q_SIGNALS:
    void signedInChanged();
    void restoringChanged();
    void busyChanged();
    void errorMessageChanged();
    void meChanged();
    void onlineChanged();
    void offlineChanged();
    void syncedChanged();
    void feedChanged();
    void groupsChanged();
    // The post is saved here and on its way; the composer may forget its text now.
    void postCreated(const QString &postId);
    // It could not even be saved here; the composer keeps the text.
    void postFailed(const QString &message);
    // The comment is saved here and on its way; the field may forget its text.
    void commentCreated(const QString &postId, const QString &commentId);
    // A short message for the person, shown briefly at the bottom of the window.
    void notice(const QString &message);
    // Sign-in finished, well or not (errorMessage says which).
    void signInFinished(bool ok);

private:
    void onAccountChanged();
    void attach();
    void detach();
    void refreshMe();
    void refreshGroups();
    void setBusy(bool busy);
    void setErrorMessage(const QString &message);
    QCoro::Task<> writePost(QString groupId, QString groupName, QString body, bool announcement, QStringList files);
    QCoro::Task<> runAction(QCoro::Task<bool> action);
    QCoro::Task<> writeComment(QString postId, QString body);

    std::unique_ptr<account::Account> m_account;
    Prefill m_prefill;
    bool m_restoring = false;
    bool m_busy = false;
    QString m_errorMessage;
    protocol::User m_me;
    QVariantList m_groups;
    store::Store *m_attachedStore = nullptr;
    std::unique_ptr<models::FeedModel, void (*)(models::FeedModel *)> m_feed;
    // Parent of the per-account models below (groups, pinned, group feeds, comments); deleted
    // later with the feed, as QML may still hold them for the rest of the event.
    std::unique_ptr<QObject, void (*)(QObject *)> m_models;
    models::GroupsModel *m_groupList = nullptr;
    models::FeedModel *m_pinned = nullptr;
    QHash<QString, QPointer<models::FeedModel>> m_groupFeeds;
    QHash<QString, QPointer<models::CommentsModel>> m_comments;
    // Owns the connections to the current account's store and sync engine: deleting it drops them.
    std::unique_ptr<QObject> m_attachment;
    static inline QPointer<Session> s_instance;
};

} // namespace plein::app
