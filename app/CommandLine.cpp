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
    const QCommandLineOption firstFrame(QStringLiteral("report-first-frame"),
                                        QStringLiteral("Print \"first-frame\" once the feed's posts are on screen, then quit (benchmarks)."));
    const QCommandLineOption rss(QStringLiteral("report-rss-after"),
                                 QStringLiteral("After the first frame, open this conversation, load its history, print memory use, quit (benchmarks)."),
                                 QStringLiteral("conversation"));
    parser.addOptions({server, email, shots, firstFrame, rss});
    parser.process(app);
    return {parser.value(server), parser.value(email), parser.value(shots), parser.isSet(firstFrame) || parser.isSet(rss),
            parser.value(rss)};
}

} // namespace plein::app
