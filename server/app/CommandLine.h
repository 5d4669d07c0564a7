#pragma once
// Parses the three ways to run plein-server: serve (the default), seed and prune.
// Exit codes: 0 success, 1 unexpected failure, 2 bad usage or an unusable environment
// (busy port, data directory that cannot be created or written, newer schema).
#include "stream/StreamHub.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <variant>

namespace plein::server {

inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

struct ServeOptions {
    QHostAddress address = QHostAddress::LocalHost;
    QString host = QStringLiteral("127.0.0.1"); // as printed in "listening on HOST:PORT"
    quint16 port = 8088;
    QString dataDir;
    qint64 accessTokenTtl = 900; // seconds
    StreamTiming timing;
};

struct SeedOptions {
    QString dataDir;
    QString scale = QStringLiteral("demo");
    QString password = QStringLiteral("demo-password");
    bool force = false;
    // Benchmarks only: write every person's email, id and a year-long access token, and the
    // benchmark conversations, to this JSON file (so a bench need not sign in 1,000 times).
    QString benchManifest;
};

struct PruneOptions {
    QString dataDir;
    qint64 keep = 0;
};

// A parse that ends the program: help or version text (code 0, to stdout) or a usage error
// (code 2, one line to stderr).
struct EarlyExit {
    int code = 0;
    QString text;
};

using Command = std::variant<ServeOptions, SeedOptions, PruneOptions, EarlyExit>;

// `arguments` without the program name.
Command parseCommandLine(const QStringList &arguments);

} // namespace plein::server
