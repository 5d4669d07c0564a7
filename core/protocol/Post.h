#pragma once
#include "Decoded.h"

#include <QJsonObject>

namespace plein::protocol {

inline constexpr int kMaxPostBodyLength = 10000;

struct Post {
    QString id;          // UUIDv7 chosen by the author's client
    QString authorId;
    QString authorName;
    QString groupId;     // empty: posted to everyone in the organisation
    QString groupName;
    QString body;
    qint64 createdAt = 0; // UTC ms, set by the server
    qint64 editedAt = 0;  // 0 when never edited
    qint64 likeCount = 0;
    qint64 commentCount = 0;
    qint64 version = 0;

    static Decoded<Post> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const Post &) const = default;
};

// What a client sends to create a post.
struct NewPost {
    QString id;
    QString groupId; // empty: to everyone
    QString body;

    static Decoded<NewPost> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace plein::protocol
