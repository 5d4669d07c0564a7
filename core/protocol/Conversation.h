#pragma once
// Chat conversations: 1:1 ("direct") and group conversations with a title.
#include "Decoded.h"
#include "Message.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace plein::protocol {

inline constexpr int kMaxConversationMembers = 256;
inline constexpr int kMaxConversationTitleLength = 100;

struct ConversationMember {
    QString userId;
    QString name;
    qint64 readPosition = 0; // the position of the last message this member has read

    static Decoded<ConversationMember> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const ConversationMember &) const = default;
};

// Unread for a member = lastPosition - their readPosition: sending a message moves the
// sender's read marker to it, so every device of a user computes the same count.
struct Conversation {
    QString id;            // UUIDv7 chosen by the creator's client
    QString title;         // empty for direct conversations
    bool direct = false;   // 1:1; no members can be added or removed, and nobody leaves
    QString createdBy;
    qint64 createdAt = 0;
    qint64 lastActivityAt = 0; // the last message's createdAt, or createdAt
    qint64 lastPosition = 0;   // the position of the newest message (0: none yet)
    qint64 version = 0;        // bumps on title and member changes
    QList<ConversationMember> members{};
    Message lastMessage{};     // empty id: no messages yet
    bool muted = false;        // per caller: REST answers only, absent from events

    static Decoded<Conversation> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    QJsonObject toEventJson() const; // without muted and without lastMessage.myReactions
    bool operator==(const Conversation &) const = default;
};

// POST /conversations. The creator is always a member and need not be listed. Exactly one
// other member and no title makes a direct conversation; an existing direct conversation with
// the same person is returned (200) instead of a new one.
struct NewConversation {
    QString id;
    QStringList memberIds;
    QString title{};

    static Decoded<NewConversation> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct ConversationList {
    QList<Conversation> items; // by lastActivityAt, newest first
    static Decoded<ConversationList> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// PATCH /conversations/{id} (group conversations only): a new title, trimmed, up to
// kMaxConversationTitleLength; empty removes the title.
struct ConversationEdit {
    QString title;
    static Decoded<ConversationEdit> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Data of `conversation.removed`, sent to the one user who left or was removed: their
// client deletes the conversation and its messages.
struct ConversationRemoval {
    QString id;
    QString reason; // "left" or "removed"
    static Decoded<ConversationRemoval> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// POST /conversations/{id}/read body: {messageId}; the answer and the data of `read.changed`.
struct ReadMarker {
    QString conversationId;
    QString userId;
    QString messageId;
    qint64 position = 0;

    static Decoded<ReadMarker> fromJson(const QJsonObject &json); // the body needs only messageId
    QJsonObject toJson() const;
    bool operator==(const ReadMarker &) const = default;
};

// Answer of PUT/DELETE /conversations/{id}/mute, data of `conversation.muted` (sent only to
// the user's own devices).
struct MuteState {
    QString conversationId;
    bool muted = false;
    static Decoded<MuteState> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// WebSocket typing frames. Client -> server: {"type":"typing","conversationId"}. Server ->
// the other members online: the same with "userId". Never stored, never replayed.
struct TypingFrame {
    QString conversationId;
    QString userId{}; // set by the server
    static Decoded<TypingFrame> fromJson(const QJsonObject &json); // checks type == "typing"
    QJsonObject toJson() const; // with "type"
};

} // namespace plein::protocol
