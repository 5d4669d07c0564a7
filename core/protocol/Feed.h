#pragma once
#include "Decoded.h"
#include "Conversation.h"
#include "Group.h"
#include "Post.h"
#include "User.h"

#include <QList>

namespace plein::protocol {

inline constexpr int kDefaultPageSize = 30;
inline constexpr int kMaxPageSize = 100;

// A page of posts, newest first; `next` is the `before` value for the following page
// (empty at the end).
struct FeedPage {
    QList<Post> items;
    QString next;
    static Decoded<FeedPage> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Everything a client needs after sign-in, read in one database snapshot.
struct Bootstrap {
    User me;
    QList<Group> groups; // the groups I am a member of
    FeedPage feed;
    qint64 cursor = 0;   // the change-log position the snapshot covers
    QList<Post> pinned{}; // announcements I may see and have not acknowledged, newest first
    QList<Conversation> conversations{}; // mine, newest activity first, with their last message
    static Decoded<Bootstrap> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace plein::protocol
