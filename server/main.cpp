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
    // Qt's own Unix event dispatcher, not the GLib one: with 1,000 open streams the GLib one
    // spends its time in linked-list walks each time a socket's write notifier is switched on
    // and off (once per frame batch per socket). The server uses nothing of GLib. (Issue 5.)
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) qputenv("QT_NO_GLIB", "1");
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
