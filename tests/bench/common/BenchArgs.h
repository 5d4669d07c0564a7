#pragma once
// The arguments every benchmark executable takes from scripts/bench (see its header):
//   --tiny          run once at tiny size (a smoke test: the figures mean nothing)
//   --server URL    a running plein-server with the benchmark organisation
//   --work DIR      a scratch directory that is the bench's own
// and, from the environment, PLEIN_BENCH_MANIFEST: the JSON file `plein-server seed
// --bench-manifest` wrote for that organisation (people with tokens, benchmark conversations).
#include <QString>
#include <QUrl>

namespace plein::bench {

struct BenchArgs {
    bool tiny = false;
    QUrl server;
    QString work;
    QString manifest;

    // Exits the process with a usage message on anything it does not know.
    static BenchArgs parse(const QStringList &arguments, bool needServer = true);
};

} // namespace plein::bench
