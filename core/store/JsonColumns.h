#pragma once
// Small JSON values kept in one column each (reaction counts, my reactions, attachments):
// read and written whole with their row, never queried into.
#include "protocol/Attachment.h"
#include "protocol/Conversation.h"
#include "protocol/Reaction.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace plein::store::columns {

QString fromCounts(const protocol::ReactionCounts &counts);
protocol::ReactionCounts toCounts(const QString &text);
QString fromList(const QStringList &list);
QStringList toList(const QString &text);
QString fromAttachments(const QList<protocol::Attachment> &attachments);
QList<protocol::Attachment> toAttachments(const QString &text);
QString fromMembers(const QList<protocol::ConversationMember> &members);
QList<protocol::ConversationMember> toMembers(const QString &text);
QString fromReply(const protocol::ReplyQuote &reply);     // null for "not a reply"
protocol::ReplyQuote toReply(const QString &text);
QString fromMessage(const protocol::Message &message);   // the event form; null for no message
protocol::Message toMessage(const QString &text);

} // namespace plein::store::columns
