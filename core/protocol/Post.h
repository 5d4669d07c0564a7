#pragma once
#include "Attachment.h"
#include "Decoded.h"
#include "Reaction.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

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
    qint64 likeCount = 0; // the number of "like" reactions, always equal to reactions["like"]
    qint64 commentCount = 0;
    qint64 version = 0;
    bool announcement = false;
    qint64 readCount = 0;     // announcements: how many acknowledged it
    ReactionCounts reactions{};
    QList<Attachment> attachments{};
    // Per caller: present in REST answers, absent from change-log events (which everyone in
    // a scope shares). Decoding an event leaves them empty/false.
    QStringList myReactions{};
    bool acknowledged = false;

    static Decoded<Post> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;       // REST form, with the caller's fields
    QJsonObject toEventJson() const;  // change-log form, without myReactions/acknowledged
    bool operator==(const Post &) const = default;
};

// What a client sends to create a post.
struct NewPost {
    QString id;
    QString groupId; // empty: to everyone
    QString body;
    bool announcement = false;   // community managers and admins only
    QStringList attachmentIds{}; // files the author uploaded, at most kMaxAttachmentsPerPost

    static Decoded<NewPost> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// PATCH body for posts and comments: the new text and the version it was based on.
struct PostEdit {
    QString body;
    qint64 version = 0;

    static Decoded<PostEdit> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Data of `post.deleted`.
struct PostRemoval {
    QString id;
    QString groupId; // empty for a post to everyone

    static Decoded<PostRemoval> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace plein::protocol
