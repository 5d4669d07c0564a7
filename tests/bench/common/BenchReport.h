#pragma once
// The one line a benchmark prints per result set, which scripts/bench collects:
//   BENCH {"fanout_p99_ms": 12.5, "ws_clients": 1000}
// Numbers only. Anything else a bench prints is for people.
#include <QJsonObject>
#include <vector>

namespace plein::bench {

void report(const QJsonObject &figures);

// Nearest-rank percentile (p in 0..100) of the samples; 0 when there are none.
double percentile(std::vector<double> samples, double p);
double median(std::vector<double> samples);

} // namespace plein::bench
