#pragma once
// Announcements: who has pressed "read".
#include "Decoded.h"
#include "User.h"

#include <QJsonObject>
#include <QList>

namespace plein::protocol {

// GET /posts/{id}/acknowledgements: the audience is everyone who may see the post.
struct Acknowledgements {
    qint64 readCount = 0;
    qint64 audienceCount = 0;
    QList<UserRef> read;
    QList<UserRef> unread;

    static Decoded<Acknowledgements> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Answer of PUT /posts/{id}/acknowledgement.
struct AcknowledgementState {
    qint64 readCount = 0;
    static Decoded<AcknowledgementState> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Data of `announcement.read`.
struct AnnouncementRead {
    QString postId;
    QString userId;
    qint64 readCount = 0;

    static Decoded<AnnouncementRead> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const AnnouncementRead &) const = default;
};

} // namespace plein::protocol
