#pragma once
// Writes a demo organisation into an empty database, deterministically (fixed seed), in one
// transaction: people, groups, memberships, join requests and an invitation, posts with
// comments and reactions, announcements with some acknowledgements, and a
// post.created change-log event for every post in creation order, so a client that syncs
// from cursor 0 sees the same history that /feed pages through.
#include "seed/DemoPlan.h"

#include <QSqlDatabase>
#include <QStringList>

namespace plein::server::seed {

struct SeedSummary {
    int people = 0;
    int groups = 0;
    int posts = 0;         // ordinary posts
    int announcements = 0; // posts too, counted apart
    int comments = 0;
    int likes = 0;
    int conversations = 0;
    int messages = 0;
    // Benchmark scales: the anna-bram conversation and the big group conversations.
    QString pairConversation;
    QStringList bigConversations;
};

SeedSummary seedDemo(const QSqlDatabase &db, const ScalePlan &plan, const QString &password, qint64 nowMs);

} // namespace plein::server::seed
