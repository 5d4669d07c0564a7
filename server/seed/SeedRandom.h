#pragma once
// The seeder's only source of randomness: mt19937_64 with a fixed seed, and our own bounded
// helpers (the std distributions differ between standard libraries), so a given scale
// always produces the same people, groups and texts.
#include <QList>
#include <QString>
#include <random>

namespace plein::server::seed {

class SeedRandom {
public:
    explicit SeedRandom(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // In [0, n); n must be positive.
    int below(int n) { return int(m_engine() % quint64(n)); }
    qint64 below64(qint64 n) { return qint64(m_engine() % quint64(n)); }
    bool percent(int chance) { return below(100) < chance; }

    template<typename T>
    const T &pick(const QList<T> &items) { return items.at(below(int(items.size()))); }

    // A UUIDv7 for `unixMs` whose random bits come from this generator.
    QString uuidV7(qint64 unixMs);

private:
    std::mt19937_64 m_engine;
};

} // namespace plein::server::seed
