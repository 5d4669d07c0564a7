#include "ConversationsModel.h"
#include "FeedModel.h"
#include "store/MetaStore.h"

#include <QDateTime>
#include <algorithm>

namespace plein::models {

using store::ConversationRow;

namespace {
// The list's order: latest activity first, ties by id so the order is stable.
bool before(const ConversationRow &a, const ConversationRow &b)
{
    const auto &x = a.conversation;
    const auto &y = b.conversation;
    return x.lastActivityAt != y.lastActivityAt ? x.lastActivityAt > y.lastActivityAt : x.id > y.id;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified().left(200);
}
}

ConversationsModel::ConversationsModel(store::Store *store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    m_me = store::meta::get(store->reader(), store::meta::MeId);
    m_rows = store::conversations::all(store->reader());
    updateTotal();
    connect(store, &store::Store::changed, this, &ConversationsModel::onStoreChanged);
}

QString ConversationsModel::titleFor(const protocol::Conversation &c, const QString &me)
{
    if (!c.title.isEmpty()) return c.title;
    QStringList others;
    for (const auto &m : c.members)
        if (m.userId != me) others.append(m.name);
    return others.join(QStringLiteral(", "));
}

int ConversationsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant ConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const ConversationRow &r = m_rows.at(index.row());
    const auto &c = r.conversation;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return titleFor(c, m_me);
    case IdRole:
    case ConversationIdRole: return c.id;
    case DirectRole: return c.direct;
    case InitialsRole: return FeedModel::initialsOf(titleFor(c, m_me));
    case MemberCountRole: return int(c.members.size());
    case LastBodyRole: {
        if (c.lastMessage.id.isEmpty()) return QString();
        if (c.lastMessage.body.isEmpty() && !c.lastMessage.attachments.isEmpty()) return c.lastMessage.attachments.first().name;
        return oneLine(c.lastMessage.body);
    }
    case LastAuthorRole: return c.lastMessage.authorName;
    case LastMineRole: return !c.lastMessage.id.isEmpty() && c.lastMessage.authorId == m_me;
    case LastActivityAtRole: return QDateTime::fromMSecsSinceEpoch(c.lastActivityAt, Qt::UTC);
    case UnreadCountRole: return int(r.unreadCount());
    case MutedRole: return c.muted;
    case LastPendingRole: return !c.lastMessage.id.isEmpty() && c.lastMessage.position == 0;
    default: return {};
    }
}

QHash<int, QByteArray> ConversationsModel::roleNames() const
{
    return {
        {IdRole, "id"}, {ConversationIdRole, "conversationId"}, {TitleRole, "title"}, {DirectRole, "direct"},
        {InitialsRole, "initials"}, {MemberCountRole, "memberCount"}, {LastBodyRole, "lastBody"},
        {LastAuthorRole, "lastAuthor"}, {LastMineRole, "lastMine"}, {LastActivityAtRole, "lastActivityAt"},
        {UnreadCountRole, "unreadCount"}, {MutedRole, "muted"}, {LastPendingRole, "lastPending"},
    };
}

int ConversationsModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).conversation.id == id) return i;
    return -1;
}

void ConversationsModel::onStoreChanged(const store::StoreChanges &changes)
{
    if (changes.meChanged) m_me = store::meta::get(m_store->reader(), store::meta::MeId);
    for (const QString &id : changes.conversationsRemoved) removeRow(id);
    QStringList seen;
    for (const QString &id : changes.conversationsChanged) {
        if (seen.contains(id)) continue;
        seen.append(id);
        upsertRow(id);
    }
    updateTotal();
}

void ConversationsModel::upsertRow(const QString &id)
{
    auto fresh = store::conversations::byId(m_store->reader(), id);
    if (!fresh) {
        removeRow(id);
        return;
    }
    const int current = indexOf(id);
    if (current >= 0) {
        // Where it belongs among the others: how many of them sort before it.
        int target = 0;
        for (int i = 0; i < m_rows.size(); ++i)
            if (i != current && before(m_rows.at(i), *fresh)) ++target;
        if (target != current) {
            const int destination = target > current ? target + 1 : target;
            beginMoveRows({}, current, current, {}, destination);
            m_rows.move(current, target);
            endMoveRows();
        }
        m_rows[target] = *fresh;
        Q_EMIT dataChanged(index(target), index(target));
        return;
    }
    const int at = int(std::lower_bound(m_rows.begin(), m_rows.end(), *fresh, before) - m_rows.begin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, *fresh);
    endInsertRows();
    Q_EMIT countChanged();
}

void ConversationsModel::removeRow(const QString &id)
{
    const int at = indexOf(id);
    if (at < 0) return;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    endRemoveRows();
    Q_EMIT countChanged();
}

void ConversationsModel::updateTotal()
{
    int total = 0;
    for (const auto &r : m_rows)
        if (!r.conversation.muted) total += int(r.unreadCount());
    if (total == m_totalUnread) return;
    m_totalUnread = total;
    Q_EMIT totalUnreadChanged();
}

} // namespace plein::models
