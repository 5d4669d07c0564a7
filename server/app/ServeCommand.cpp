#include "app/ServeCommand.h"
#include "app/Backend.h"
#include "app/CommandLine.h"
#include "app/TerminationSignals.h"
#include "auth/PasswordHash.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <cstdio>

namespace plein::server {

namespace {
int fail(int code, const QString &message)
{
    std::fprintf(stderr, "plein-server: %s\n", qPrintable(message));
    return code;
}
} // namespace

int serve(const ServeOptions &options)
{
    if (!password::initialise()) return fail(kExitFailure, QStringLiteral("libsodium could not be initialised"));

    QString error;
    auto database = Database::open(options.dataDir, &error);
    if (!database) return fail(kExitUsage, error);

    auto listener = std::make_unique<QTcpServer>();
    if (!listener->listen(options.address, options.port)) {
        const QString why = listener->serverError() == QAbstractSocket::AddressInUseError
                                ? QStringLiteral("address already in use")
                                : listener->errorString();
        return fail(kExitUsage, QStringLiteral("cannot listen on %1:%2: %3").arg(options.host).arg(options.port).arg(why));
    }
    const quint16 port = listener->serverPort();

    Backend backend(std::move(database), listener.release(), options);
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, [&backend] {
        backend.shutdown();
        QCoreApplication::quit();
    });

    // Tests and scripts wait for exactly this line to learn the port; it must come first.
    std::fprintf(stdout, "listening on %s:%u\n", qPrintable(options.host), unsigned(port));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace plein::server
