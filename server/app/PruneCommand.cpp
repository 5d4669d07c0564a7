#include "app/PruneCommand.h"
#include "app/CommandLine.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <cstdio>
#include <exception>

namespace plein::server {

int pruneCommand(const PruneOptions &options)
{
    QString error;
    auto database = Database::open(options.dataDir, &error);
    if (!database) {
        std::fprintf(stderr, "plein-server: %s\n", qPrintable(error));
        return kExitUsage;
    }
    try {
        ChangeLog log(database->handle());
        Transaction tx(database->handle(), Transaction::Kind::Write);
        const int deleted = log.pruneKeepingNewest(options.keep);
        tx.commit();
        std::printf("Pruned %d change-log events; kept the newest %lld (up to seq %lld).\n", deleted,
                    static_cast<long long>(options.keep), static_cast<long long>(log.maxSeq()));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "plein-server: prune failed: %s\n", e.what());
        return kExitFailure;
    }
    return 0;
}

} // namespace plein::server
