#include "SyncEngine.h"
#include "EventApplier.h"
#include "SyncPipeline.h"
#include "OutboxRequests.h"
#include "protocol/Comment.h"
#include "protocol/Reaction.h"
#include "store/CommentStore.h"
#include "store/MessageStore.h"
#include "store/UploadStore.h"
#include "protocol/JsonReader.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"
#include "store/DirectoryStore.h"
#include "store/MetaStore.h"
#include "store/OutboxStore.h"
#include "store/PostStore.h"

#include <QCoroFuture>
#include <QCoroTimer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QUrlQuery>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "plein.sync")

namespace plein::sync {

using namespace plein::store;
using net::NetError;

SyncEngine::SyncEngine(Store *store, net::ApiClient *api, Options options, QObject *parent)
    : QObject(parent), m_store(store), m_api(api), m_options(options),
      m_outboxBackoff(options.outboxRetryBaseMs, options.outboxRetryCapMs)
{
    m_realtime.setTiming(options.realtime);
    m_cursor = meta::cursor(store->reader());
    m_bootstrapped = meta::get(store->reader(), meta::Bootstrapped) == QLatin1String("1");
    reloadFeedNext();
    if (auto me = directory::user(store->reader(), meta::get(store->reader(), meta::MeId))) m_me = *me;

    connect(&m_realtime, &net::RealtimeClient::frameReceived, this, [this](const QString &f) { onFrame(f); });
    connect(&m_realtime, &net::RealtimeClient::connectedChanged, this, [this](bool connected) {
        setOnline(connected);
        if (connected) {
            setOffline(false);
            m_outboxBackoff.reset();
            flushOutbox();
        }
    });
    connect(&m_realtime, &net::RealtimeClient::connectionLost, this, [this] { setOffline(true); });
    connect(&m_realtime, &net::RealtimeClient::refused, this, &SyncEngine::onRefused);
    connect(m_api, &net::ApiClient::sessionExpired, this, &SyncEngine::sessionExpired);
    connect(store, &Store::changed, this, [this](const StoreChanges &changes) {
        for (const QString &groupId : changes.groupsJoined)
            if (m_running) loadGroupPosts(groupId);
    });
    m_outboxRetry.setSingleShot(true);
    connect(&m_outboxRetry, &QTimer::timeout, this, [this] { flushOutbox(); });
}

SyncEngine::~SyncEngine() { stop(); }

void SyncEngine::start()
{
    if (m_running) return;
    m_running = true;
    ++m_generation;
    run();
}

void SyncEngine::stop()
{
    m_running = false;
    ++m_generation;
    m_outboxRetry.stop();
    m_realtime.stop();
    setOnline(false);
}

QCoro::Task<> SyncEngine::run()
{
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    try {
        auto recovering = m_store->write([](WriteContext &ctx) { outbox::recoverInterrupted(ctx.db); });
        co_await recovering;
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "outbox recovery failed:" << e.message();
    }
    if (!self || generation != m_generation) co_return;
    if (!m_bootstrapped) {
        co_await bootstrap(false);
        if (!self || generation != m_generation) co_return;
        if (!m_bootstrapped) co_return; // refused for good: errorOccurred said why
    }
    // The stream starts from whatever the store has applied; until the bootstrap succeeds the
    // socket's replay would be the whole log, so retrying the bootstrap comes first.
    m_realtime.start(m_api->baseUrl(), [this] { return m_cursor; }, [this] { return m_api->accessToken(); });
    flushOutbox();
}

QCoro::Task<bool> SyncEngine::bootstrap(bool replace)
{
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    net::Backoff backoff(m_options.realtime.backoffBaseMs, m_options.realtime.backoffCapMs);
    while (true) {
        auto fetching = m_api->bootstrap();
        const auto body = co_await fetching;
        if (!self || generation != m_generation) co_return false;
        if (body) {
            try {
                auto applying = m_store->write(
                    [data = body.value(), replace](WriteContext &ctx) { return apply::bootstrap(ctx, data, replace); });
                const qint64 cursor = co_await applying;
                if (!self || generation != m_generation) co_return false;
                if (auto me = directory::user(m_store->reader(), meta::get(m_store->reader(), meta::MeId))) m_me = *me;
                reloadFeedNext();
                setCursor(cursor);
                if (!m_bootstrapped) {
                    m_bootstrapped = true;
                    Q_EMIT bootstrappedChanged();
                }
                co_return true;
            } catch (const StoreError &e) {
                Q_EMIT errorOccurred(e.message());
                co_return false;
            }
        }
        if (!body.error().isTransient()) {
            Q_EMIT errorOccurred(body.error().message);
            co_return false;
        }
        setOffline(true);
        // Stay on the bootstrap until it succeeds: the cached feed (if any) is shown meanwhile.
        co_await QCoro::sleepFor(std::chrono::milliseconds(backoff.nextDelayMs()));
        if (!self || generation != m_generation) co_return false;
    }
}

QCoro::Task<> SyncEngine::onFrame(QString frame)
{
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    FrameOutcome outcome;
    try {
        auto applying = m_store->write([frame](WriteContext &ctx) { return apply::frame(ctx, frame); });
        outcome = co_await applying;
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "could not apply a frame:" << e.message();
        co_return;
    }
    if (!self || generation != m_generation) co_return;
    switch (outcome.kind) {
    case FrameOutcome::Kind::Applied:
        setCursor(outcome.cursor);
        break;
    case FrameOutcome::Kind::Gap:
        catchUp();
        break;
    case FrameOutcome::Kind::Ready:
        setCursor(outcome.cursor);
        break;
    case FrameOutcome::Kind::Malformed:
        qCWarning(lcSync) << "ignoring a frame:" << outcome.detail;
        break;
    case FrameOutcome::Kind::Typing:
        if (outcome.userId != m_me.id) Q_EMIT typingReceived(outcome.conversationId, outcome.userId);
        break;
    case FrameOutcome::Kind::Duplicate:
    case FrameOutcome::Kind::ServerError:
        break;
    }
}

QCoro::Task<> SyncEngine::catchUp()
{
    if (m_catchingUp) {
        m_catchUpAgain = true;
        co_return;
    }
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    m_catchingUp = true;
    do {
        m_catchUpAgain = false;
        auto fetching = m_api->sync(m_cursor, m_options.syncPageSize);
        auto body = co_await fetching;
        if (!self || generation != m_generation) co_return;
        auto applying = applySyncPages(
            m_store, std::move(body),
            [this](qint64 cursor) { return m_api->sync(cursor, m_options.syncPageSize); },
            [self, generation] { return self && generation == self->m_generation; },
            [this](qint64 cursor) { setCursor(cursor); });
        const PipelineEnd end = co_await applying;
        if (end.kind == PipelineEnd::Kind::Abandoned) co_return;
        // A page the server refuses ends this catch-up; the stream's reconnect resumes from the
        // cursor, and an expired cursor (410) rebuilds the cache first.
        if (end.kind == PipelineEnd::Kind::Refused && end.refusal->kind == NetError::Kind::Gone) {
            auto rebuilding = bootstrap(true);
            co_await rebuilding;
            if (!self || generation != m_generation) co_return;
        }
    } while (m_catchUpAgain);
    m_catchingUp = false;
}

void SyncEngine::onRefused(int closeCode)
{
    qCInfo(lcSync) << "stream refused with close code" << closeCode;
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    if (closeCode == protocol::CloseCode::CursorExpired) {
        QCoro::connect(bootstrap(true), this, [this, self, generation](bool) {
            if (self && generation == m_generation) m_realtime.reconnectNow();
        });
    } else if (closeCode == protocol::CloseCode::Unauthorized) {
        QCoro::connect(m_api->refreshTokens(), this, [this, self, generation](bool ok) {
            if (!self || generation != m_generation) return;
            if (ok) m_realtime.reconnectNow();
            // Refused refresh: ApiClient has emitted sessionExpired; the account signs out.
        });
    } else {
        qCWarning(lcSync) << "stream refused with" << closeCode;
        QTimer::singleShot(m_options.realtime.backoffCapMs, this, [this, self, generation] {
            if (self && generation == m_generation) m_realtime.reconnectNow();
        });
    }
}

QString SyncEngine::uploadsDir() const
{
    return Store::companionDir(m_store->path(), QStringLiteral("uploads"));
}

QCoro::Task<QString> SyncEngine::createPost(QString groupId, QString groupName, QString body, bool announcement,
                                            QStringList localFiles)
{
    protocol::Post post;
    post.id = protocol::newUuidV7();
    post.authorId = m_me.id;
    post.authorName = m_me.name;
    post.groupId = groupId;
    post.groupName = groupName;
    post.body = body;
    post.announcement = announcement;
    post.createdAt = QDateTime::currentMSecsSinceEpoch();
    post.version = 0;
    protocol::NewPost request;
    request.id = post.id;
    request.groupId = groupId;
    request.body = body;
    request.announcement = announcement;
    const QList<UploadRow> files = prepareUploads(post.id, localFiles);
    for (const auto &u : files) {
        request.attachmentIds.append(u.id);
        post.attachments.append(u.attachment());
    }
    const QString payload = QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    QPointer<SyncEngine> self(this);
    auto storing = m_store->write([post, payload, files, localFiles, dir = uploadsDir()](WriteContext &ctx) {
        // The copies are made on the writer thread: a large file never stalls the screen.
        QDir().mkpath(dir);
        for (qsizetype i = 0; i < files.size(); ++i) {
            QFile::remove(files.at(i).localPath);
            if (!QFile::copy(localFiles.at(i), files.at(i).localPath))
                throw StoreError(QStringLiteral("could not read %1").arg(localFiles.at(i)));
        }
        Transaction tx(ctx.db);
        posts::insertLocal(ctx.db, post);
        for (const auto &u : files) {
            uploads::add(ctx.db, u);
            const QJsonObject up{{QStringLiteral("path"), u.localPath}, {QStringLiteral("name"), u.name},
                                 {QStringLiteral("postId"), u.postId}};
            outbox::enqueue(ctx.db, OutboxKind::UploadFile, u.id,
                            QString::fromUtf8(QJsonDocument(up).toJson(QJsonDocument::Compact)));
        }
        outbox::enqueue(ctx.db, OutboxKind::CreatePost, post.id, payload);
        tx.commit();
        ctx.changes.postsUpserted.append(post.id);
        ctx.changes.outboxChanged = true;
    }, Durability::Full);
    co_await storing;
    if (self && m_running) flushOutbox();
    co_return post.id;
}

QCoro::Task<bool> SyncEngine::enqueue(std::function<bool(WriteContext &)> local, QString kind, QString objectId,
                                      QString payload)
{
    QPointer<SyncEngine> self(this);
    auto storing = m_store->write([local, kind, objectId, payload](WriteContext &ctx) {
        Transaction tx(ctx.db);
        if (!local(ctx)) return false;
        outbox::enqueue(ctx.db, kind, objectId, payload);
        tx.commit();
        ctx.changes.outboxChanged = true;
        return true;
    }, Durability::Full);
    const bool queued = co_await storing;
    if (queued && self && m_running) flushOutbox();
    co_return queued;
}

namespace {
QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
}

QCoro::Task<bool> SyncEngine::editPost(QString postId, QString body)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto row = posts::byId(m_store->reader(), postId);
    if (!row) co_return false;
    // Not sent yet: the waiting create (or earlier edit) carries the new text instead, so two
    // quick edits never conflict with each other.
    auto rewriting = m_store->write([postId, body](WriteContext &ctx) {
        Transaction tx(ctx.db);
        for (const auto &entry : outbox::forObject(ctx.db, postId)) {
            if (entry.state != QLatin1String("pending") ||
                (entry.kind != OutboxKind::CreatePost && entry.kind != OutboxKind::EditPost))
                continue;
            QJsonObject p = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
            p.insert(QStringLiteral("body"), body);
            ctx.db.prepare("UPDATE outbox SET payload = ? WHERE seq = ?").bind(1, json(p)).bind(2, entry.seq).run();
            ctx.db.prepare("UPDATE posts SET body = ?, conflict_body = NULL WHERE id = ?").bind(1, body).bind(2, postId).run();
            tx.commit();
            ctx.changes.postsUpserted.append(postId);
            return true;
        }
        return false;
    }, Durability::Full);
    if (co_await rewriting) co_return true;
    // Behind an edit already on its way, this one is based on that one: its version is only
    // known once the server answered, so it is filled in when this entry is sent.
    const bool chained = !outbox::forObject(m_store->reader(), postId).isEmpty();
    QJsonObject payload{{QStringLiteral("body"), body}, {QStringLiteral("version"), row->post.version}};
    if (chained) payload.insert(QStringLiteral("chained"), true);
    auto queued = enqueue([postId, body, now](WriteContext &ctx) {
        if (!posts::editLocal(ctx.db, postId, body, now)) return false;
        ctx.changes.postsUpserted.append(postId);
        return true;
    }, OutboxKind::EditPost, postId, json(payload));
    co_return co_await queued;
}

QCoro::Task<bool> SyncEngine::resolveEditConflict(QString postId, bool keepMine)
{
    auto row = posts::byId(m_store->reader(), postId);
    if (!row || row->conflictBody.isEmpty()) co_return false;
    if (keepMine) {
        auto editing = editPost(postId, row->conflictBody);
        co_return co_await editing;
    }
    auto clearing = m_store->write([postId](WriteContext &ctx) {
        posts::clearConflict(ctx.db, postId);
        ctx.changes.postsUpserted.append(postId);
    });
    co_await clearing;
    co_return true;
}

QCoro::Task<bool> SyncEngine::deletePost(QString postId)
{
    auto pending = outbox::byObject(m_store->reader(), postId);
    if (pending && pending->kind == OutboxKind::CreatePost) {
        // Never sent: dropping it here is the whole delete.
        auto dropping = m_store->write([postId](WriteContext &ctx) {
            Transaction tx(ctx.db);
            for (const auto &e : outbox::forObject(ctx.db, postId)) outbox_requests::applyDiscarded(ctx, e);
            tx.commit();
            return true;
        }, Durability::Full);
        co_return co_await dropping;
    }
    auto queued = enqueue([postId](WriteContext &ctx) {
        if (!posts::remove(ctx.db, postId)) return false;
        ctx.changes.postsRemoved.append(postId);
        return true;
    }, OutboxKind::DeletePost, postId, QStringLiteral("{}"));
    co_return co_await queued;
}

QCoro::Task<QString> SyncEngine::addComment(QString postId, QString body)
{
    protocol::Comment c;
    c.id = protocol::newUuidV7();
    c.postId = postId;
    c.authorId = m_me.id;
    c.authorName = m_me.name;
    c.body = body;
    c.createdAt = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject payload{{QStringLiteral("postId"), postId}, {QStringLiteral("body"), body}};
    auto queued = enqueue([c](WriteContext &ctx) {
        comments::insertLocal(ctx.db, c);
        ctx.changes.commentsUpserted.append(c.id);
        if (posts::addCommentCount(ctx.db, c.postId, 1)) ctx.changes.postsUpserted.append(c.postId);
        return true;
    }, OutboxKind::CreateComment, c.id, json(payload));
    const bool ok = co_await queued;
    co_return ok ? c.id : QString();
}

QCoro::Task<bool> SyncEngine::editComment(QString commentId, QString body)
{
    auto row = comments::byId(m_store->reader(), commentId);
    if (!row) co_return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject payload{{QStringLiteral("body"), body}, {QStringLiteral("version"), row->comment.version}};
    auto queued = enqueue([commentId, body, now](WriteContext &ctx) {
        if (!comments::editLocal(ctx.db, commentId, body, now)) return false;
        ctx.changes.commentsUpserted.append(commentId);
        return true;
    }, OutboxKind::EditComment, commentId, json(payload));
    co_return co_await queued;
}

QCoro::Task<bool> SyncEngine::deleteComment(QString commentId)
{
    auto row = comments::byId(m_store->reader(), commentId);
    if (!row) co_return false;
    const QString postId = row->comment.postId;
    auto queued = enqueue([commentId, postId](WriteContext &ctx) {
        if (!comments::remove(ctx.db, commentId)) return false;
        ctx.changes.commentsRemoved.append(commentId);
        if (posts::addCommentCount(ctx.db, postId, -1)) ctx.changes.postsUpserted.append(postId);
        return true;
    }, OutboxKind::DeleteComment, commentId, json({{QStringLiteral("postId"), postId}}));
    co_return co_await queued;
}

QCoro::Task<bool> SyncEngine::setReaction(QString target, QString id, QString kind, bool active)
{
    if (!protocol::ReactionKind::isValid(kind)) co_return false;
    const QString on = target == QLatin1String("comment") || target == QLatin1String("message") ? target : QStringLiteral("post");
    const QJsonObject payload{{QStringLiteral("target"), on}, {QStringLiteral("id"), id}, {QStringLiteral("kind"), kind},
                              {QStringLiteral("active"), active}};
    auto queued = enqueue([on, id, kind, active](WriteContext &ctx) {
        if (on == QLatin1String("comment")) {
            if (!comments::setMyReaction(ctx.db, id, kind, active)) return false;
            ctx.changes.commentsUpserted.append(id);
        } else if (on == QLatin1String("message")) {
            if (!messages::setMyReaction(ctx.db, id, kind, active)) return false;
            ctx.changes.messagesUpserted.append(id);
        } else {
            if (!posts::setMyReaction(ctx.db, id, kind, active)) return false;
            ctx.changes.postsUpserted.append(id);
        }
        return true;
    }, OutboxKind::SetReaction, id + QLatin1Char(':') + kind, json(payload));
    co_return co_await queued;
}

QCoro::Task<bool> SyncEngine::acknowledge(QString postId)
{
    auto queued = enqueue([postId](WriteContext &ctx) {
        auto row = posts::byId(ctx.db, postId);
        if (!row || row->post.acknowledged) return false;
        posts::setAcknowledged(ctx.db, postId, row->post.readCount + 1, true);
        ctx.changes.postsUpserted.append(postId);
        return true;
    }, OutboxKind::Acknowledge, postId, QStringLiteral("{}"));
    co_return co_await queued;
}

QCoro::Task<bool> SyncEngine::joinGroup(QString groupId)
{
    auto group = directory::group(m_store->reader(), groupId);
    const QString before = group ? group->membership : directory::MembershipState::None;
    if (directory::MembershipState::isMember(before)) co_return false;
    // Public groups (and invitations) let me in at once; private ones take a request.
    const bool atOnce = before == directory::MembershipState::Invited || !group ||
        group->visibility == protocol::Visibility::Public;
    const QString next = atOnce ? directory::MembershipState::Member : directory::MembershipState::Requested;
    auto queued = enqueue([groupId, next](WriteContext &ctx) {
        directory::setMembership(ctx.db, groupId, next);
        ctx.changes.groupsChanged = true;
        return true;
    }, OutboxKind::JoinGroup, groupId, json({{QStringLiteral("before"), before}}));
    const bool ok = co_await queued;
    co_return ok;
}

QCoro::Task<bool> SyncEngine::leaveGroup(QString groupId)
{
    const QString before = directory::membership(m_store->reader(), groupId);
    if (before == directory::MembershipState::None) co_return false;
    // Hidden from the feed at once; the server's group.removed then purges the cache.
    auto queued = enqueue([groupId](WriteContext &ctx) {
        directory::setMembership(ctx.db, groupId, directory::MembershipState::None);
        ctx.changes.groupsChanged = true;
        return true;
    }, OutboxKind::LeaveGroup, groupId, json({{QStringLiteral("before"), before}}));
    co_return co_await queued;
}

QCoro::Task<bool> SyncEngine::retry(QString objectId)
{
    QPointer<SyncEngine> self(this);
    auto retrying = m_store->write([objectId](WriteContext &ctx) {
        Transaction tx(ctx.db);
        bool found = false;
        // A post's files go again with it, ahead of it (their entries are older).
        for (const auto &u : uploads::forPost(ctx.db, objectId)) {
            if (outbox::retry(ctx.db, u.id)) uploads::setState(ctx.db, u.id, QStringLiteral("pending"));
        }
        for (const auto &e : outbox::forObject(ctx.db, objectId)) {
            if (e.state != QLatin1String("failed")) continue;
            found = true;
            if (e.kind == OutboxKind::CreateComment || e.kind == OutboxKind::EditComment) {
                comments::setState(ctx.db, objectId, PostState::Pending);
                ctx.changes.commentsUpserted.append(objectId);
            } else if (e.kind == OutboxKind::SendMessage || e.kind == OutboxKind::EditMessage) {
                messages::setState(ctx.db, objectId, PostState::Pending);
                ctx.changes.messagesUpserted.append(objectId);
            } else {
                posts::setState(ctx.db, objectId, PostState::Pending);
                ctx.changes.postsUpserted.append(objectId);
            }
        }
        outbox::retry(ctx.db, objectId);
        tx.commit();
        ctx.changes.outboxChanged = found;
        return found;
    }, Durability::Full);
    const bool ok = co_await retrying;
    if (ok && self && m_running) {
        m_outboxBackoff.reset();
        flushOutbox();
    }
    co_return ok;
}

QCoro::Task<bool> SyncEngine::discard(QString objectId)
{
    auto discarding = m_store->write([objectId](WriteContext &ctx) {
        Transaction tx(ctx.db);
        bool found = false;
        for (const auto &e : outbox::forObject(ctx.db, objectId)) {
            if (e.state != QLatin1String("failed")) continue;
            outbox_requests::applyDiscarded(ctx, e);
            found = true;
        }
        tx.commit();
        return found;
    }, Durability::Full);
    co_return co_await discarding;
}

QCoro::Task<net::ApiResult<QByteArray>> SyncEngine::send(OutboxEntry entry)
{
    auto request = outbox_requests::requestFor(entry);
    if (entry.kind == OutboxKind::EditPost) {
        QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.take(QStringLiteral("chained")).toBool()) {
            if (auto row = posts::byId(m_store->reader(), entry.objectId)) body.insert(QStringLiteral("version"), row->post.version);
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
    }
    if (request.verb.isEmpty()) co_return net::NetError{NetError::Kind::Invalid, 0, {}, QStringLiteral("unknown action"), {}, 0, {}};
    if (request.uploadFile.isEmpty()) {
        auto sending = m_api->request(request.verb, request.path, request.body);
        co_return co_await sending;
    }
    auto reading = m_store->write([path = request.uploadFile](WriteContext &) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) throw StoreError(QStringLiteral("the attached file is gone: ") + path);
        return file.readAll();
    });
    QByteArray bytes;
    try {
        bytes = co_await reading;
    } catch (const StoreError &e) {
        co_return net::NetError{NetError::Kind::Invalid, 0, {}, e.message(), {}, 0, {}};
    }
    QPointer<SyncEngine> self(this);
    const QString fileId = entry.objectId;
    auto uploading = m_api->upload(request.path, bytes, [self, fileId](qint64 sent, qint64 total) {
        if (self && total > 0) Q_EMIT self->uploadProgress(fileId, sent, total);
    });
    co_return co_await uploading;
}

QCoro::Task<> SyncEngine::flushOutbox()
{
    if (!m_running) co_return;
    if (m_flushing) {
        m_flushAgain = true;
        co_return;
    }
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    m_flushing = true;
    bool idle = false;
    try {
        while (true) {
            auto taking = m_store->write([](WriteContext &ctx) {
                auto e = outbox::nextPending(ctx.db);
                if (e) outbox::markSending(ctx.db, e->seq);
                return e;
            });
            const auto entry = co_await taking;
            if (!self) co_return;
            if (generation != m_generation) break;
            if (!entry) {
                idle = true;
                break;
            }
            auto sending = send(*entry);
            const auto result = co_await sending;
            if (!self) co_return;
            if (result) {
                auto confirming = m_store->write([e = *entry, answer = result.value()](WriteContext &ctx) {
                    outbox_requests::applyDone(ctx, e, answer);
                }, Durability::Full);
                co_await confirming;
                if (!self) co_return;
                m_outboxBackoff.reset();
                // A group I just joined: its recent posts belong in my feed now.
                if (entry->kind == OutboxKind::JoinGroup) loadGroupPosts(entry->objectId);
                continue;
            }
            const NetError &err = result.error();
            if (err.isTransient() || err.kind == NetError::Kind::Unauthorized) {
                // Keep the order: nothing behind this entry goes before it.
                auto postponing = m_store->write([seq = entry->seq, msg = err.message](WriteContext &ctx) {
                    outbox::markPending(ctx.db, seq, msg);
                });
                co_await postponing;
                if (self) scheduleOutboxRetry();
                break;
            }
            auto failing = m_store->write([e = *entry, err](WriteContext &ctx) {
                outbox_requests::applyRefused(ctx, e, err);
            }, Durability::Full);
            co_await failing;
            if (!self) co_return;
            Q_EMIT actionRefused(entry->kind, entry->objectId, err.message);
        }
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "outbox:" << e.message();
    }
    if (!self) co_return;
    m_flushing = false;
    if (m_flushAgain) {
        m_flushAgain = false;
        flushOutbox();
    } else if (idle) {
        Q_EMIT outboxIdle();
    }
}

void SyncEngine::scheduleOutboxRetry()
{
    if (m_running && !m_outboxRetry.isActive()) m_outboxRetry.start(m_outboxBackoff.nextDelayMs());
}

void SyncEngine::reloadFeedNext()
{
    m_feedNext = meta::get(m_store->reader(), meta::FeedNext);
}

QCoro::Task<bool> SyncEngine::loadOlderFeed()
{
    if (m_loadingOlder || !m_bootstrapped) co_return false;
    const QString before = m_feedNext;
    if (before.isEmpty()) co_return false;
    QPointer<SyncEngine> self(this);
    m_loadingOlder = true;
    auto fetching = m_api->feedPage(before, m_options.feedPageSize);
    const auto body = co_await fetching;
    if (!self) co_return false;
    bool ok = false;
    if (body) {
        try {
            auto storing = m_store->write([data = body.value()](WriteContext &ctx) { return apply::feedPage(ctx, data); });
            co_await storing;
            if (!self) co_return false;
            reloadFeedNext();
            ok = true;
        } catch (const StoreError &e) {
            qCWarning(lcSync) << "older feed page:" << e.message();
        }
    } else if (body.error().isTransient()) {
        setOffline(true);
    }
    if (!self) co_return false;
    m_loadingOlder = false;
    co_return ok;
}

bool SyncEngine::serverHasOlderGroupPosts(const QString &groupId) const
{
    // Never paged ("?"): the first page is on the server. "" means the server said no more.
    return !meta::get(m_store->reader(), meta::groupNextKey(groupId), QStringLiteral("?")).isEmpty();
}

QCoro::Task<bool> SyncEngine::loadGroupPosts(QString groupId)
{
    const QString next = meta::get(m_store->reader(), meta::groupNextKey(groupId), QStringLiteral("?"));
    if (next.isEmpty()) co_return false;
    QUrlQuery q;
    if (next != QLatin1String("?")) q.addQueryItem(QStringLiteral("before"), next);
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_options.feedPageSize));
    QPointer<SyncEngine> self(this);
    const QString path = QStringLiteral("/api/v1/groups/%1/posts?").arg(groupId) + q.toString(QUrl::FullyEncoded);
    auto fetching = m_api->request("GET", path);
    const auto body = co_await fetching;
    if (!self) co_return false;
    if (!body) {
        if (body.error().isTransient()) setOffline(true);
        co_return false;
    }
    try {
        auto storing = m_store->write([groupId, data = body.value()](WriteContext &ctx) {
            return apply::groupPage(ctx, groupId, data);
        });
        co_return co_await storing;
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "group page:" << e.message();
        co_return false;
    }
}

QCoro::Task<bool> SyncEngine::loadComments(QString postId)
{
    QPointer<SyncEngine> self(this);
    bool more = true;
    QString after;
    // Comments on one post are few: fetch them all, page by page.
    while (more) {
        QUrlQuery q;
        if (!after.isEmpty()) q.addQueryItem(QStringLiteral("after"), after);
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        const QString path = QStringLiteral("/api/v1/posts/%1/comments?").arg(postId) + q.toString(QUrl::FullyEncoded);
        auto fetching = m_api->request("GET", path);
        const auto body = co_await fetching;
        if (!self) co_return false;
        if (!body) {
            if (body.error().isTransient()) setOffline(true);
            co_return false;
        }
        auto page = protocol::parseObject(body.value());
        after = page ? page.value().value(QStringLiteral("next")).toString() : QString();
        try {
            auto storing = m_store->write([data = body.value()](WriteContext &ctx) { return apply::commentPage(ctx, data); });
            more = co_await storing;
        } catch (const StoreError &e) {
            qCWarning(lcSync) << "comments:" << e.message();
            co_return false;
        }
        if (!self) co_return false;
        if (after.isEmpty()) more = false;
    }
    co_return true;
}

QCoro::Task<bool> SyncEngine::refreshGroups(QString scope, QString query)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("scope"), scope);
    if (!query.trimmed().isEmpty()) q.addQueryItem(QStringLiteral("query"), query.trimmed());
    QPointer<SyncEngine> self(this);
    const QString path = QStringLiteral("/api/v1/groups?") + q.toString(QUrl::FullyEncoded);
    auto fetching = m_api->request("GET", path);
    const auto body = co_await fetching;
    if (!self) co_return false;
    if (!body) {
        if (body.error().isTransient()) setOffline(true);
        co_return false;
    }
    try {
        auto storing = m_store->write([data = body.value()](WriteContext &ctx) { apply::groupList(ctx, data); });
        co_await storing;
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "groups:" << e.message();
        co_return false;
    }
    co_return true;
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online) return;
    m_online = online;
    Q_EMIT onlineChanged();
}

void SyncEngine::setOffline(bool offline)
{
    if (m_offline == offline) return;
    m_offline = offline;
    Q_EMIT offlineChanged();
}

void SyncEngine::setCursor(qint64 cursor)
{
    if (cursor == m_cursor) return;
    m_cursor = cursor;
    Q_EMIT cursorChanged(cursor);
}

} // namespace plein::sync
