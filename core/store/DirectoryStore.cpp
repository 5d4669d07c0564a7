#include "DirectoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plein::store::directory {

bool MembershipState::isMember(const QString &state) { return state == Member || state == Admin; }

namespace {
constexpr const char *kGroupColumns = "id, name, description, visibility, kind, member_count, version, membership";

protocol::Group readGroup(const Statement &s)
{
    protocol::Group g;
    g.id = s.text(0);
    g.name = s.text(1);
    g.description = s.text(2);
    g.visibility = s.text(3);
    g.kind = s.text(4);
    g.memberCount = s.integer(5);
    g.version = s.integer(6);
    g.membership = s.text(7);
    return g;
}

QList<protocol::Group> groupsWhere(Database &db, const char *where, const QString &query)
{
    const QByteArray sql = QByteArray("SELECT ") + kGroupColumns + " FROM org_groups WHERE " + where +
        " AND (?1 = '' OR instr(lower(name), lower(?1)) > 0 OR instr(lower(description), lower(?1)) > 0)"
        " ORDER BY name COLLATE NOCASE";
    Statement &s = db.prepare(sql.constData());
    s.bind(1, query.trimmed().isNull() ? QStringLiteral("") : query.trimmed());
    QList<protocol::Group> out;
    while (s.step()) out.append(readGroup(s));
    return out;
}
}

bool upsertUser(Database &db, const protocol::User &u)
{
    db.prepare("INSERT INTO users(id, email, name, title, department, expertise, role, version) "
               "VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET email=excluded.email, name=excluded.name, "
               "title=excluded.title, department=excluded.department, expertise=excluded.expertise, "
               "role=excluded.role, version=excluded.version WHERE excluded.version >= users.version")
        .bind(1, u.id).bind(2, u.email).bind(3, u.name).bind(4, u.title).bind(5, u.department)
        .bind(6, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(u.expertise)).toJson(QJsonDocument::Compact)))
        .bind(7, u.role).bind(8, u.version)
        .run();
    return db.changes() > 0;
}

std::optional<protocol::User> user(Database &db, const QString &id)
{
    Statement &s = db.prepare("SELECT id, email, name, title, department, expertise, role, version FROM users WHERE id = ?");
    s.bind(1, id);
    std::optional<protocol::User> out;
    if (s.step()) {
        protocol::User u;
        u.id = s.text(0);
        u.email = s.text(1);
        u.name = s.text(2);
        u.title = s.text(3);
        u.department = s.text(4);
        for (const auto &v : QJsonDocument::fromJson(s.text(5).toUtf8()).array()) u.expertise.append(v.toString());
        u.role = s.text(6);
        u.version = s.integer(7);
        out = u;
    }
    s.reset();
    return out;
}

bool upsertGroup(Database &db, const protocol::Group &g)
{
    db.prepare("INSERT INTO org_groups(id, name, description, visibility, kind, member_count, version, membership) "
               "VALUES(?,?,?,?,?,?,?,'none') ON CONFLICT(id) DO UPDATE SET name=excluded.name, "
               "description=excluded.description, visibility=excluded.visibility, kind=excluded.kind, "
               "member_count=excluded.member_count, version=excluded.version "
               "WHERE excluded.version > org_groups.version OR excluded.member_count != org_groups.member_count")
        .bind(1, g.id).bind(2, g.name).bind(3, g.description).bind(4, g.visibility).bind(5, g.kind)
        .bind(6, g.memberCount).bind(7, g.version)
        .run();
    bool changed = db.changes() > 0;
    if (!g.membership.isEmpty()) changed = setMembership(db, g.id, g.membership) || changed;
    return changed;
}

bool setMembership(Database &db, const QString &groupId, const QString &state)
{
    db.prepare("UPDATE org_groups SET membership = ?1, is_member = ?2 WHERE id = ?3 AND membership != ?1")
        .bind(1, state).bind(2, MembershipState::isMember(state) ? 1 : 0).bind(3, groupId).run();
    return db.changes() > 0;
}

QString membership(Database &db, const QString &groupId)
{
    Statement &s = db.prepare("SELECT membership FROM org_groups WHERE id = ?");
    s.bind(1, groupId);
    QString out = s.step() ? s.text(0) : MembershipState::None;
    s.reset();
    return out;
}

void replaceMyGroups(Database &db, const QList<protocol::Group> &groups)
{
    db.prepare("UPDATE org_groups SET membership = 'none', is_member = 0 WHERE membership IN ('member','admin')").run();
    for (const auto &g : groups) {
        protocol::Group mine = g;
        if (!MembershipState::isMember(mine.membership)) mine.membership = MembershipState::Member;
        upsertGroup(db, mine);
    }
}

bool removeGroup(Database &db, const QString &groupId)
{
    db.prepare("DELETE FROM org_groups WHERE id = ?").bind(1, groupId).run();
    return db.changes() > 0;
}

std::optional<protocol::Group> group(Database &db, const QString &id)
{
    static const QByteArray sql = QByteArray("SELECT ") + kGroupColumns + " FROM org_groups WHERE id = ?";
    Statement &s = db.prepare(sql.constData());
    s.bind(1, id);
    std::optional<protocol::Group> out;
    if (s.step()) out = readGroup(s);
    s.reset();
    return out;
}

QList<protocol::Group> myGroups(Database &db) { return groupsWhere(db, "membership IN ('member','admin')", {}); }

QList<protocol::Group> searchMyGroups(Database &db, const QString &query)
{
    return groupsWhere(db, "membership IN ('member','admin')", query);
}

QList<protocol::Group> otherGroups(Database &db, const QString &query)
{
    return groupsWhere(db, "membership NOT IN ('member','admin')", query);
}

} // namespace plein::store::directory
