#include "Chats.h"
#include "ChatNotifier.h"
#include "Remote.h"
#include "Session.h"
#include "store/ConversationStore.h"
#include "store/MessageStore.h"
#include "store/MetaStore.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcChats, "plein.chats")

namespace plein::app {

namespace {
constexpr qint64 kTypingEveryMs = 3000;

void deleteLaterObject(QObject *object)
{
    if (object) object->deleteLater();
}

QCoro::Task<bool> noMessages() { co_return false; }

QString localPath(const QString &file)
{
    const QUrl url(file);
    return url.isLocalFile() ? url.toLocalFile() : file;
}

QString segment(const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); }
}

Chats::Chats(QObject *parent)
    : QObject(parent), m_models(nullptr, &deleteLaterObject), m_notifier(std::make_unique<ChatNotifier>())
{
    m_session = Session::instance();
    connect(m_notifier.get(), &ChatNotifier::activated, this, &Chats::openRequested);
    if (m_session) {
        connect(m_session, &Session::feedChanged, this, &Chats::attach);
        connect(m_session, &Session::signedInChanged, this, &Chats::attach);
        attach();
    }
}

Chats::~Chats() { detach(); }

void Chats::attach()
{
    account::Account *account = m_session ? m_session->account() : nullptr;
    store::Store *store = account && account->isSignedIn() ? account->store() : nullptr;
    if (store == m_store) return;
    detach();
    if (!store) return;
    m_store = store;
    sync::SyncEngine *sync = account->sync();
    m_attachment = std::make_unique<QObject>();
    QObject *ctx = m_attachment.get();
    m_models.reset(new QObject);
    // The chat list's model is made when the list first asks for it: reading every
    // conversation with its members held back a cold start's first frame (docs/performance.md).
    m_totalUnread = int(store::conversations::totalUnread(store->reader()));
    connect(store, &store::Store::changed, ctx, [this](const store::StoreChanges &c) { onStoreChanged(c); });
    connect(store, &QObject::destroyed, ctx, [this] {
        QMetaObject::invokeMethod(this, [this] { detach(); }, Qt::QueuedConnection);
    });
    connect(sync, &sync::SyncEngine::typingReceived, ctx, [this](const QString &conversationId, const QString &userId) {
        m_typing.noteTyping(conversationId, userId);
    });
    connect(sync, &sync::SyncEngine::uploadProgress, ctx, [this](const QString &fileId, qint64 sent, qint64 total) {
        for (const auto &model : std::as_const(m_messages))
            if (model) model->setUploadProgress(fileId, sent, total);
    });
    connect(sync, &sync::SyncEngine::actionRefused, ctx, [this](const QString &kind, const QString &, const QString &message) {
        if (kind.startsWith(QLatin1String("message.")))
            Q_EMIT notice(message.isEmpty() ? tr("The server did not accept your message.")
                                            : tr("The server did not accept your message: %1").arg(message));
    });
    connect(sync, &sync::SyncEngine::bootstrappedChanged, ctx, [this] { markCurrentRead(); });
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, ctx, [this] { markCurrentRead(); });
    Q_EMIT conversationsChanged();
    Q_EMIT totalUnreadChanged();
}

void Chats::detach()
{
    m_attachment.reset();
    const bool had = m_store != nullptr;
    m_store = nullptr;
    m_totalUnread = 0;
    m_messages.clear();
    m_conversations = nullptr;
    m_models.reset();
    if (had) {
        Q_EMIT conversationsChanged();
        Q_EMIT totalUnreadChanged();
    }
}

models::ConversationsModel *Chats::conversations()
{
    if (!m_conversations && m_store) {
        m_conversations = new models::ConversationsModel(m_store, m_models.get());
        connect(m_conversations, &models::ConversationsModel::totalUnreadChanged, this, &Chats::totalUnreadChanged);
        if (m_conversations->totalUnread() != m_totalUnread) Q_EMIT totalUnreadChanged();
    }
    return m_conversations;
}

void Chats::updateTotalUnread()
{
    if (m_conversations || !m_store) return; // the model keeps its own total
    const int total = int(store::conversations::totalUnread(m_store->reader()));
    if (total == m_totalUnread) return;
    m_totalUnread = total;
    Q_EMIT totalUnreadChanged();
}

void Chats::setCurrentConversationId(const QString &id)
{
    if (id == m_current) return;
    m_current = id;
    Q_EMIT currentConversationIdChanged();
    if (id.isEmpty()) return;
    if (auto model = m_messages.value(id)) model->markOpened();
    m_notifier->withdraw(id);
    markCurrentRead();
}

bool Chats::windowActive() const
{
    // Offscreen (tests, screenshots) has no window focus to speak of: it counts as looking.
    return QGuiApplication::applicationState() == Qt::ApplicationActive ||
        QGuiApplication::platformName() == QLatin1String("offscreen");
}

void Chats::markCurrentRead()
{
    if (m_current.isEmpty() || !m_session || !windowActive()) return;
    account::Account *account = m_session->account();
    if (!account || !account->sync()) return;
    account->sync()->markRead(m_current);
}

models::MessagesModel *Chats::messages(const QString &conversationId)
{
    if (!m_store || conversationId.isEmpty()) return nullptr;
    if (auto existing = m_messages.value(conversationId)) return existing;
    auto *model = new models::MessagesModel(m_store, conversationId, m_models.get());
    QPointer<sync::SyncEngine> guard(m_session->account()->sync());
    model->setServerPager(
        [guard, conversationId] { return guard ? guard->loadOlderMessages(conversationId) : noMessages(); },
        [guard, conversationId] { return guard && guard->serverHasOlderMessages(conversationId); });
    model->setTypingTracker(&m_typing);
    m_messages.insert(conversationId, model);
    return model;
}

QVariantMap Chats::conversationInfo(const QString &conversationId) const
{
    if (!m_store) return {};
    const auto row = store::conversations::byId(m_store->reader(), conversationId);
    if (!row) return {};
    const QString me = store::meta::get(m_store->reader(), store::meta::MeId);
    const auto &c = row->conversation;
    QVariantList members;
    for (const auto &m : c.members)
        members.append(QVariantMap{{QStringLiteral("userId"), m.userId}, {QStringLiteral("name"), m.name},
                                   {QStringLiteral("initials"), models::FeedModel::initialsOf(m.name)},
                                   {QStringLiteral("readPosition"), m.readPosition},
                                   {QStringLiteral("me"), m.userId == me}});
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("title"), models::ConversationsModel::titleFor(c, me)},
            {QStringLiteral("direct"), c.direct},
            {QStringLiteral("muted"), c.muted},
            {QStringLiteral("createdBy"), c.createdBy},
            {QStringLiteral("mineToManage"), c.createdBy == me},
            {QStringLiteral("members"), members},
            {QStringLiteral("memberCount"), int(c.members.size())},
            {QStringLiteral("unreadCount"), int(row->unreadCount())}};
}

QString Chats::messageFor(const net::NetError &error) const { return Remote::messageFor(error); }

QCoro::Task<> Chats::start(QStringList memberIds, QString title)
{
    QPointer<Chats> self(this);
    account::Account *account = m_session ? m_session->account() : nullptr;
    if (!account || !account->sync()) co_return;
    auto starting = account->sync()->startConversation(memberIds, title);
    const auto result = co_await starting;
    if (!self) co_return;
    if (!result.ok()) {
        Q_EMIT notice(tr("The conversation could not be started. %1").arg(messageFor(result.error())));
        co_return;
    }
    Q_EMIT conversationReady(result.value());
}

void Chats::startDirect(const QString &userId) { start({userId}, {}); }

void Chats::createGroupConversation(const QString &title, const QStringList &userIds) { start(userIds, title.trimmed()); }

QCoro::Task<> Chats::change(QString conversationId, QByteArray verb, QString subPath, QByteArray body, QString failure)
{
    QPointer<Chats> self(this);
    account::Account *account = m_session ? m_session->account() : nullptr;
    if (!account || !account->sync()) co_return;
    auto changing = account->sync()->changeConversation(conversationId, verb, subPath, body);
    const auto result = co_await changing;
    if (!self) co_return;
    if (!result.ok()) Q_EMIT notice(failure + QLatin1Char(' ') + messageFor(result.error()));
}

void Chats::addMember(const QString &conversationId, const QString &userId)
{
    change(conversationId, "PUT", QStringLiteral("/members/") + segment(userId), {}, tr("The person could not be added."));
}

void Chats::removeMember(const QString &conversationId, const QString &userId)
{
    change(conversationId, "DELETE", QStringLiteral("/members/") + segment(userId), {}, tr("The person could not be removed."));
}

void Chats::leave(const QString &conversationId)
{
    if (!m_store) return;
    const QString me = store::meta::get(m_store->reader(), store::meta::MeId);
    if (m_current == conversationId) setCurrentConversationId({});
    change(conversationId, "DELETE", QStringLiteral("/members/") + segment(me), {}, tr("You could not leave the conversation."));
}

void Chats::setMuted(const QString &conversationId, bool muted)
{
    change(conversationId, muted ? "PUT" : "DELETE", QStringLiteral("/mute"), {},
           muted ? tr("The conversation could not be muted.") : tr("The conversation could not be unmuted."));
}

void Chats::rename(const QString &conversationId, const QString &title)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("title"), title.trimmed()}}).toJson(QJsonDocument::Compact);
    change(conversationId, "PATCH", {}, body, tr("The conversation could not be renamed."));
}

QCoro::Task<> Chats::writeMessage(QString conversationId, QString body, QString replyToId, QStringList files)
{
    QPointer<Chats> self(this);
    account::Account *account = m_session ? m_session->account() : nullptr;
    if (!account || !account->sync()) co_return;
    QString id;
    try {
        auto sending = account->sync()->sendMessage(conversationId, body, replyToId, files);
        id = co_await sending;
    } catch (const std::exception &e) {
        qCWarning(lcChats) << "could not queue a message:" << e.what();
    }
    if (!self) co_return;
    if (id.isEmpty()) {
        Q_EMIT sendFailed(tr("Your message could not be saved on this device. Try again."));
        co_return;
    }
    Q_EMIT messageQueued(conversationId, id);
}

void Chats::send(const QString &conversationId, const QString &body, const QString &replyToId, const QStringList &files)
{
    const QString text = body.trimmed();
    if (text.isEmpty() && files.isEmpty()) return;
    QStringList paths;
    for (const QString &f : files) paths.append(localPath(f));
    writeMessage(conversationId, text, replyToId, paths);
}

void Chats::editMessage(const QString &messageId, const QString &body)
{
    if (!m_session || !m_session->account() || body.trimmed().isEmpty()) return;
    m_session->account()->sync()->editMessage(messageId, body.trimmed());
}

void Chats::deleteMessage(const QString &messageId)
{
    if (!m_session || !m_session->account()) return;
    m_session->account()->sync()->deleteMessage(messageId);
}

void Chats::retry(const QString &messageId)
{
    if (!m_session || !m_session->account()) return;
    m_session->account()->sync()->retry(messageId);
}

void Chats::discard(const QString &messageId)
{
    if (!m_session || !m_session->account()) return;
    m_session->account()->sync()->discard(messageId);
}

void Chats::setReaction(const QString &messageId, const QString &kind, bool on)
{
    if (!m_session || !m_session->account()) return;
    m_session->account()->sync()->setReaction(QStringLiteral("message"), messageId, kind, on);
}

void Chats::typing(const QString &conversationId)
{
    if (!m_session || !m_session->account() || conversationId.isEmpty()) return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastTypingSent.value(conversationId, 0) < kTypingEveryMs) return;
    m_lastTypingSent.insert(conversationId, now);
    m_session->account()->sync()->sendTyping(conversationId);
}

QVariantList Chats::shownNotifications() const
{
    QVariantList out;
    for (const auto &n : m_notifier->shown()) out.append(n);
    return out;
}

void Chats::onStoreChanged(const store::StoreChanges &changes)
{
    if (!changes.conversationsChanged.isEmpty() || !changes.conversationsRemoved.isEmpty()) updateTotalUnread();
    if (!changes.conversationsRemoved.isEmpty()) {
        for (const QString &id : changes.conversationsRemoved) {
            m_notifier->withdraw(id);
            if (id == m_current) setCurrentConversationId({});
        }
    }
    if (!changes.messagesArrived.isEmpty()) {
        notifyArrived(changes.messagesArrived);
        if (!m_current.isEmpty()) markCurrentRead();
    }
    // Read on another device: its notification is no longer news.
    if (m_store) {
        for (const QString &id : changes.conversationsChanged) {
            if (!m_notifier->isShowing(id)) continue;
            const auto row = store::conversations::byId(m_store->reader(), id);
            if (row && row->unreadCount() == 0) m_notifier->withdraw(id);
        }
    }
}

void Chats::notifyArrived(const QStringList &messageIds)
{
    if (!m_store) return;
    const QString me = store::meta::get(m_store->reader(), store::meta::MeId);
    // One notification per conversation: its newest message.
    QHash<QString, store::MessageRow> newest;
    for (const QString &id : messageIds) {
        auto row = store::messages::byId(m_store->reader(), id);
        if (!row || row->message.authorId == me) continue;
        auto &slot = newest[row->message.conversationId];
        if (slot.message.id.isEmpty() || row->sortKey > slot.sortKey) slot = *row;
    }
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        if (it.key() == m_current && windowActive()) continue;
        const auto c = store::conversations::byId(m_store->reader(), it.key());
        if (!c || c->conversation.muted || c->unreadCount() == 0) continue;
        const auto &m = it.value().message;
        const QString text = m.body.isEmpty() && !m.attachments.isEmpty() ? m.attachments.first().name : m.body.left(200);
        const QString title = c->conversation.direct ? m.authorName
                                                     : tr("%1 in %2").arg(m.authorName, models::ConversationsModel::titleFor(c->conversation, me));
        m_notifier->show(it.key(), title, text);
    }
}

} // namespace plein::app
