#include "BenchArgs.h"

#include <QStringList>
#include <cstdio>
#include <cstdlib>

namespace plein::bench {

BenchArgs BenchArgs::parse(const QStringList &arguments, bool needServer)
{
    BenchArgs args;
    args.manifest = qEnvironmentVariable("PLEIN_BENCH_MANIFEST");
    auto usage = [&](const QString &why) {
        std::fprintf(stderr, "%s: %s\nusage: %s [--tiny] --server URL [--work DIR] [--manifest FILE]\n",
                     qPrintable(arguments.value(0)), qPrintable(why), qPrintable(arguments.value(0)));
        std::exit(2);
    };
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto value = [&]() -> QString {
            if (i + 1 >= arguments.size()) usage(a + QStringLiteral(" needs a value"));
            return arguments.at(++i);
        };
        if (a == QLatin1String("--tiny")) args.tiny = true;
        else if (a == QLatin1String("--server")) args.server = QUrl(value());
        else if (a == QLatin1String("--work")) args.work = value();
        else if (a == QLatin1String("--manifest")) args.manifest = value();
        else usage(QStringLiteral("unknown argument ") + a);
    }
    if (needServer && !args.server.isValid()) usage(QStringLiteral("--server URL is required"));
    if (needServer && args.manifest.isEmpty()) usage(QStringLiteral("PLEIN_BENCH_MANIFEST (or --manifest) is required"));
    return args;
}

} // namespace plein::bench
