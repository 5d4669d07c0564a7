#pragma once
// The benchmark organisation's manifest (`plein-server seed --bench-manifest FILE`): every
// person with a year-long access token, the big group conversations with their members, the
// anna-bram conversation, and the change log's end when it was seeded.
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace plein::bench {

struct Person {
    QString id;
    QString email;
    QString role;
    QString token;
};

struct BigConversation {
    QString id;
    QStringList members; // user ids
};

struct Manifest {
    QList<Person> people;
    QList<BigConversation> bigConversations;
    QString pairConversation;
    qint64 cursor = 0;
    QHash<QString, int> indexById;

    static std::optional<Manifest> load(const QString &path, QString *error);
    const Person &person(const QString &id) const { return people.at(indexById.value(id)); }
};

} // namespace plein::bench
