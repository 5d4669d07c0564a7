#pragma once
// Reactions to posts and comments: a small fixed set of kinds, counted per kind.
#include "Decoded.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace plein::protocol {

class JsonReader;

namespace ReactionKind {
inline const QString Like = QStringLiteral("like");
inline const QString Love = QStringLiteral("love");
inline const QString Laugh = QStringLiteral("laugh");
inline const QString Wow = QStringLiteral("wow");
inline const QString Sad = QStringLiteral("sad");
inline const QString Celebrate = QStringLiteral("celebrate");
bool isValid(const QString &kind);
QStringList all(); // in display order
}

// kind -> count; on the wire a JSON object holding only kinds with a count above zero.
using ReactionCounts = QMap<QString, qint64>;
QJsonObject reactionCountsToJson(const ReactionCounts &counts);
// Reads an optional object field of counts; unknown kinds are kept (a newer server may add
// kinds; the client shows what it knows), negative or non-integer counts are refused.
ReactionCounts readReactionCounts(JsonReader &reader, const char *field);

namespace ReactionTarget {
inline const QString Post = QStringLiteral("post");
inline const QString Comment = QStringLiteral("comment");
inline const QString Message = QStringLiteral("message");
}

// Data of the `reaction.changed` event: someone's reaction was added or removed. `counts`
// are the target's counts after the change, so clients need not count themselves.
struct ReactionChange {
    QString target; // "post", "comment" or "message"
    QString id;     // the post's, the comment's or the message's id
    QString postId; // the post itself, or the post the comment belongs to; empty for messages
    QString conversationId{}; // messages only
    QString userId;
    QString kind;
    bool active = false; // true: added; false: removed
    ReactionCounts counts;

    static Decoded<ReactionChange> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const ReactionChange &) const = default;
};

// Answer of PUT/DELETE .../reactions/{kind}.
struct ReactionState {
    ReactionCounts reactions;
    QStringList myReactions;

    static Decoded<ReactionState> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const ReactionState &) const = default;
};

// One line of "who reacted".
struct Reactor {
    QString userId;
    QString name;
    QString kind;

    static Decoded<Reactor> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const Reactor &) const = default;
};

struct ReactorList {
    QList<Reactor> items;
    static Decoded<ReactorList> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace plein::protocol
