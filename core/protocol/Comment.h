#pragma once
#include "Decoded.h"
#include "Reaction.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace plein::protocol {

inline constexpr int kMaxCommentBodyLength = 10000;

struct Comment {
    QString id;          // UUIDv7 chosen by the author's client
    QString postId;
    QString authorId;
    QString authorName;
    QString body;
    qint64 createdAt = 0;
    qint64 editedAt = 0; // 0 when never edited
    qint64 version = 0;
    ReactionCounts reactions;
    QStringList myReactions; // per caller: REST answers only, absent from events

    static Decoded<Comment> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    QJsonObject toEventJson() const; // without myReactions
    bool operator==(const Comment &) const = default;
};

struct NewComment {
    QString id; // UUIDv7
    QString body;

    static Decoded<NewComment> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Comments of a post, oldest first; `next` is the `after` value for the following page
// (empty at the end).
struct CommentPage {
    QList<Comment> items;
    QString next;

    static Decoded<CommentPage> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Data of `comment.deleted`.
struct CommentRemoval {
    QString id;
    QString postId;

    static Decoded<CommentRemoval> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace plein::protocol
