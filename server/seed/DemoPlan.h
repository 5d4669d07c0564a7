#pragma once
// What each seed scale contains: its groups, the four named demo accounts and how much
// history to write. The seeder turns a plan into rows.
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace plein::server::seed {

struct GroupSpec {
    QString name;
    QString kind;       // province, department, theme, club
    QString visibility; // public, private, secret
    int joinPercent = 0; // themes and clubs: chance that an ordinary member joins
};

struct NamedAccount {
    QString email;
    QString name;
    QString role;
    QString title;
    QString department;
    QStringList expertise;
    QStringList groups; // group names
};

struct ScalePlan {
    QString name;
    QList<GroupSpec> groups;
    QList<NamedAccount> named;
    int otherPeople = 0;
    int communityManagers = 0; // among the other people
    int admins = 0;
    int externals = 0;
    int days = 0;   // history reaches this far back
    int posts = 0;
    int everyonePercent = 0; // share of posts to everyone (when postTargets is empty)
    // Group names ("" = everyone) cycled through for each post's target; empty means pick
    // groups weighted by size. Tiny uses it to guarantee what tests rely on.
    QStringList postTargets;
    int maxCommentsPerPost = 0;
    int maxLikesPerPost = 0;
    // Chat: the named accounts always get their scripted conversations; this many more are
    // generated between other people (direct, and every fifth one a group).
    int generatedConversations = 0;
    // Benchmark scales only (issue 5), all zero for tiny and demo: this many older messages
    // between anna and bram before their scripted chat; `bigConversations` group chats of
    // `bigConversationMembers` people each with `bigConversationMessages` messages; then bulk
    // conversations (direct, every fifth a small group) until `chatMessages` messages exist.
    int pairHistory = 0;
    int bigConversations = 0;
    int bigConversationMembers = 0;
    int bigConversationMessages = 0;
    int chatMessages = 0;
};

// "tiny", "demo", "large" (the benchmark organisation) or "tiny-large" (the same shape at a
// size the tests and `scripts/bench --tiny` can afford).
std::optional<ScalePlan> planFor(const QString &scale);

} // namespace plein::server::seed
