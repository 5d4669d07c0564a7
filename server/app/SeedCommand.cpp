#include "app/SeedCommand.h"
#include "app/CommandLine.h"
#include "auth/PasswordHash.h"
#include "seed/DemoSeeder.h"
#include "storage/Database.h"
#include "storage/UserRows.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
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
        QElapsedTimer timer;
        timer.start();
        const seed::SeedSummary summary =
            seed::seedDemo(database->handle(), *plan, options.password, QDateTime::currentMSecsSinceEpoch());
        std::printf("Seeded the demo organisation (scale %s) in %s in %.1f s: %d people, %d groups, %d posts, "
                    "%d announcements, %d comments, %d likes.\n",
                    qPrintable(plan->name), qPrintable(options.dataDir), double(timer.elapsed()) / 1000.0,
                    summary.people, summary.groups, summary.posts, summary.announcements, summary.comments, summary.likes);
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
