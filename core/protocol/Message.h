#pragma once
// Chat messages: what is stored, what a client sends, and the pages history is read in.
#include "Attachment.h"
#include "Decoded.h"
#include "Reaction.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace plein::protocol {

inline constexpr int kMaxMessageBodyLength = 10000;
inline constexpr int kMaxReplyExcerptLength = 200;
inline constexpr int kMaxMessagePageSize = 100; // GET .../messages?limit= (default 50)

// What a reply shows of the message it quotes, so the quoted one need not be cached.
struct ReplyQuote {
    QString id;
    QString authorId;
    QString authorName;
    QString excerpt; // the start of the original's body, at most kMaxReplyExcerptLength
    bool deleted = false; // the original was deleted since: show "deleted message"

    static Decoded<ReplyQuote> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const ReplyQuote &) const = default;
};

struct Message {
    QString id;             // UUIDv7 chosen by the author's client
    QString conversationId;
    QString authorId;
    QString authorName;
    QString body;
    qint64 position = 0;    // per conversation 1, 2, 3, ... assigned by the server: the order
    qint64 createdAt = 0;   // UTC ms, set by the server
    qint64 editedAt = 0;    // 0 when never edited
    qint64 version = 0;
    ReplyQuote replyTo{};   // empty id: not a reply
    QList<Attachment> attachments{};
    ReactionCounts reactions{};
    QStringList myReactions{}; // per caller: REST answers only, absent from events

    static Decoded<Message> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    QJsonObject toEventJson() const; // without myReactions
    bool operator==(const Message &) const = default;
};

// POST /conversations/{id}/messages.
struct NewMessage {
    QString id;       // UUIDv7
    QString body;     // may be empty when there are attachments
    QString replyTo{}; // id of a message in the same conversation, or empty
    QStringList attachmentIds{}; // files the author uploaded, at most kMaxAttachmentsPerPost

    static Decoded<NewMessage> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// GET /conversations/{id}/messages?before=|after=&limit=: oldest first; `hasMore` says whether
// there are more messages further in the direction asked (older for before, newer for after;
// older when neither was given, which returns the newest page).
struct MessagePage {
    QList<Message> items;
    bool hasMore = false;

    static Decoded<MessagePage> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Data of `message.deleted`.
struct MessageRemoval {
    QString id;
    QString conversationId;
    qint64 position = 0;

    static Decoded<MessageRemoval> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace plein::protocol
