#include "BenchReport.h"

#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace plein::bench {

void report(const QJsonObject &figures)
{
    const QByteArray json = QJsonDocument(figures).toJson(QJsonDocument::Compact);
    std::printf("BENCH %s\n", json.constData());
    std::fflush(stdout);
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

double median(std::vector<double> samples)
{
    return percentile(std::move(samples), 50);
}

} // namespace plein::bench
