// SyncEngine's chat actions: messages through the outbox, read markers, history pages, and the
// online-only conversation changes.
#include "ChatApplier.h"
#include "SyncEngine.h"
#include "protocol/Conversation.h"
#include "protocol/JsonReader.h"
#include "protocol/Uuid.h"
#include "store/ConversationStore.h"
#include "store/MessageStore.h"
#include "store/MetaStore.h"
#include "store/UploadStore.h"

#include <QCoroFuture>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace plein::sync {

using namespace plein::store;
using net::NetError;

namespace {
QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString segment(const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); }
}

QList<UploadRow> SyncEngine::prepareUploads(const QString &ownerId, const QStringList &localFiles) const
{
    static const QMimeDatabase mimes;
    QList<UploadRow> files;
    for (const QString &path : localFiles) {
        const QFileInfo info(path);
        UploadRow u;
        u.id = protocol::newUuidV7();
        u.postId = ownerId;
        u.name = info.fileName();
        u.size = info.size();
        u.mime = mimes.mimeTypeForFile(info).name();
        u.localPath = QDir(uploadsDir()).filePath(u.id);
        files.append(u);
    }
    return files;
}

QCoro::Task<QString> SyncEngine::sendMessage(QString conversationId, QString body, QString replyToId, QStringList localFiles)
{
    protocol::Message m;
    m.id = protocol::newUuidV7();
    m.conversationId = conversationId;
    m.authorId = m_me.id;
    m.authorName = m_me.name;
    m.body = body;
    m.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (!replyToId.isEmpty()) {
        if (auto quoted = messages::byId(m_store->reader(), replyToId)) {
            m.replyTo.id = replyToId;
            m.replyTo.authorId = quoted->message.authorId;
            m.replyTo.authorName = quoted->message.authorName;
            m.replyTo.excerpt = quoted->message.body.left(protocol::kMaxReplyExcerptLength);
        }
    }
    const QList<UploadRow> files = prepareUploads(m.id, localFiles);
    QJsonArray fileIds;
    for (const auto &u : files) {
        fileIds.append(u.id);
        m.attachments.append(u.attachment());
    }
    const QString payload = json({{QStringLiteral("conversationId"), conversationId},
                                  {QStringLiteral("body"), body},
                                  {QStringLiteral("replyTo"), m.replyTo.id},
                                  {QStringLiteral("attachmentIds"), fileIds}});
    QPointer<SyncEngine> self(this);
    auto storing = m_store->write([m, payload, files, localFiles, dir = uploadsDir()](WriteContext &ctx) {
        QDir().mkpath(dir);
        for (qsizetype i = 0; i < files.size(); ++i) {
            QFile::remove(files.at(i).localPath);
            if (!QFile::copy(localFiles.at(i), files.at(i).localPath))
                throw StoreError(QStringLiteral("could not read %1").arg(localFiles.at(i)));
        }
        Transaction tx(ctx.db);
        messages::insertLocal(ctx.db, m);
        for (const auto &u : files) {
            uploads::add(ctx.db, u);
            outbox::enqueue(ctx.db, OutboxKind::UploadFile, u.id,
                            json({{QStringLiteral("path"), u.localPath}, {QStringLiteral("name"), u.name},
                                  {QStringLiteral("messageId"), m.id}}));
        }
        outbox::enqueue(ctx.db, OutboxKind::SendMessage, m.id, payload);
        if (conversations::noteLocalMessage(ctx.db, m)) ctx.changes.conversationsChanged.append(m.conversationId);
        tx.commit();
        ctx.changes.messagesUpserted.append(m.id);
        ctx.changes.outboxChanged = true;
    }, Durability::Full);
    co_await storing;
    if (self && m_running) flushOutbox();
    co_return m.id;
}

QCoro::Task<bool> SyncEngine::editMessage(QString messageId, QString body)
{
    auto row = messages::byId(m_store->reader(), messageId);
    if (!row || row->message.authorId != m_me.id) co_return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Not sent yet: the waiting send carries the new text, so nothing can conflict.
    auto rewriting = m_store->write([messageId, body](WriteContext &ctx) {
        Transaction tx(ctx.db);
        bool rewritten = false;
        for (const auto &e : outbox::forObject(ctx.db, messageId)) {
            if (e.kind != OutboxKind::SendMessage || e.state != QLatin1String("pending")) continue;
            QJsonObject p = QJsonDocument::fromJson(e.payload.toUtf8()).object();
            p.insert(QStringLiteral("body"), body);
            rewritten = outbox::replacePending(ctx.db, OutboxKind::SendMessage, messageId, json(p));
        }
        if (rewritten) {
            ctx.db.prepare("UPDATE messages SET body = ? WHERE id = ?").bind(1, body).bind(2, messageId).run();
            ctx.changes.messagesUpserted.append(messageId);
        }
        tx.commit();
        return rewritten;
    }, Durability::Full);
    if (co_await rewriting) co_return true;
    if (row->message.position == 0) co_return false; // being sent right now: edit once it is there
    const QString payload = json({{QStringLiteral("body"), body}, {QStringLiteral("version"), row->message.version}});
    auto queued = enqueue([messageId, body, now](WriteContext &ctx) {
        if (!messages::editLocal(ctx.db, messageId, body, now)) return false;
        ctx.changes.messagesUpserted.append(messageId);
        return true;
    }, OutboxKind::EditMessage, messageId, payload);
    co_return co_await queued;
}

QCoro::Task<bool> SyncEngine::deleteMessage(QString messageId)
{
    auto row = messages::byId(m_store->reader(), messageId);
    if (!row || row->message.authorId != m_me.id) co_return false;
    if (row->message.position == 0) {
        // Never reached the server: dropping it here is the whole delete, if it is still waiting.
        auto dropping = m_store->write([messageId, conversationId = row->message.conversationId](WriteContext &ctx) {
            Transaction tx(ctx.db);
            const auto entries = outbox::forObject(ctx.db, messageId);
            for (const auto &e : entries)
                if (e.state == QLatin1String("sending")) return false;
            for (const auto &u : uploads::forPost(ctx.db, messageId)) {
                for (const auto &e : outbox::forObject(ctx.db, u.id)) outbox::markDone(ctx.db, e.seq);
                uploads::remove(ctx.db, u.id);
                QFile::remove(u.localPath);
            }
            for (const auto &e : entries) outbox::markDone(ctx.db, e.seq);
            if (messages::remove(ctx.db, messageId)) ctx.changes.messagesRemoved.append(messageId);
            if (conversations::refreshLastMessage(ctx.db, conversationId)) ctx.changes.conversationsChanged.append(conversationId);
            tx.commit();
            ctx.changes.outboxChanged = true;
            return true;
        }, Durability::Full);
        co_return co_await dropping;
    }
    auto queued = enqueue([messageId, conversationId = row->message.conversationId](WriteContext &ctx) {
        if (!messages::remove(ctx.db, messageId)) return false;
        ctx.changes.messagesRemoved.append(messageId);
        if (conversations::refreshLastMessage(ctx.db, conversationId)) ctx.changes.conversationsChanged.append(conversationId);
        return true;
    }, OutboxKind::DeleteMessage, messageId, QStringLiteral("{}"));
    co_return co_await queued;
}

QCoro::Task<bool> SyncEngine::markRead(QString conversationId)
{
    auto c = conversations::byId(m_store->reader(), conversationId);
    if (!c || c->conversation.lastPosition <= c->myReadPosition) co_return false;
    // The newest message the server has told us of; the marker goes to it.
    QString messageId;
    qint64 position = 0;
    if (auto newest = messages::newestSynced(m_store->reader(), conversationId);
        newest && newest->message.position >= c->conversation.lastPosition) {
        messageId = newest->message.id;
        position = newest->message.position;
    } else if (!c->conversation.lastMessage.id.isEmpty() && c->conversation.lastMessage.position > 0) {
        messageId = c->conversation.lastMessage.id;
        position = c->conversation.lastMessage.position;
    }
    if (messageId.isEmpty() || position <= c->myReadPosition) co_return false;
    const QString payload = json({{QStringLiteral("messageId"), messageId}});
    const QString me = m_me.id;
    QPointer<SyncEngine> self(this);
    auto storing = m_store->write([conversationId, payload, position, me](WriteContext &ctx) {
        Transaction tx(ctx.db);
        if (conversations::setReadPosition(ctx.db, conversationId, me, position, me))
            ctx.changes.conversationsChanged.append(conversationId);
        // One marker waiting is enough: a newer one replaces it.
        if (!outbox::replacePending(ctx.db, OutboxKind::MarkRead, conversationId, payload))
            outbox::enqueue(ctx.db, OutboxKind::MarkRead, conversationId, payload);
        tx.commit();
        ctx.changes.outboxChanged = true;
        return true;
    }, Durability::Full);
    co_await storing;
    if (self && m_running) flushOutbox();
    co_return true;
}

bool SyncEngine::serverHasOlderMessages(const QString &conversationId) const
{
    auto c = conversations::byId(m_store->reader(), conversationId);
    return c && !c->historyComplete && c->conversation.lastPosition > 0;
}

QCoro::Task<bool> SyncEngine::loadOlderMessages(QString conversationId)
{
    if (m_loadingMessages.contains(conversationId)) co_return false;
    if (!serverHasOlderMessages(conversationId)) co_return false;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.messagePageSize));
    if (auto oldest = messages::oldestSynced(m_store->reader(), conversationId))
        query.addQueryItem(QStringLiteral("before"), oldest->message.id);
    QPointer<SyncEngine> self(this);
    m_loadingMessages.insert(conversationId);
    auto fetching = m_api->request("GET", QStringLiteral("/api/v1/conversations/%1/messages?").arg(segment(conversationId)) +
                                              query.toString(QUrl::FullyEncoded));
    const auto body = co_await fetching;
    if (!self) co_return false;
    bool more = false;
    if (body) {
        try {
            auto storing = m_store->write([conversationId, data = body.value()](WriteContext &ctx) {
                return chat_apply::messagePage(ctx, conversationId, data);
            });
            more = co_await storing;
        } catch (const StoreError &e) {
            qCWarning(lcSync) << "message page:" << e.message();
        }
    } else if (body.error().kind == NetError::Kind::NotFound) {
        // Not mine any more: the event saying so may still be on its way.
        auto dropping = m_store->write([conversationId](WriteContext &ctx) {
            Transaction tx(ctx.db);
            chat_apply::removeConversation(ctx, conversationId);
            tx.commit();
        });
        co_await dropping;
    }
    if (!self) co_return false;
    m_loadingMessages.remove(conversationId);
    co_return more;
}

QCoro::Task<net::ApiResult<QString>> SyncEngine::startConversation(QStringList memberIds, QString title)
{
    // A 1:1 I already have opens as it is, also offline.
    if (memberIds.size() == 1 && title.isEmpty()) {
        if (auto existing = conversations::directWith(m_store->reader(), memberIds.first(), m_me.id)) co_return *existing;
    }
    protocol::NewConversation request;
    request.id = protocol::newUuidV7();
    request.memberIds = memberIds;
    request.title = title;
    QPointer<SyncEngine> self(this);
    auto posting = m_api->request("POST", QStringLiteral("/api/v1/conversations"),
                                  QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    const auto answer = co_await posting;
    if (!self) co_return NetError{NetError::Kind::Invalid, 0, {}, QStringLiteral("closed"), {}, 0, {}};
    if (!answer) co_return answer.error();
    auto obj = protocol::parseObject(answer.value());
    if (!obj) co_return NetError{NetError::Kind::Protocol, 0, {}, obj.error().toString(), {}, 0, {}};
    auto decoded = protocol::Conversation::fromJson(obj.value());
    if (!decoded) co_return NetError{NetError::Kind::Protocol, 0, {}, decoded.error().toString(), {}, 0, {}};
    const protocol::Conversation c = decoded.value();
    auto storing = m_store->write([c, me = m_me.id](WriteContext &ctx) {
        Transaction tx(ctx.db);
        chat_apply::conversation(ctx, c, me);
        tx.commit();
    });
    co_await storing;
    co_return c.id;
}

QCoro::Task<net::ApiResult<bool>> SyncEngine::changeConversation(QString conversationId, QByteArray verb, QString subPath,
                                                                 QByteArray body)
{
    QPointer<SyncEngine> self(this);
    const QString path = QStringLiteral("/api/v1/conversations/") + segment(conversationId) + subPath;
    auto calling = m_api->request(verb, path, body);
    const auto answer = co_await calling;
    if (!self) co_return NetError{NetError::Kind::Invalid, 0, {}, QStringLiteral("closed"), {}, 0, {}};
    if (!answer) co_return answer.error();
    const bool leaving = verb == "DELETE" && subPath == QStringLiteral("/members/") + segment(m_me.id);
    auto obj = protocol::parseObject(answer.value());
    auto storing = m_store->write([conversationId, leaving, obj, me = m_me.id](WriteContext &ctx) {
        Transaction tx(ctx.db);
        if (leaving) {
            chat_apply::removeConversation(ctx, conversationId);
        } else if (obj) {
            if (auto c = protocol::Conversation::fromJson(obj.value())) {
                chat_apply::conversation(ctx, c.value(), me);
            } else if (auto mute = protocol::MuteState::fromJson(obj.value())) {
                if (conversations::setMuted(ctx.db, conversationId, mute.value().muted))
                    ctx.changes.conversationsChanged.append(conversationId);
            }
        }
        tx.commit();
    });
    co_await storing;
    co_return true;
}

QCoro::Task<bool> SyncEngine::refreshConversations()
{
    QPointer<SyncEngine> self(this);
    auto fetching = m_api->request("GET", QStringLiteral("/api/v1/conversations"));
    const auto body = co_await fetching;
    if (!self || !body) co_return false;
    try {
        auto storing = m_store->write([data = body.value(), me = m_me.id](WriteContext &ctx) {
            chat_apply::conversationList(ctx, data, me);
        });
        co_await storing;
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "conversations:" << e.message();
        co_return false;
    }
    co_return true;
}

void SyncEngine::sendTyping(const QString &conversationId)
{
    protocol::TypingFrame frame;
    frame.conversationId = conversationId;
    m_realtime.sendFrame(QString::fromUtf8(QJsonDocument(frame.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace plein::sync
