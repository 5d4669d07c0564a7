#include "MessagesModel.h"
#include "AttachmentRoles.h"
#include "FeedModel.h"
#include "TypingTracker.h"
#include "store/MetaStore.h"

#include <QDateTime>
#include <algorithm>

namespace plein::models {

using store::MessageRow;
using store::PostState;
namespace messages = store::messages;

namespace {
constexpr qint64 kRunGapMs = 5 * 60 * 1000;

QDate localDay(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(); }
}

MessagesModel::MessagesModel(store::Store *store, QString conversationId, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_conversationId(std::move(conversationId))
{
    m_me = store::meta::get(store->reader(), store::meta::MeId);
    reloadConversation();
    markOpened();
    if (m_rows.isEmpty()) appendFromStore();
    connect(store, &store::Store::changed, this, &MessagesModel::onStoreChanged);
    m_lastAtEnd = isAtEnd();
}

void MessagesModel::setServerPager(ServerPager pager, std::function<bool()> serverHasMore)
{
    m_pager = std::move(pager);
    m_serverHasMore = std::move(serverHasMore);
    checkAtEnd();
    loadDownToFirstUnread();
}

void MessagesModel::setTypingTracker(TypingTracker *tracker)
{
    m_typing = tracker;
    if (!tracker) return;
    connect(tracker, &TypingTracker::changed, this, [this](const QString &conversationId) {
        if (conversationId == m_conversationId) Q_EMIT typingNamesChanged();
    });
}

QStringList MessagesModel::typingNames() const
{
    QStringList names;
    if (!m_typing) return names;
    for (const QString &userId : m_typing->typingUsers(m_conversationId)) {
        for (const auto &m : m_conversation.conversation.members)
            if (m.userId == userId) names.append(m.name);
    }
    return names;
}

void MessagesModel::reloadConversation()
{
    if (auto c = store::conversations::byId(m_store->reader(), m_conversationId)) m_conversation = *c;
}

void MessagesModel::markOpened()
{
    reloadConversation();
    // Opening marks the conversation read right after: remember where reading stopped before.
    m_openedReadPosition = m_conversation.myReadPosition;
    const auto first = messages::firstUnread(m_store->reader(), m_conversationId, m_openedReadPosition, m_me);
    const QString id = first ? first->message.id : QString();
    // Everything from the first unread message on is in the window, plus some context.
    if (first && (m_rows.isEmpty() || first->sortKey < m_rows.back().sortKey)) {
        const auto rows = messages::from(m_store->reader(), m_conversationId, first->sortKey);
        const auto context = messages::page(m_store->reader(), m_conversationId, first->sortKey, 10);
        beginResetModel();
        m_rows = rows + context;
        m_storeExhausted = false;
        endResetModel();
        Q_EMIT countChanged();
    }
    if (id != m_firstUnreadId) {
        m_firstUnreadId = id;
        Q_EMIT firstUnreadIdChanged();
    }
    loadDownToFirstUnread();
}

int MessagesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant MessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const int row = index.row();
    const MessageRow &r = m_rows.at(row);
    const auto &m = r.message;
    const MessageRow *older = row + 1 < m_rows.size() ? &m_rows.at(row + 1) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole: return m.body;
    case IdRole:
    case MessageIdRole: return m.id;
    case AuthorRole: return m.authorName;
    case AuthorIdRole: return m.authorId;
    case InitialsRole: return FeedModel::initialsOf(m.authorName);
    case CreatedAtRole: return QDateTime::fromMSecsSinceEpoch(m.createdAt, Qt::UTC);
    case EditedRole: return m.editedAt > 0;
    case PositionRole: return m.position;
    case MineRole: return m.authorId == m_me;
    case PendingRole: return r.state == PostState::Pending;
    case FailedRole: return r.state == PostState::Failed;
    case ErrorRole: return r.error;
    case FirstOfDayRole: return !older || localDay(older->message.createdAt) != localDay(m.createdAt);
    case FirstOfRunRole:
        return !older || older->message.authorId != m.authorId || m.createdAt - older->message.createdAt > kRunGapMs ||
            localDay(older->message.createdAt) != localDay(m.createdAt);
    case ReplyToIdRole: return m.replyTo.id;
    case ReplyToAuthorRole: return m.replyTo.authorName;
    case ReplyToExcerptRole: return m.replyTo.excerpt;
    case ReplyToDeletedRole: return m.replyTo.deleted;
    case AttachmentsRole:
        return attachmentRoles(m_store->reader(), m.id, r.state == PostState::Synced, m.attachments, m_uploadProgress);
    case ReactionsRole: {
        QVariantMap counts;
        for (auto it = m.reactions.begin(); it != m.reactions.end(); ++it) counts.insert(it.key(), it.value());
        return counts;
    }
    case MyReactionsRole: return m.myReactions;
    case ReadByCountRole:
    case ReadByAllRole: {
        if (m.position <= 0) return role == ReadByAllRole ? QVariant(false) : QVariant(0);
        int readers = 0;
        int others = 0;
        for (const auto &member : m_conversation.conversation.members) {
            if (member.userId == m.authorId) continue;
            ++others;
            if (member.readPosition >= m.position) ++readers;
        }
        return role == ReadByAllRole ? QVariant(others > 0 && readers == others) : QVariant(readers);
    }
    case VersionRole: return m.version;
    default: return {};
    }
}

QHash<int, QByteArray> MessagesModel::roleNames() const
{
    return {
        {IdRole, "id"}, {MessageIdRole, "messageId"}, {AuthorRole, "author"}, {AuthorIdRole, "authorId"},
        {InitialsRole, "initials"}, {BodyRole, "body"}, {CreatedAtRole, "createdAt"}, {EditedRole, "edited"},
        {PositionRole, "position"}, {MineRole, "mine"}, {PendingRole, "pending"}, {FailedRole, "failed"},
        {ErrorRole, "error"}, {FirstOfDayRole, "firstOfDay"}, {FirstOfRunRole, "firstOfRun"},
        {ReplyToIdRole, "replyToId"}, {ReplyToAuthorRole, "replyToAuthor"}, {ReplyToExcerptRole, "replyToExcerpt"},
        {ReplyToDeletedRole, "replyToDeleted"}, {AttachmentsRole, "attachments"}, {ReactionsRole, "reactions"},
        {MyReactionsRole, "myReactions"}, {ReadByCountRole, "readByCount"}, {ReadByAllRole, "readByAll"},
        {VersionRole, "version"},
    };
}

int MessagesModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).message.id == id) return i;
    return -1;
}

bool MessagesModel::isAtEnd() const
{
    return m_storeExhausted && !(m_serverHasMore && m_serverHasMore());
}

void MessagesModel::checkAtEnd()
{
    const bool atEnd = isAtEnd();
    if (atEnd == m_lastAtEnd) return;
    m_lastAtEnd = atEnd;
    Q_EMIT atEndChanged();
}

bool MessagesModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_loading) return false;
    return !isAtEnd();
}

void MessagesModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_loading) return;
    if (!m_storeExhausted) {
        appendFromStore();
        // Nothing more here: go to the server right away, the view asked for more.
        if (m_storeExhausted && m_pager && m_serverHasMore && m_serverHasMore()) fetchFromServer();
        return;
    }
    if (m_pager && m_serverHasMore && m_serverHasMore()) fetchFromServer();
}

void MessagesModel::appendFromStore()
{
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.back().sortKey;
    const auto page = messages::page(m_store->reader(), m_conversationId, before, m_pageSize);
    if (!page.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows += page;
        endInsertRows();
        Q_EMIT countChanged();
        // The previous oldest row now has an older neighbour.
        olderNeighbourChanged(first - 1);
    }
    m_storeExhausted = page.size() < m_pageSize;
    checkAtEnd();
}

QCoro::Task<> MessagesModel::fetchFromServer()
{
    QPointer<MessagesModel> self(this);
    setLoading(true);
    auto paging = m_pager();
    co_await paging;
    if (!self) co_return;
    setLoading(false);
    m_storeExhausted = false;
    appendFromStore();
    // Opened before all of its unread history was here: the first unread message moves to an
    // older one as pages arrive, until the one after the read marker is loaded.
    if (m_openedReadPosition >= 0) {
        const auto first = messages::firstUnread(m_store->reader(), m_conversationId, m_openedReadPosition, m_me);
        if (first && first->message.id != m_firstUnreadId) {
            m_firstUnreadId = first->message.id;
            Q_EMIT firstUnreadIdChanged();
        }
    }
    loadDownToFirstUnread();
}

// Opening a conversation goes to its first unread message: its history is paged in from the
// server until that message is here (at most a few thousand messages; beyond that the view
// opens at the oldest loaded one and the user scrolls on).
void MessagesModel::loadDownToFirstUnread()
{
    constexpr int kMostToLoad = 2000;
    if (m_loading || !m_pager || !m_serverHasMore || m_openedReadPosition < 0 || m_rows.size() >= kMostToLoad) return;
    reloadConversation();
    const bool missing = m_conversation.historyFrom > m_openedReadPosition + 1 &&
        m_conversation.conversation.lastPosition > m_openedReadPosition;
    // Only while pages keep coming: offline, or refused, it stops here.
    if (!missing || m_conversation.historyFrom == m_pagedDownTo || !m_serverHasMore()) return;
    m_pagedDownTo = m_conversation.historyFrom;
    fetchFromServer();
}

void MessagesModel::setLoading(bool loading)
{
    if (m_loading == loading) return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void MessagesModel::onStoreChanged(const store::StoreChanges &changes)
{
    if (changes.conversationsRemoved.contains(m_conversationId)) {
        if (!m_rows.isEmpty()) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
            Q_EMIT countChanged();
        }
        return;
    }
    for (const QString &id : changes.messagesRemoved) removeRow(id);
    // Every open conversation hears of every message: one query finds the ones that are ours.
    const QSet<QString> ours = messages::idsIn(m_store->reader(), m_conversationId, changes.messagesUpserted);
    for (const QString &id : changes.messagesUpserted)
        if (ours.contains(id)) upsertRow(id);
    if (changes.conversationsChanged.contains(m_conversationId)) {
        const auto before = m_conversation.conversation.members;
        reloadConversation();
        // Read markers moved: the "read" marks of my messages follow.
        if (before != m_conversation.conversation.members && !m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {ReadByCountRole, ReadByAllRole});
    }
    if (m_typing) {
        for (const QString &id : changes.messagesArrived) {
            const int row = indexOf(id);
            if (row >= 0) m_typing->noteMessage(m_conversationId, m_rows.at(row).message.authorId);
        }
    }
}

void MessagesModel::upsertRow(const QString &id)
{
    const int current = indexOf(id);
    auto fresh = messages::byId(m_store->reader(), id);
    if (!fresh || fresh->message.conversationId != m_conversationId) {
        if (current >= 0) removeRow(id);
        return;
    }
    // Newest first: the first row with a smaller key is where it goes.
    auto placeFor = [this](qint64 key, int skip) {
        int at = 0;
        while (at < m_rows.size() && (at == skip || m_rows.at(at).sortKey > key)) ++at;
        return at;
    };
    if (current >= 0) {
        int target = placeFor(fresh->sortKey, current);
        if (target > current) --target; // positions counted without the row itself
        if (target != current) {
            beginMoveRows({}, current, current, {}, target > current ? target + 1 : target);
            m_rows.move(current, target);
            endMoveRows();
            // The row that was just newer than it now has another older neighbour.
            olderNeighbourChanged(target < current ? current : current - 1);
        }
        m_rows[target] = *fresh;
        Q_EMIT dataChanged(index(target), index(target));
        olderNeighbourChanged(target - 1);
        return;
    }
    // Older than the window's end: it is paged in when the view gets there.
    if (!m_rows.isEmpty() && fresh->sortKey < m_rows.back().sortKey && !m_storeExhausted) return;
    const int at = placeFor(fresh->sortKey, -1);
    beginInsertRows({}, at, at);
    m_rows.insert(at, *fresh);
    endInsertRows();
    Q_EMIT countChanged();
    olderNeighbourChanged(at - 1);
}

void MessagesModel::removeRow(const QString &id)
{
    const int at = indexOf(id);
    if (at < 0) return;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    endRemoveRows();
    Q_EMIT countChanged();
    olderNeighbourChanged(at - 1);
}

// A row's day separator and run start depend on its older neighbour (the next row): when that
// neighbour changes, the row is redrawn.
void MessagesModel::olderNeighbourChanged(int row)
{
    if (row < 0 || row >= m_rows.size()) return;
    Q_EMIT dataChanged(index(row), index(row), {FirstOfDayRole, FirstOfRunRole});
}

void MessagesModel::setUploadProgress(const QString &fileId, qint64 sent, qint64 total)
{
    if (total <= 0) return;
    m_uploadProgress.insert(fileId, double(sent) / double(total));
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        for (const auto &a : m_rows.at(i).message.attachments) {
            if (a.id != fileId) continue;
            Q_EMIT dataChanged(index(int(i)), index(int(i)), {AttachmentsRole});
            return;
        }
    }
}

} // namespace plein::models
