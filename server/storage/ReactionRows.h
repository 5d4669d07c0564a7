#pragma once
// Reactions on posts (table `reactions`), comments (`comment_reactions`) and chat messages
// (`message_reactions`).
#include "protocol/Reaction.h"

#include <QSqlDatabase>

namespace plein::server::reactions {

enum class Target { Post, Comment, Message };

// Adds (active) or removes one reaction; true when that changed anything.
bool set(const QSqlDatabase &db, Target target, const QString &id, const QString &userId, const QString &kind,
         bool active, qint64 at);
protocol::ReactionCounts counts(const QSqlDatabase &db, Target target, const QString &id);
QStringList mine(const QSqlDatabase &db, Target target, const QString &id, const QString &userId);
QList<protocol::Reactor> reactors(const QSqlDatabase &db, Target target, const QString &id);

// Decoders for the group_concat columns the post and comment queries select:
// "like=3,wow=1" and "like,wow".
protocol::ReactionCounts parseCounts(const QString &concatenated);
QStringList parseKinds(const QString &concatenated);

} // namespace plein::server::reactions
