#include "CommentsModel.h"
#include "FeedModel.h"

#include <QDateTime>
#include <algorithm>

namespace plein::models {

using store::CommentRow;
using store::PostState;

namespace {
bool before(const CommentRow &a, const CommentRow &b)
{
    return a.comment.createdAt != b.comment.createdAt ? a.comment.createdAt < b.comment.createdAt
                                                      : a.comment.id < b.comment.id;
}
}

CommentsModel::CommentsModel(store::Store *store, QString postId, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_postId(std::move(postId))
{
    m_rows = store::comments::forPost(store->reader(), m_postId);
    connect(store, &store::Store::changed, this, &CommentsModel::onStoreChanged);
}

int CommentsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant CommentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const CommentRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole: return r.comment.body;
    case IdRole: return r.comment.id;
    case AuthorRole: return r.comment.authorName;
    case AuthorIdRole: return r.comment.authorId;
    case InitialsRole: return FeedModel::initialsOf(r.comment.authorName);
    case CreatedAtRole: return QDateTime::fromMSecsSinceEpoch(r.comment.createdAt, Qt::UTC);
    case EditedRole: return r.comment.editedAt > 0;
    case VersionRole: return r.comment.version;
    case ReactionsRole: {
        QVariantMap counts;
        for (auto it = r.comment.reactions.begin(); it != r.comment.reactions.end(); ++it) counts.insert(it.key(), it.value());
        return counts;
    }
    case MyReactionsRole: return r.comment.myReactions;
    case PendingRole: return r.state == PostState::Pending;
    case FailedRole: return r.state == PostState::Failed;
    case ErrorRole: return r.error;
    default: return {};
    }
}

QHash<int, QByteArray> CommentsModel::roleNames() const
{
    return {
        {IdRole, "commentId"}, {AuthorRole, "author"}, {AuthorIdRole, "authorId"}, {InitialsRole, "initials"},
        {BodyRole, "body"}, {CreatedAtRole, "createdAt"}, {EditedRole, "edited"}, {VersionRole, "version"},
        {ReactionsRole, "reactions"}, {MyReactionsRole, "myReactions"}, {PendingRole, "pending"},
        {FailedRole, "failed"}, {ErrorRole, "error"},
    };
}

int CommentsModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).comment.id == id) return int(i);
    return -1;
}

void CommentsModel::onStoreChanged(const store::StoreChanges &changes)
{
    if (changes.postsRemoved.contains(m_postId) && !m_rows.isEmpty()) {
        // The post is gone (deleted, or its group is no longer visible): so are its comments.
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
        Q_EMIT countChanged();
        return;
    }
    for (const QString &id : changes.commentsRemoved) removeRow(id);
    for (const QString &id : changes.commentsUpserted) upsertRow(id);
}

void CommentsModel::removeRow(const QString &id)
{
    const int row = indexOf(id);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void CommentsModel::upsertRow(const QString &id)
{
    const auto fresh = store::comments::byId(m_store->reader(), id);
    if (!fresh || fresh->comment.postId != m_postId) {
        removeRow(id);
        return;
    }
    int current = indexOf(id);
    if (current >= 0) {
        m_rows.removeAt(current);
        const int target = int(std::lower_bound(m_rows.begin(), m_rows.end(), *fresh, before) - m_rows.begin());
        m_rows.insert(current, *fresh);
        if (target != current) {
            beginMoveRows({}, current, current, {}, target > current ? target + 1 : target);
            m_rows.move(current, target);
            endMoveRows();
            current = target;
        }
        Q_EMIT dataChanged(index(current), index(current));
        return;
    }
    const int pos = int(std::lower_bound(m_rows.begin(), m_rows.end(), *fresh, before) - m_rows.begin());
    beginInsertRows({}, pos, pos);
    m_rows.insert(pos, *fresh);
    endInsertRows();
    Q_EMIT countChanged();
}

} // namespace plein::models
