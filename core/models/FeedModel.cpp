#include "FeedModel.h"
#include "AttachmentRoles.h"

#include <QDateTime>
#include <QPointer>
#include <QSet>
#include "store/UploadStore.h"
#include <algorithm>

namespace plein::models {

using store::FeedKey;
using store::PostRow;
using store::PostState;

FeedModel::FeedModel(store::Store *store, QObject *parent) : FeedModel(store, store::FeedScope::home(), parent) {}

FeedModel::FeedModel(store::Store *store, store::FeedScope scope, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_scope(std::move(scope))
{
    connect(store, &store::Store::changed, this, &FeedModel::onStoreChanged);
    reload();
}

void FeedModel::setServerPager(ServerPager pager, std::function<bool()> serverHasMore)
{
    m_pager = std::move(pager);
    m_serverHasMore = std::move(serverHasMore);
    Q_EMIT atEndChanged();
}

void FeedModel::setPageSize(int size)
{
    if (size == m_pageSize || size < 1) return;
    m_pageSize = size;
    reload();
}

QString FeedModel::initialsOf(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty()) return QStringLiteral("?");
    QString out = parts.first().left(1).toUpper();
    // "Anna de Vries" -> "AV": skip lowercase particles such as "de", "van", "der".
    for (qsizetype i = parts.size() - 1; i > 0; --i) {
        if (parts.at(i).at(0).isUpper()) {
            out += parts.at(i).left(1);
            break;
        }
    }
    return out;
}

FeedKey FeedModel::keyOf(const PostRow &row) { return {row.post.createdAt, row.post.id}; }

void FeedModel::reload()
{
    beginResetModel();
    m_rows = store::posts::page(m_store->reader(), m_scope, std::nullopt, m_pageSize);
    m_storeExhausted = m_rows.size() < m_pageSize;
    endResetModel();
    Q_EMIT countChanged();
}

int FeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const PostRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole: return r.post.body;
    case IdRole: return r.post.id;
    case AuthorRole: return r.post.authorName;
    case AuthorIdRole: return r.post.authorId;
    case InitialsRole: return initialsOf(r.post.authorName);
    case GroupRole: return r.post.groupName;
    case CreatedAtRole: return QDateTime::fromMSecsSinceEpoch(r.post.createdAt, Qt::UTC);
    case EditedRole: return r.post.editedAt > 0;
    case LikeCountRole: return r.post.likeCount;
    case CommentCountRole: return r.post.commentCount;
    case PendingRole: return r.state == PostState::Pending;
    case FailedRole: return r.state == PostState::Failed;
    case ErrorRole: return r.error;
    case GroupIdRole: return r.post.groupId;
    case VersionRole: return r.post.version;
    case AnnouncementRole: return r.post.announcement;
    case AcknowledgedRole: return r.post.acknowledged;
    case ReadCountRole: return r.post.readCount;
    case ReactionsRole: {
        QVariantMap counts;
        for (auto it = r.post.reactions.begin(); it != r.post.reactions.end(); ++it) counts.insert(it.key(), it.value());
        return counts;
    }
    case MyReactionsRole: return r.post.myReactions;
    case AttachmentsRole: return attachmentsOf(r);
    case ConflictRole: return !r.conflictBody.isEmpty();
    case ConflictBodyRole: return r.conflictBody;
    default: return {};
    }
}

QHash<int, QByteArray> FeedModel::roleNames() const
{
    return {
        {IdRole, "postId"}, {AuthorRole, "author"}, {AuthorIdRole, "authorId"}, {InitialsRole, "initials"},
        {BodyRole, "body"}, {GroupRole, "group"}, {CreatedAtRole, "createdAt"}, {EditedRole, "edited"},
        {LikeCountRole, "likeCount"}, {CommentCountRole, "commentCount"}, {PendingRole, "pending"},
        {FailedRole, "failed"}, {ErrorRole, "error"}, {GroupIdRole, "groupId"}, {VersionRole, "version"},
        {AnnouncementRole, "announcement"}, {AcknowledgedRole, "acknowledged"}, {ReadCountRole, "readCount"},
        {ReactionsRole, "reactions"}, {MyReactionsRole, "myReactions"}, {AttachmentsRole, "attachments"},
        {ConflictRole, "conflict"}, {ConflictBodyRole, "conflictBody"},
    };
}

QVariantList FeedModel::attachmentsOf(const PostRow &r) const
{
    return attachmentRoles(m_store->reader(), r.post.id, r.state == PostState::Synced, r.post.attachments, m_uploadProgress);
}

void FeedModel::setUploadProgress(const QString &fileId, qint64 sent, qint64 total)
{
    if (total <= 0) return;
    m_uploadProgress.insert(fileId, double(sent) / double(total));
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        for (const auto &a : m_rows.at(i).post.attachments) {
            if (a.id != fileId) continue;
            Q_EMIT dataChanged(index(int(i)), index(int(i)), {AttachmentsRole});
            return;
        }
    }
}

bool FeedModel::isAtEnd() const
{
    return m_storeExhausted && !(m_serverHasMore && m_serverHasMore());
}

bool FeedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !isAtEnd();
}

void FeedModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) return;
    if (!m_storeExhausted) {
        appendFromStore();
        return;
    }
    fetchFromServer();
}

void FeedModel::appendFromStore()
{
    const std::optional<FeedKey> after = m_rows.isEmpty() ? std::nullopt : std::optional(keyOf(m_rows.last()));
    const QList<PostRow> more = store::posts::page(m_store->reader(), m_scope, after, m_pageSize);
    m_storeExhausted = more.size() < m_pageSize;
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows.append(more);
        endInsertRows();
        Q_EMIT countChanged();
    }
    Q_EMIT atEndChanged();
}

QCoro::Task<> FeedModel::fetchFromServer()
{
    if (!m_pager) co_return;
    QPointer<FeedModel> self(this);
    setLoading(true);
    const bool ok = co_await m_pager();
    if (!self) co_return;
    // What the page brought is in the store now; onStoreChanged() may already have placed
    // some of it. Load whatever follows the last row.
    m_storeExhausted = false;
    appendFromStore();
    setLoading(false);
    if (!ok) Q_EMIT atEndChanged();
}

int FeedModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).post.id == id) return int(i);
    return -1;
}

int FeedModel::insertPosition(const FeedKey &key) const
{
    // Rows are sorted newest first: find the first row older than key.
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), key,
                                     [](const PostRow &row, const FeedKey &k) { return k < keyOf(row); });
    return int(it - m_rows.begin());
}

void FeedModel::onStoreChanged(const store::StoreChanges &changes)
{
    for (const QString &id : changes.postsRemoved) removeRow(id);
    for (const QString &id : changes.postsUpserted) upsertRow(id);
    if (changes.groupsChanged && m_scope.kind != store::FeedScope::Kind::Group) refreshWindow();
}

void FeedModel::refreshWindow()
{
    const int want = std::max<int>(int(m_rows.size()), m_pageSize);
    const QList<PostRow> fresh = store::posts::page(m_store->reader(), m_scope, std::nullopt, want);
    QSet<QString> freshIds;
    for (const auto &r : fresh) freshIds.insert(r.post.id);
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i)
        if (!freshIds.contains(m_rows.at(i).post.id)) removeRow(m_rows.at(i).post.id);
    const bool exhausted = fresh.size() < want;
    m_storeExhausted = m_storeExhausted || exhausted;
    for (const auto &r : fresh)
        if (indexOf(r.post.id) < 0) upsertRow(r.post.id);
    m_storeExhausted = exhausted;
    Q_EMIT atEndChanged();
}

void FeedModel::removeRow(const QString &id)
{
    const int row = indexOf(id);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void FeedModel::upsertRow(const QString &id)
{
    const auto fresh = store::posts::byId(m_store->reader(), id);
    if (!fresh || !store::posts::inScope(m_store->reader(), m_scope, id)) {
        removeRow(id);
        return;
    }
    const FeedKey key = keyOf(*fresh);
    const int current = indexOf(id);
    if (current >= 0) {
        // Where it belongs among the other rows (its time can change when the server confirms it).
        const PostRow old = m_rows.takeAt(current);
        const int target = insertPosition(key);
        m_rows.insert(current, old);
        if (target != current) {
            beginMoveRows({}, current, current, {}, target > current ? target + 1 : target);
            m_rows.move(current, target);
            endMoveRows();
        }
        m_rows[target] = *fresh;
        Q_EMIT dataChanged(index(target), index(target));
        return;
    }
    // A post older than everything loaded stays in the store until the user scrolls to it,
    // unless the loaded window already reaches the end of the store.
    const int pos = insertPosition(key);
    if (pos == m_rows.size() && !m_storeExhausted) return;
    beginInsertRows({}, pos, pos);
    m_rows.insert(pos, *fresh);
    endInsertRows();
    Q_EMIT countChanged();
}

void FeedModel::setLoading(bool loading)
{
    if (m_loading == loading) return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace plein::models
