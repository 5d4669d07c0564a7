// plein-server: the reference backend of Plein. See docs/api.md for the protocol and
// `plein-server --help` for the command line.
#include "app/CommandLine.h"
#include "app/PruneCommand.h"
#include "app/SeedCommand.h"
#include "app/ServeCommand.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plein-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLEIN_VERSION));

    using namespace plein::server;
    const Command command = parseCommandLine(QCoreApplication::arguments().mid(1));
    if (const auto *exit = std::get_if<EarlyExit>(&command)) {
        std::fprintf(exit->code == 0 ? stdout : stderr, "%s\n", qPrintable(exit->text));
        return exit->code;
    }
    if (const auto *options = std::get_if<SeedOptions>(&command)) return seedCommand(*options);
    if (const auto *options = std::get_if<PruneOptions>(&command)) return pruneCommand(*options);
    return serve(std::get<ServeOptions>(command));
}
