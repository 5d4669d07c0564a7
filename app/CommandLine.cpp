#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>

namespace plein::app {

bool wantsVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) return true;
    }
    return false;
}

CommandLine parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plein, the social intranet."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Pre-fill the server address."), QStringLiteral("url"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Pre-fill the email address."), QStringLiteral("email"));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
                                   QStringLiteral("Sign in (password from PLEIN_DEMO_PASSWORD), write PNGs of the main screens into DIR, and exit."),
                                   QStringLiteral("dir"));
    parser.addOptions({server, email, shots});
    parser.process(app);
    return {parser.value(server), parser.value(email), parser.value(shots)};
}

} // namespace plein::app
