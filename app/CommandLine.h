#pragma once
// The app's command line: what it pre-fills on the sign-in screen, and the screenshot mode.
#include <QString>

class QCoreApplication;

namespace plein::app {

struct CommandLine {
    QString server;          // --server URL: pre-fills the server field
    QString email;           // --email EMAIL: pre-fills the email field
    QString screenshotsDir;  // --screenshots DIR: render the screens into DIR and exit
    bool reportFirstFrame = false; // --report-first-frame: for the cold-start benchmark
    QString rssConversation;       // --report-rss-after CONVERSATION: for the memory benchmark
};

// True when argv asks only for the version; answered before any window system is touched.
bool wantsVersion(int argc, char **argv);
CommandLine parseCommandLine(const QCoreApplication &app);

} // namespace plein::app
