#include "seed/DemoSeeder.h"
#include "auth/PasswordHash.h"
#include "protocol/Event.h"
#include "protocol/User.h"
#include "seed/DemoContent.h"
#include "seed/SeedRandom.h"
#include "storage/ChangeLog.h"
#include "storage/ConversationRows.h"
#include "storage/MessageRows.h"
#include "storage/GroupRows.h"
#include "storage/AcknowledgementRows.h"
#include "storage/InteractionRows.h"
#include "storage/MembershipRows.h"
#include "storage/ReactionRows.h"
#include "storage/Sql.h"
#include "storage/PostRows.h"
#include "storage/Transaction.h"
#include "storage/UserRows.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <memory>

namespace plein::server::seed {

namespace {

constexpr quint64 kSeed = 20260101;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

struct Person {
    protocol::User user;
    QString province;
};

struct SeededGroup {
    GroupSpec spec;
    QString id;
    QList<int> members; // indexes into the people list
};

class Seeder {
public:
    Seeder(const QSqlDatabase &db, const ScalePlan &plan, qint64 now)
        : m_db(db), m_plan(plan), m_now(now), m_random(kSeed)
    {
    }

    SeedSummary run(const QString &password)
    {
        // Demo-only shortcut: every demo account shares one password, so it is hashed once
        // and the same argon2id string is stored for all of them. Hashing 800 passwords
        // separately would take minutes. Real accounts always get their own salted hash.
        const QString sharedHash = password::hash(password);
        Transaction tx(m_db, Transaction::Kind::Write);
        createGroups();
        createPeople(sharedHash);
        joinGroups();
        createPosts();
        // Issue 3 content comes after everything above, so the random draws that made the
        // older content (and the tests that rely on it) stay exactly as they were.
        addJoinRequests();
        addInvitation();
        addOtherReactions();
        addAnnouncements();
        addCommentReactions();
        // Issue 4: chats, after all the above for the same reason.
        addScriptedChats();
        addGeneratedChats();
        addBenchmarkChats(); // nothing at the tiny and demo scales
        logPostsInOrder();
        m_insertMessage.reset();
        tx.commit();
        return m_summary;
    }

private:
    QString idAt(qint64 ms) { return m_random.uuidV7(ms); }
    int groupIndex(const QString &name) const { return m_groupByName.value(name, -1); }

    void createGroups()
    {
        const qint64 founded = m_now - 400 * kDay;
        for (const GroupSpec &spec : m_plan.groups) {
            SeededGroup g{spec, idAt(founded + m_groups.size() * kMinute), {}};
            protocol::Group row;
            row.id = g.id;
            row.name = spec.name;
            row.kind = spec.kind;
            row.visibility = spec.visibility;
            row.description = describe(spec);
            row.version = 1;
            groups::insert(m_db, row, founded);
            m_groupByName.insert(spec.name, int(m_groups.size()));
            m_groups.append(g);
        }
        m_summary.groups = int(m_groups.size());
    }

    static QString describe(const GroupSpec &spec)
    {
        if (spec.kind == QLatin1String("province"))
            return QStringLiteral("Collega's die in %1 wonen of werken: nieuws uit de regio, carpoolen en "
                                  "lokale initiatieven.")
                .arg(spec.name);
        if (const DepartmentInfo *dept = content::department(spec.name)) return dept->description;
        if (const TopicGroupInfo *topic = content::topicGroup(spec.name)) return topic->description;
        return QStringLiteral("Werkruimte van %1: planning, stukken en overleg.").arg(spec.name); // benchmark scales
    }

    QStringList groupNamesOfKind(const QString &kind) const
    {
        QStringList names;
        for (const SeededGroup &g : m_groups)
            if (g.spec.kind == kind) names.append(g.spec.name);
        return names;
    }

    void createPeople(const QString &passwordHash)
    {
        const qint64 joined = m_now - 365 * kDay;
        for (const NamedAccount &named : m_plan.named) {
            Person p;
            p.user.id = idAt(joined + m_people.size() * 1000);
            p.user.email = named.email;
            p.user.name = named.name;
            p.user.title = named.title;
            p.user.department = named.department;
            p.user.expertise = named.expertise;
            p.user.role = named.role;
            p.user.version = 1;
            addPerson(p, passwordHash, joined);
        }

        const QStringList provinces = groupNamesOfKind(QStringLiteral("province"));
        const QStringList departments = groupNamesOfKind(QStringLiteral("department"));
        QSet<QString> takenNames;
        for (const Person &p : m_people) takenNames.insert(p.user.name);
        for (int i = 0; i < m_plan.otherPeople; ++i) {
            Person p;
            do {
                p.user.name = m_random.pick(content::firstNames()) + QLatin1Char(' ') + m_random.pick(content::surnames());
            } while (takenNames.contains(p.user.name));
            takenNames.insert(p.user.name);
            p.user.id = idAt(joined + m_people.size() * 1000);
            p.user.email = emailFor(p.user.name);
            p.user.version = 1;
            p.user.role = roleForOther(i);
            if (p.user.role == protocol::Role::External) {
                p.user.department = QStringLiteral("Extern");
                p.user.title = QStringLiteral("Adviseur (extern)");
                p.user.expertise = {m_random.pick(content::sharedExpertise())};
            } else {
                p.province = m_random.pick(provinces);
                p.user.department = m_random.pick(departments);
                const DepartmentInfo *dept = content::department(p.user.department);
                p.user.title = p.user.role == protocol::Role::CommunityManager ? QStringLiteral("Community manager")
                                                                               : m_random.pick(dept->titles);
                p.user.expertise = pickExpertise(dept->expertise);
            }
            addPerson(p, passwordHash, joined);
        }
        m_summary.people = int(m_people.size());
    }

    QString roleForOther(int index) const
    {
        if (index < m_plan.communityManagers) return protocol::Role::CommunityManager;
        if (index < m_plan.communityManagers + m_plan.admins) return protocol::Role::Admin;
        if (index >= m_plan.otherPeople - m_plan.externals) return protocol::Role::External;
        return protocol::Role::Member;
    }

    QStringList pickExpertise(const QStringList &own)
    {
        QStringList picked;
        const int count = 2 + m_random.below(3);
        while (picked.size() < count) {
            const QString e = m_random.percent(70) ? m_random.pick(own) : m_random.pick(content::sharedExpertise());
            if (!picked.contains(e)) picked.append(e);
        }
        return picked;
    }

    QString emailFor(const QString &name)
    {
        QString local;
        for (const QChar c : name.toLower()) {
            if (c.isLetter() && c.unicode() < 128) local.append(c);
            else if (c == QLatin1Char(' ') && !local.contains(QLatin1Char('.'))) local.append(QLatin1Char('.'));
        }
        QString email = local + QStringLiteral("@plein.demo");
        for (int n = 2; m_emails.contains(email); ++n) email = local + QString::number(n) + QStringLiteral("@plein.demo");
        return email;
    }

    void addPerson(const Person &p, const QString &passwordHash, qint64 joined)
    {
        users::insert(m_db, p.user, passwordHash, joined);
        m_emails.insert(p.user.email);
        m_people.append(p);
    }

    void join(int person, int group)
    {
        if (group < 0 || m_groups[group].members.contains(person)) return;
        // The first member of each group administers it.
        const QString role = m_groups[group].members.isEmpty() ? QStringLiteral("admin") : QStringLiteral("member");
        groups::addMember(m_db, m_groups[group].id, m_people[person].user.id, role, m_now - 300 * kDay);
        m_groups[group].members.append(person);
    }

    void joinGroups()
    {
        for (int i = 0; i < m_plan.named.size(); ++i)
            for (const QString &name : m_plan.named[i].groups) join(i, groupIndex(name));

        for (int i = int(m_plan.named.size()); i < m_people.size(); ++i) {
            if (m_people[i].user.role == protocol::Role::External) {
                // Externals see only the one group they were invited to.
                QList<int> open;
                for (int g = 0; g < m_groups.size(); ++g)
                    if (m_groups[g].spec.joinPercent > 0 && m_groups[g].spec.visibility != QLatin1String("secret"))
                        open.append(g);
                join(i, m_random.pick(open));
                continue;
            }
            join(i, groupIndex(m_people[i].province));
            join(i, groupIndex(m_people[i].user.department));
            for (int g = 0; g < m_groups.size(); ++g)
                if (m_groups[g].spec.joinPercent > 0 && m_random.percent(m_groups[g].spec.joinPercent)) join(i, g);
        }
    }

    // -1 is "everyone".
    int targetFor(int postIndex)
    {
        if (!m_plan.postTargets.isEmpty()) {
            const QString name = m_plan.postTargets.at(postIndex % m_plan.postTargets.size());
            return name.isEmpty() ? -1 : groupIndex(name);
        }
        if (m_random.percent(m_plan.everyonePercent)) return -1;
        // Bigger groups talk more, but not linearly: a club of 40 still has a lively feed.
        qint64 total = 0;
        QList<qint64> weights;
        for (const SeededGroup &g : m_groups) {
            weights.append(10 + qint64(g.members.size()));
            total += weights.last();
        }
        qint64 r = m_random.below64(total);
        for (int g = 0; g < weights.size(); ++g) {
            if (r < weights[g]) return g;
            r -= weights[g];
        }
        return int(m_groups.size()) - 1;
    }

    // Office hours, mostly: posts cluster between 8 and 18 on any of the last `days` days.
    qint64 postTime()
    {
        static const QList<int> hours{7, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 19, 20, 21};
        const qint64 dayStart = m_now - m_now % kDay - m_random.below(m_plan.days) * kDay;
        qint64 t = dayStart + m_random.pick(hours) * 60 * kMinute + m_random.below(60) * kMinute +
                   m_random.below(60000);
        while (t > m_now) t -= kDay;
        return t;
    }

    QList<int> communityManagers() const
    {
        QList<int> out;
        for (int i = 0; i < m_people.size(); ++i)
            if (m_people[i].user.role == protocol::Role::CommunityManager) out.append(i);
        return out;
    }

    QList<int> everyoneButExternals() const
    {
        QList<int> out;
        for (int i = 0; i < m_people.size(); ++i)
            if (m_people[i].user.role != protocol::Role::External) out.append(i);
        return out;
    }

    QString composeBody(int group)
    {
        if (group < 0) return content::compose(m_random.pick(content::everyonePosts()), m_random, {}, {});
        const SeededGroup &g = m_groups[group];
        if (const ProvinceInfo *province = content::province(g.spec.name))
            return content::compose(m_random.pick(content::provincePosts()), m_random, g.spec.name, province->places);
        if (const TopicGroupInfo *topic = content::topicGroup(g.spec.name))
            return content::compose(m_random.pick(topic->posts), m_random, g.spec.name, {});
        return content::compose(m_random.pick(content::departmentPosts()), m_random, g.spec.name, {});
    }

    void createPosts()
    {
        const QList<int> managers = communityManagers();
        const QList<int> staff = everyoneButExternals();
        for (int i = 0; i < m_plan.posts; ++i) {
            const int group = targetFor(i);
            const QList<int> &audience = group < 0 ? staff : m_groups[group].members;
            if (audience.isEmpty()) continue;
            const int author = group < 0 ? m_random.pick(managers) : m_random.pick(audience);

            protocol::Post post;
            post.createdAt = postTime();
            post.id = idAt(post.createdAt);
            post.authorId = m_people[author].user.id;
            post.groupId = group < 0 ? QString() : m_groups[group].id;
            post.body = composeBody(group);
            post.version = 1;
            posts::insert(m_db, post);
            m_posts.append({post.createdAt, post.id, group});
            ++m_summary.posts;
            addReactions(post, audience);
        }
    }

    void addReactions(const protocol::Post &post, const QList<int> &audience)
    {
        // Most posts get a little attention, a few get a lot.
        const int comments = m_random.percent(60) ? m_random.below(m_plan.maxCommentsPerPost + 1) : 0;
        for (int c = 0; c < comments; ++c) {
            const qint64 at = std::min(m_now - 1000, post.createdAt + 5 * kMinute + m_random.below64(2 * kDay));
            const int who = m_random.pick(audience);
            interactions::addComment(m_db, idAt(at), post.id, m_people[who].user.id,
                                     content::compose(m_random.pick(content::comments()), m_random, {}, {}), at);
            ++m_summary.comments;
        }
        const int likes = m_random.below(std::min<int>(m_plan.maxLikesPerPost, int(audience.size())) + 1);
        QSet<int> liked;
        for (int l = 0; l < likes; ++l) {
            const int who = m_random.pick(audience);
            if (liked.contains(who)) continue;
            liked.insert(who);
            const qint64 at = std::min(m_now - 1000, post.createdAt + m_random.below64(kDay));
            interactions::addLike(m_db, post.id, m_people[who].user.id, at);
            ++m_summary.likes;
        }
    }

    // Ordinary people (not the named accounts, not externals) outside `group`.
    QList<int> outsiders(int group) const
    {
        QList<int> out;
        for (int i = int(m_plan.named.size()); i < m_people.size(); ++i)
            if (m_people[i].user.role != protocol::Role::External && !m_groups[group].members.contains(i)) out.append(i);
        return out;
    }

    // Every private group has people waiting for its admins' decision.
    void addJoinRequests()
    {
        for (int g = 0; g < m_groups.size(); ++g) {
            if (m_groups[g].spec.visibility != QLatin1String("private")) continue;
            QList<int> candidates = outsiders(g);
            for (int n = 0; n < 2 && !candidates.isEmpty(); ++n) {
                const int who = candidates.takeAt(m_random.below(int(candidates.size())));
                memberships::setOffer(m_db, m_groups[g].id, m_people[who].user.id, QStringLiteral("requested"),
                                      m_now - (n + 1) * kDay);
            }
        }
    }

    // Each secret group has one open invitation.
    void addInvitation()
    {
        for (int g = 0; g < m_groups.size(); ++g) {
            if (m_groups[g].spec.visibility != QLatin1String("secret")) continue;
            const QList<int> candidates = outsiders(g);
            if (candidates.isEmpty()) continue;
            memberships::setOffer(m_db, m_groups[g].id, m_people[m_random.pick(candidates)].user.id,
                                  QStringLiteral("invited"), m_now - 2 * kDay);
        }
    }

    // Likes came with the posts; a quarter of the posts also get other kinds.
    void addOtherReactions()
    {
        static const QStringList kinds{QStringLiteral("love"), QStringLiteral("laugh"), QStringLiteral("wow"),
                                       QStringLiteral("sad"), QStringLiteral("celebrate")};
        const QList<int> staff = everyoneButExternals();
        for (const PostRef &ref : m_posts) {
            if (!m_random.percent(25)) continue;
            const QList<int> &audience = ref.group < 0 ? staff : m_groups[ref.group].members;
            const int count = 1 + m_random.below(3);
            for (int n = 0; n < count; ++n) {
                const qint64 at = std::min(m_now - 1000, ref.createdAt + m_random.below64(kDay));
                reactions::set(m_db, reactions::Target::Post, ref.id, m_people[m_random.pick(audience)].user.id,
                               m_random.pick(kinds), true, at);
            }
        }
    }

    // Two announcements to everyone from anna: the older one already read by about a third
    // of the organisation (the admin account included), the newer one by nobody yet.
    void addAnnouncements()
    {
        static const QStringList bodies{
            QStringLiteral("**Let op:** het intranet is zaterdag tussen 8:00 en 12:00 niet bereikbaar door onderhoud."),
            QStringLiteral("Nieuw verlofbeleid per 1 januari. Lees de samenvatting en druk op *gelezen*."),
        };
        const qint64 day = m_now - m_now % kDay;
        const QList<int> staff = everyoneButExternals();
        for (int n = 0; n < bodies.size(); ++n) {
            protocol::Post post;
            post.createdAt = std::min(m_now - 1000, day - (bodies.size() - n) * kDay + 9 * 60 * kMinute);
            post.id = idAt(post.createdAt);
            post.authorId = m_people[0].user.id; // anna, the community manager
            post.body = bodies.at(n);
            post.version = 1;
            post.announcement = true;
            posts::insert(m_db, post);
            m_posts.append({post.createdAt, post.id, -1});
            ++m_summary.announcements;
            if (n > 0) continue;
            for (int i : staff) {
                const bool isAdmin = m_people[i].user.email == QLatin1String("admin@plein.demo");
                const bool isBram = m_people[i].user.email == QLatin1String("bram@plein.demo");
                if (isAdmin || (!isBram && m_random.percent(33)))
                    acknowledgements::add(m_db, post.id, m_people[i].user.id, post.createdAt + kDay / 2);
            }
        }
    }

    // A fifth of the comments get a reaction or two from the post's audience.
    void addCommentReactions()
    {
        static const QStringList kinds{QStringLiteral("like"), QStringLiteral("like"), QStringLiteral("laugh"),
                                       QStringLiteral("love")};
        const QList<int> staff = everyoneButExternals();
        QHash<QString, int> groupOfPost;
        for (const PostRef &ref : m_posts) groupOfPost.insert(ref.id, ref.group);
        // In id order, which is creation order: deterministic, like the rest of the seed.
        QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT id, post_id, created_at FROM comments ORDER BY id"));
        struct Row { QString id; QString postId; qint64 at; };
        QList<Row> rows;
        while (q.next()) rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
        for (const Row &c : rows) {
            if (!m_random.percent(20)) continue;
            const int group = groupOfPost.value(c.postId, -1);
            const QList<int> &audience = group < 0 ? staff : m_groups[group].members;
            for (int n = 1 + m_random.below(2); n > 0; --n)
                reactions::set(m_db, reactions::Target::Comment, c.id, m_people[m_random.pick(audience)].user.id,
                               m_random.pick(kinds), true, std::min(m_now - 1000, c.at + m_random.below64(kDay)));
        }
    }

    // One line of a seeded conversation: who says it, how long before now, and optionally
    // the earlier line (index) it replies to.
    struct ChatLine {
        int author;
        qint64 minutesAgo;
        QString body;
        int replyTo = -1;
    };

    QString startConversation(const QList<int> &members, const QString &title, qint64 at)
    {
        protocol::Conversation c;
        c.id = idAt(at);
        c.title = title;
        c.direct = members.size() == 2 && title.isEmpty();
        c.createdBy = m_people[members.first()].user.id;
        c.createdAt = at;
        c.lastActivityAt = at;
        c.version = 1;
        const QString key = c.direct ? conversations::directKey(m_people[members[0]].user.id, m_people[members[1]].user.id)
                                     : QString();
        conversations::insert(m_db, c, key);
        for (int m : members) conversations::addMember(m_db, c.id, m_people[m].user.id, 0, at);
        ++m_summary.conversations;
        return c.id;
    }

    // Writes the lines in order; the author of each has read up to it. Returns the ids.
    QStringList writeLines(const QString &conversationId, const QList<ChatLine> &lines)
    {
        QStringList ids;
        for (const ChatLine &line : lines) {
            const qint64 at = std::min(m_now - 1000, m_now - line.minutesAgo * kMinute);
            protocol::Message m;
            m.id = idAt(at);
            m.conversationId = conversationId;
            m.authorId = m_people[line.author].user.id;
            m.body = line.body;
            m.position = conversations::nextPosition(m_db, conversationId, at);
            m.createdAt = at;
            m.version = 1;
            messages::insert(m_db, m, line.replyTo >= 0 ? ids.at(line.replyTo) : QString(), 0);
            conversations::advanceReadPosition(m_db, conversationId, m.authorId, m.position);
            ids.append(m.id);
            ++m_summary.messages;
        }
        return ids;
    }

    void readUpTo(const QString &conversationId, int person, qint64 position)
    {
        conversations::advanceReadPosition(m_db, conversationId, m_people[person].user.id, position);
    }

    void react(const QString &messageId, int person, const QString &kind, qint64 minutesAgo)
    {
        reactions::set(m_db, reactions::Target::Message, messageId, m_people[person].user.id, kind, true,
                       m_now - minutesAgo * kMinute);
    }

    // The named accounts' conversations, in Dutch, the same at every scale: anna and bram
    // (a reply, a reaction, and anna's last message still unread for bram: his only unread),
    // a group about Friday drinks, anna and the external adviser (they share a group), and
    // the admin and bram.
    void addScriptedChats()
    {
        const int anna = 0, bram = 1, admin = 2, extern_ = 3;
        const int first = int(m_plan.named.size()); // two ordinary colleagues for the group
        const int second = first + 1;
        constexpr qint64 kHour = 60;
        constexpr qint64 kDayMinutes = 24 * kHour;

        // Benchmark scales put a long history before the scripted lines (positions 1..history).
        const qint64 history = m_plan.pairHistory;
        const qint64 annaBramStart = history > 0 ? m_now - m_plan.days * kDay : m_now - (2 * kDayMinutes + 3 * kHour) * kMinute;
        const QString annaBram = startConversation({bram, anna}, {}, annaBramStart);
        if (history > 0) {
            writeBulk(annaBram, {bram, anna}, int(history), annaBramStart + kMinute, m_now - 3 * kDay);
            m_summary.pairConversation = annaBram;
        }
        const QStringList ab = writeLines(annaBram, {
            {bram, 2 * kDayMinutes + 3 * kHour, QStringLiteral("Hoi Anna, heb jij de presentatie voor de kwartaalbijeenkomst al af?")},
            {anna, 2 * kDayMinutes + 2 * kHour + 50, QStringLiteral("Bijna! Ik mis alleen nog de cijfers van ICT. Kun jij die sturen?")},
            {bram, 2 * kDayMinutes + 2 * kHour + 45, QStringLiteral("Komt eraan, ik zet ze vanmiddag in de gedeelde map.")},
            {anna, 2 * kDayMinutes + 2 * kHour + 44, QStringLiteral("Top, dank je wel!")},
            {anna, kDayMinutes + 5 * kHour, QStringLiteral("Zag je dat de vergaderzaal op de derde verdieping weer vrij is?")},
            {bram, kDayMinutes + 4 * kHour + 30, QStringLiteral("Ja, ik heb hem voor donderdag gereserveerd."), 4},
            {anna, 40, QStringLiteral("Kun je morgen om 10:00 even bellen over de planning?")},
        });
        react(ab.at(2), anna, QStringLiteral("like"), 2 * kDayMinutes + 2 * kHour);
        readUpTo(annaBram, bram, history + ab.size() - 1); // the last one is unread for bram

        const QString borrel = startConversation({admin, anna, bram, first, second}, QStringLiteral("Vrijdagmiddagborrel"),
                                                 m_now - (kDayMinutes + 7 * kHour) * kMinute);
        const QStringList vb = writeLines(borrel, {
            {admin, kDayMinutes + 7 * kHour, QStringLiteral("Wie gaat er vrijdag mee naar de borrel?")},
            {anna, kDayMinutes + 6 * kHour + 50, QStringLiteral("Ik ben erbij! 🎉")},
            {first, kDayMinutes + 6 * kHour + 20, QStringLiteral("Ik ook, maar ik ben er pas om half vijf.")},
            {bram, kDayMinutes + 6 * kHour, QStringLiteral("Ik kom ook. Zal ik bitterballen regelen?")},
            {admin, kDayMinutes + 5 * kHour + 40, QStringLiteral("Graag! En iets vegetarisch voor wie geen vlees eet."), 3},
            {second, 5 * kHour, QStringLiteral("Ik neem mijn gitaar mee 😄")},
        });
        react(vb.at(0), anna, QStringLiteral("celebrate"), kDayMinutes + 6 * kHour + 50);
        react(vb.at(5), bram, QStringLiteral("laugh"), 4 * kHour);
        for (int who : {admin, anna, bram, second}) readUpTo(borrel, who, vb.size());
        readUpTo(borrel, first, 4);

        const QString advies = startConversation({extern_, anna}, {}, m_now - (3 * kDayMinutes + 2 * kHour) * kMinute);
        const QStringList ae = writeLines(advies, {
            {extern_, 3 * kDayMinutes + 2 * kHour,
             QStringLiteral("Goedemorgen Anna, het conceptadvies over de energietransitie is klaar. Zal ik het in de groep Zorg delen of eerst naar jou sturen?")},
            {anna, 3 * kDayMinutes + kHour + 30, QStringLiteral("Stuur het eerst maar naar mij, dan kijk ik er vandaag naar.")},
            {extern_, 3 * kDayMinutes + kHour + 20, QStringLiteral("Prima, je hebt het in je mail.")},
        });
        readUpTo(advies, anna, ae.size());
        readUpTo(advies, extern_, ae.size());

        const QString backup = startConversation({admin, bram}, {}, m_now - (9 * kHour) * kMinute);
        const QStringList bb = writeLines(backup, {
            {admin, 9 * kHour, QStringLiteral("Bram, de back-up van de databaseserver gaf vannacht een waarschuwing. Kun jij even kijken?")},
            {bram, 8 * kHour + 30, QStringLiteral("Ik zie het: de schijf was vol. Opgeruimd en de back-up opnieuw gestart.")},
            {admin, 8 * kHour + 25, QStringLiteral("Dank je! Laat je weten als hij klaar is?")},
            {bram, 7 * kHour, QStringLiteral("Klaar, alles groen ✅")},
        });
        react(bb.at(3), admin, QStringLiteral("love"), 6 * kHour);
        readUpTo(backup, admin, bb.size());
        readUpTo(backup, bram, bb.size());
    }

    // The demo scale's other conversations: ordinary colleagues, mostly 1:1, over the last
    // weeks, most read, some with a few unread messages.
    void addGeneratedChats()
    {
        static const QStringList titles{
            QStringLiteral("Projectteam {month}"), QStringLiteral("Lunchgroep"), QStringLiteral("Werkgroep {expertise}"),
            QStringLiteral("Verhuizing {room}"), QStringLiteral("Kerstborrel"), QStringLiteral("Inwerken nieuwe collega's"),
        };
        QList<int> staff;
        for (int i = int(m_plan.named.size()); i < m_people.size(); ++i)
            if (m_people[i].user.role != protocol::Role::External) staff.append(i);
        if (staff.size() < 6) return;
        QSet<QString> pairs;
        for (int n = 0; n < m_plan.generatedConversations; ++n) {
            const bool group = n % 5 == 4;
            QList<int> members;
            const int size = group ? 3 + m_random.below(4) : 2;
            while (members.size() < size) {
                const int who = m_random.pick(staff);
                if (!members.contains(who)) members.append(who);
            }
            if (!group) {
                const QString key = conversations::directKey(m_people[members[0]].user.id, m_people[members[1]].user.id);
                if (pairs.contains(key)) continue;
                pairs.insert(key);
            }
            const QString title = group ? content::compose(m_random.pick(titles), m_random, {}, {}) : QString();
            const qint64 startMinutesAgo = 60 + m_random.below64(30 * 24 * 60);
            const int count = 3 + m_random.below(12);
            QList<ChatLine> lines;
            qint64 minutesAgo = startMinutesAgo;
            for (int l = 0; l < count; ++l) {
                const QString pattern = l == 0 ? m_random.pick(content::chatOpeners()) : m_random.pick(content::chatLines());
                // A new author each turn in 1:1s; anyone in a group.
                const int author = group ? m_random.pick(members) : members[l % 2];
                lines.append({author, minutesAgo, content::compose(pattern, m_random, {}, {})});
                minutesAgo = std::max<qint64>(1, minutesAgo - 1 - m_random.below64(180));
            }
            const QString id = startConversation(members, title, m_now - startMinutesAgo * kMinute - kMinute);
            const QStringList ids = writeLines(id, lines);
            for (int m : members) {
                const int unread = m_random.percent(25) ? 1 + m_random.below(3) : 0;
                readUpTo(id, m, std::max<qint64>(0, ids.size() - unread));
            }
            for (int l = 0; l < ids.size(); ++l) {
                if (!m_random.percent(15)) continue;
                const int who = m_random.pick(members);
                react(ids.at(l), who, m_random.percent(70) ? QStringLiteral("like") : QStringLiteral("love"),
                      std::max<qint64>(1, lines.at(l).minutesAgo - 1));
            }
        }
    }

    // Many messages fast (benchmark scales): one prepared statement reused for every row,
    // positions counted here, and the conversation and its members' read positions set once
    // at the end (everyone has read everything). Times spread evenly over [from, to].
    void writeBulk(const QString &conversationId, const QList<int> &members, int count, qint64 from, qint64 to)
    {
        if (!m_insertMessage) {
            m_insertMessage = std::make_unique<QSqlQuery>(sql::prepare(
                m_db, QStringLiteral("INSERT INTO messages (id, conversation_id, position, author_id, body, created_at, "
                                     "version) VALUES (?, ?, ?, ?, ?, ?, 1)")));
        }
        QSqlQuery &q = *m_insertMessage;
        qint64 position = sql::scalar(m_db, QStringLiteral("SELECT last_position FROM conversations WHERE id = ?"),
                                      {conversationId}, 0)
                              .toLongLong();
        const qint64 step = std::max<qint64>(1, (to - from) / std::max(1, count));
        qint64 at = from;
        for (int n = 0; n < count; ++n) {
            at = std::min(to, from + n * step + m_random.below64(step));
            const int author = members.size() == 2 ? members[n % 2] : m_random.pick(members);
            const QString pattern = n == 0 ? m_random.pick(content::chatOpeners()) : m_random.pick(content::chatLines());
            q.bindValue(0, idAt(at));
            q.bindValue(1, conversationId);
            q.bindValue(2, ++position);
            q.bindValue(3, m_people[author].user.id);
            q.bindValue(4, content::compose(pattern, m_random, {}, {}));
            q.bindValue(5, at);
            sql::exec(q);
        }
        m_summary.messages += count;
        sql::run(m_db,
                 QStringLiteral("UPDATE conversations SET last_position = ?, last_activity_at = MAX(last_activity_at, ?) "
                                "WHERE id = ?"),
                 {position, at, conversationId});
        sql::run(m_db, QStringLiteral("UPDATE conversation_members SET read_position = ? WHERE conversation_id = ?"),
                 {position, conversationId});
    }

    // Benchmark scales: the big group conversations (every staff member in at least one when
    // there are enough of them), then bulk conversations until the plan's message count.
    void addBenchmarkChats()
    {
        if (m_plan.chatMessages <= 0) return;
        QList<int> staff;
        for (int i = 0; i < m_people.size(); ++i)
            if (m_people[i].user.role != protocol::Role::External) staff.append(i);
        const int size = std::min<int>(m_plan.bigConversationMembers, int(staff.size()));
        for (int k = 0; k < m_plan.bigConversations; ++k) {
            QList<int> members;
            for (int j = 0; j < size; ++j) members.append(staff[(k * size + j) % staff.size()]);
            const qint64 start = m_now - 60 * kDay - k * kMinute;
            const QString id = startConversation(members, QStringLiteral("Teamoverleg %1").arg(k + 1), start);
            writeBulk(id, members, m_plan.bigConversationMessages, start + kMinute, m_now - kDay);
            m_summary.bigConversations.append(id);
        }
        for (int n = 0; m_summary.messages < m_plan.chatMessages; ++n) {
            const bool group = n % 5 == 4;
            QList<int> members;
            const int people = group ? 3 + m_random.below(6) : 2;
            while (members.size() < people) {
                const int who = m_random.pick(staff);
                if (!members.contains(who)) members.append(who);
            }
            if (!group) {
                const QString key = conversations::directKey(m_people[members[0]].user.id, m_people[members[1]].user.id);
                // One direct conversation per pair: skip pairs the earlier chats already have.
                if (sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE direct_key = ?"), {key}, 0)
                        .toInt() > 0)
                    continue;
            }
            const int count = std::min(20 + m_random.below(80), m_plan.chatMessages - m_summary.messages);
            const qint64 start = m_now - 1 * kDay - m_random.below64(60 * kDay);
            const QString title = group ? QStringLiteral("Overleg %1").arg(n) : QString();
            const QString id = startConversation(members, title, start);
            writeBulk(id, members, count, start + kMinute, std::min(m_now - kMinute, start + 7 * kDay));
        }
    }

    void logPostsInOrder()
    {
        std::sort(m_posts.begin(), m_posts.end(), [](const PostRef &a, const PostRef &b) {
            return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
        });
        ChangeLog log(m_db);
        for (const PostRef &ref : m_posts) {
            const protocol::Post stored = posts::findById(m_db, ref.id).value();
            log.append(ref.group < 0 ? Scope::org() : Scope::group(m_groups[ref.group].id),
                       protocol::EventName::PostCreated, ref.id, stored.version, stored.toEventJson(), ref.createdAt);
        }
    }

    struct PostRef {
        qint64 createdAt;
        QString id;
        int group;
    };

    QSqlDatabase m_db;
    const ScalePlan &m_plan;
    qint64 m_now;
    SeedRandom m_random;
    QList<SeededGroup> m_groups;
    QHash<QString, int> m_groupByName;
    QList<Person> m_people;
    QSet<QString> m_emails;
    QList<PostRef> m_posts;
    SeedSummary m_summary;
    std::unique_ptr<QSqlQuery> m_insertMessage;
};

} // namespace

SeedSummary seedDemo(const QSqlDatabase &db, const ScalePlan &plan, const QString &password, qint64 nowMs)
{
    return Seeder(db, plan, nowMs).run(password);
}

} // namespace plein::server::seed
