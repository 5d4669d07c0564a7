#include "DirectoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plein::store::directory {

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
    db.prepare("INSERT INTO org_groups(id, name, description, visibility, kind, member_count, version, is_member) "
               "VALUES(?,?,?,?,?,?,?,1) ON CONFLICT(id) DO UPDATE SET name=excluded.name, "
               "description=excluded.description, visibility=excluded.visibility, kind=excluded.kind, "
               "member_count=excluded.member_count, version=excluded.version, is_member=1 "
               "WHERE excluded.version >= org_groups.version")
        .bind(1, g.id).bind(2, g.name).bind(3, g.description).bind(4, g.visibility).bind(5, g.kind)
        .bind(6, g.memberCount).bind(7, g.version)
        .run();
    return db.changes() > 0;
}

void replaceMyGroups(Database &db, const QList<protocol::Group> &groups)
{
    db.prepare("UPDATE org_groups SET is_member = 0").run();
    for (const auto &g : groups) {
        upsertGroup(db, g);
        db.prepare("UPDATE org_groups SET is_member = 1 WHERE id = ?").bind(1, g.id).run();
    }
}

QList<protocol::Group> myGroups(Database &db)
{
    QList<protocol::Group> out;
    Statement &s = db.prepare("SELECT id, name, description, visibility, kind, member_count, version "
                              "FROM org_groups WHERE is_member = 1 ORDER BY name COLLATE NOCASE");
    while (s.step()) {
        protocol::Group g;
        g.id = s.text(0);
        g.name = s.text(1);
        g.description = s.text(2);
        g.visibility = s.text(3);
        g.kind = s.text(4);
        g.memberCount = s.integer(5);
        g.version = s.integer(6);
        out.append(g);
    }
    return out;
}

} // namespace plein::store::directory
