#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <optional>

namespace plein::server {

namespace {

const QString kUsage = QStringLiteral(
    "Usage:\n"
    "  plein-server [--listen HOST:PORT] --data DIR [--access-token-ttl SECONDS]\n"
    "               [--heartbeat-ms MS] [--hello-timeout-ms MS]\n"
    "  plein-server seed --demo --data DIR [--scale tiny|demo|large] [--password PW] [--force]\n"
    "                    [--bench-manifest FILE]\n"
    "  plein-server prune --data DIR --keep N\n"
    "  plein-server --version | --help\n"
    "\n"
    "Serves the Plein API (REST under /api/v1, WebSocket at /api/v1/stream) from DIR/plein.db.\n"
    "\n"
    "Options:\n"
    "  --listen HOST:PORT        address to listen on (default 127.0.0.1:8088; port 0 picks a free one)\n"
    "  --data DIR                data directory, created when missing\n"
    "  --access-token-ttl S      access token lifetime in seconds (default 900)\n"
    "  --heartbeat-ms MS         WebSocket ping interval (default 25000); a socket silent for\n"
    "                            2.4 intervals (60 s by default) is dropped\n"
    "  --hello-timeout-ms MS     time a new WebSocket has to send its hello (default 10000)\n"
    "  seed --demo               create the demo organisation (refuses a non-empty DIR without --force)\n"
    "    --scale tiny|demo|large tiny: 34 people, 8 groups, 80 posts; demo: 800 people (default);\n"
    "                            large: the benchmark organisation (800 people, 150 groups, 20,000\n"
    "                            posts, 100,000 messages); tiny-large: its shape, small, for tests\n"
    "    --bench-manifest FILE   benchmarks only: write a year-long access token for every person\n"
    "                            and the benchmark conversations' ids to FILE (JSON)\n"
    "    --password PW           password for every demo account (default demo-password)\n"
    "    --force                 delete DIR's database first\n"
    "  prune --keep N            delete all but the newest N change-log events\n"
    "\n"
    "Exit codes: 0 success, 1 unexpected failure, 2 bad usage or unusable port/data directory.\n");

EarlyExit usageError(const QString &message)
{
    return {kExitUsage, QStringLiteral("plein-server: %1 (see plein-server --help)").arg(message)};
}

std::optional<qint64> wholeNumber(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || text.trimmed() != text || value < min || value > max) return std::nullopt;
    return value;
}

// "127.0.0.1:8088", "[::1]:8088", "localhost:0".
std::optional<EarlyExit> parseListen(const QString &text, ServeOptions &options)
{
    const int colon = int(text.lastIndexOf(QLatin1Char(':')));
    if (colon <= 0) return usageError(QStringLiteral("--listen expects HOST:PORT, got \"%1\"").arg(text));
    QString host = text.left(colon);
    const auto port = wholeNumber(text.mid(colon + 1), 0, 65535);
    if (!port) return usageError(QStringLiteral("--listen has an invalid port in \"%1\"").arg(text));
    const bool bracketed = host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'));
    const QString bare = bracketed ? host.mid(1, host.size() - 2) : host;
    QHostAddress address;
    if (bare == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(bare))
        return usageError(QStringLiteral("--listen needs an IP address or localhost, got \"%1\"").arg(host));
    options.address = address;
    options.host = address.protocol() == QAbstractSocket::IPv6Protocol
                       ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                       : address.toString();
    options.port = quint16(*port);
    return std::nullopt;
}

// Parses `arguments` with `parser`; an EarlyExit for --help, --version or anything invalid.
std::optional<EarlyExit> runParser(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    parser.addOption(help);
    parser.addOption(version);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("plein-server")} + arguments)) return usageError(parser.errorText());
    if (parser.isSet(help)) return EarlyExit{0, kUsage};
    if (parser.isSet(version)) return EarlyExit{0, QStringLiteral("plein-server %1").arg(QStringLiteral(PLEIN_VERSION))};
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

QCommandLineOption valueOption(const char *name)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value"));
}

Command parseServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto listen = valueOption("listen");
    const auto data = valueOption("data");
    const auto ttl = valueOption("access-token-ttl");
    const auto heartbeat = valueOption("heartbeat-ms");
    const auto helloTimeout = valueOption("hello-timeout-ms");
    parser.addOptions({listen, data, ttl, heartbeat, helloTimeout});
    if (auto exit = runParser(parser, arguments)) return *exit;

    ServeOptions options;
    if (parser.isSet(listen))
        if (auto exit = parseListen(parser.value(listen), options)) return *exit;
    if (!parser.isSet(data) || parser.value(data).isEmpty()) return usageError(QStringLiteral("--data DIR is required"));
    options.dataDir = parser.value(data);
    if (parser.isSet(ttl)) {
        const auto seconds = wholeNumber(parser.value(ttl), 1, 365LL * 24 * 3600);
        if (!seconds) return usageError(QStringLiteral("--access-token-ttl expects seconds between 1 and one year"));
        options.accessTokenTtl = *seconds;
    }
    if (parser.isSet(heartbeat)) {
        const auto ms = wholeNumber(parser.value(heartbeat), 10, 3600 * 1000);
        if (!ms) return usageError(QStringLiteral("--heartbeat-ms expects milliseconds between 10 and 3600000"));
        options.timing.pingIntervalMs = int(*ms);
        options.timing.silentLimitMs = int(*ms * 12 / 5);
    }
    if (parser.isSet(helloTimeout)) {
        const auto ms = wholeNumber(parser.value(helloTimeout), 10, 3600 * 1000);
        if (!ms) return usageError(QStringLiteral("--hello-timeout-ms expects milliseconds between 10 and 3600000"));
        options.timing.helloTimeoutMs = int(*ms);
    }
    return options;
}

Command parseSeed(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption force(QStringLiteral("force"));
    const auto data = valueOption("data");
    const auto scale = valueOption("scale");
    const auto password = valueOption("password");
    const auto manifest = valueOption("bench-manifest");
    parser.addOptions({demo, force, data, scale, password, manifest});
    if (auto exit = runParser(parser, arguments)) return *exit;

    if (!parser.isSet(demo)) return usageError(QStringLiteral("seed needs --demo (the only data set there is)"));
    if (!parser.isSet(data) || parser.value(data).isEmpty()) return usageError(QStringLiteral("--data DIR is required"));
    SeedOptions options;
    options.dataDir = parser.value(data);
    options.force = parser.isSet(force);
    if (parser.isSet(scale)) options.scale = parser.value(scale);
    static const QStringList scales{QStringLiteral("tiny"), QStringLiteral("demo"), QStringLiteral("large"),
                                    QStringLiteral("tiny-large")};
    if (!scales.contains(options.scale)) return usageError(QStringLiteral("--scale must be tiny, demo or large"));
    if (parser.isSet(manifest)) {
        options.benchManifest = parser.value(manifest);
        if (options.benchManifest.isEmpty()) return usageError(QStringLiteral("--bench-manifest needs a file"));
    }
    if (parser.isSet(password)) options.password = parser.value(password);
    if (options.password.isEmpty()) return usageError(QStringLiteral("--password must not be empty"));
    return options;
}

Command parsePrune(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto data = valueOption("data");
    const auto keep = valueOption("keep");
    parser.addOptions({data, keep});
    if (auto exit = runParser(parser, arguments)) return *exit;

    if (!parser.isSet(data) || parser.value(data).isEmpty()) return usageError(QStringLiteral("--data DIR is required"));
    if (!parser.isSet(keep)) return usageError(QStringLiteral("prune needs --keep N"));
    const auto count = wholeNumber(parser.value(keep), 0, std::numeric_limits<qint64>::max());
    if (!count) return usageError(QStringLiteral("--keep expects a whole number of events, 0 or more"));
    return PruneOptions{parser.value(data), *count};
}

} // namespace

Command parseCommandLine(const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("seed")) return parseSeed(arguments.mid(1));
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("prune")) return parsePrune(arguments.mid(1));
    return parseServe(arguments);
}

} // namespace plein::server
