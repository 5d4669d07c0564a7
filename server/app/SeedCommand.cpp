#include "app/SeedCommand.h"
#include "app/CommandLine.h"
#include "auth/PasswordHash.h"
#include "seed/DemoSeeder.h"
#include "storage/Database.h"
#include "storage/UserRows.h"
#include "auth/Sessions.h"
#include "storage/ChangeLog.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <cstdio>
#include <exception>

namespace plein::server {

namespace {

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "plein-server: %s\n", qPrintable(message));
    return code;
}

// --force starts from an empty file rather than deleting rows: the change-log sequence
// restarts too, so clients holding a cursor from the old data get 410 and bootstrap again.
bool removeDatabaseFiles(const QString &dir, QString *error)
{
    const QString file = Database::fileIn(dir);
    for (const QString &path : {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")}) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = QStringLiteral("cannot delete %1").arg(path);
            return false;
        }
    }
    return true;
}

// Benchmarks connect 1,000 sockets and post as many people: one sign-in each would cost an
// argon2id verification (~0.1 s) apiece, so the seed hands out year-long access tokens
// instead, for benchmark organisations only (the caller asks with --bench-manifest).
bool writeBenchManifest(const QSqlDatabase &db, const seed::SeedSummary &summary, const QString &path, QString *error)
{
    constexpr qint64 kYear = 365LL * 24 * 3600;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray people;
    {
        Transaction tx(db, Transaction::Kind::Write);
        Sessions sessions(db, kYear);
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT id, email, role FROM users ORDER BY rowid"));
        QList<QPair<QString, QJsonObject>> rows;
        while (q.next()) {
            rows.append({q.value(0).toString(),
                         QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                     {QStringLiteral("email"), q.value(1).toString()},
                                     {QStringLiteral("role"), q.value(2).toString()}}});
        }
        q.finish();
        for (auto &[id, person] : rows) {
            person.insert(QStringLiteral("token"), sessions.start(id, now).accessToken);
            people.append(person);
        }
        tx.commit();
    }
    QJsonArray big;
    for (const QString &id : summary.bigConversations) {
        QJsonArray members;
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT user_id FROM conversation_members WHERE conversation_id = ? "
                                                  "ORDER BY user_id"),
                               {id});
        while (q.next()) members.append(q.value(0).toString());
        big.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("members"), members}});
    }
    const QJsonObject manifest{{QStringLiteral("people"), people},
                               {QStringLiteral("bigConversations"), big},
                               {QStringLiteral("pairConversation"), summary.pairConversation},
                               {QStringLiteral("cursor"), ChangeLog(db).maxSeq()},
                               {QStringLiteral("messages"), summary.messages},
                               {QStringLiteral("posts"), summary.posts}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace

int seedCommand(const SeedOptions &options)
{
    if (!password::initialise()) return fail(kExitFailure, QStringLiteral("libsodium could not be initialised"));
    const auto plan = seed::planFor(options.scale);
    if (!plan) return fail(kExitUsage, QStringLiteral("unknown scale %1").arg(options.scale));

    QString error;
    if (options.force && !removeDatabaseFiles(options.dataDir, &error)) return fail(kExitUsage, error);
    auto database = Database::open(options.dataDir, &error);
    if (!database) return fail(kExitUsage, error);

    try {
        if (users::anyExist(database->handle())) {
            return fail(kExitUsage, QStringLiteral("%1 already holds an organisation; add --force to replace it "
                                                   "(stop any server using it first)")
                                        .arg(options.dataDir));
        }
        // The whole organisation is one transaction; a page cache that holds it (up to 256 MB,
        // the large scale's file is ~110 MB) keeps SQLite from spilling pages and reading them back.
        sql::run(database->handle(), QStringLiteral("PRAGMA cache_size = -262144"));
        QElapsedTimer timer;
        timer.start();
        const seed::SeedSummary summary =
            seed::seedDemo(database->handle(), *plan, options.password, QDateTime::currentMSecsSinceEpoch());
        std::printf("Seeded the demo organisation (scale %s) in %s in %.1f s: %d people, %d groups, %d posts, "
                    "%d announcements, %d comments, %d likes, %d conversations, %d messages.\n",
                    qPrintable(plan->name), qPrintable(options.dataDir), double(timer.elapsed()) / 1000.0,
                    summary.people, summary.groups, summary.posts, summary.announcements, summary.comments, summary.likes,
                    summary.conversations, summary.messages);
        if (!options.benchManifest.isEmpty()) {
            if (!writeBenchManifest(database->handle(), summary, options.benchManifest, &error))
                return fail(kExitFailure, error);
            std::printf("Wrote the benchmark manifest %s\n", qPrintable(options.benchManifest));
        }
        for (const QString &email : {QStringLiteral("anna@plein.demo"), QStringLiteral("bram@plein.demo")}) {
            std::printf("Sign in at http://127.0.0.1:8088 as %s / %s\n", qPrintable(email),
                        qPrintable(options.password));
        }
        std::printf("(also admin@plein.demo, an organisation admin, and extern@plein.demo, an external guest)\n");
    } catch (const std::exception &e) {
        return fail(kExitFailure, QStringLiteral("seeding failed: %1").arg(QString::fromUtf8(e.what())));
    }
    return 0;
}

} // namespace plein::server
