#pragma once
// Exponential backoff with full jitter: the n-th wait is uniform in [0, min(cap, base * 2^n)],
// so many clients that lost the same server do not all come back at the same instant.
#include <QtGlobal>

namespace plein::net {

class Backoff {
public:
    Backoff(int baseMs = 500, int capMs = 30000) : m_baseMs(baseMs), m_capMs(capMs) {}
    int nextDelayMs();          // the wait before the next attempt; grows with each call
    int ceilingMs() const;      // the upper bound of the next delay
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }
private:
    int m_baseMs;
    int m_capMs;
    int m_attempt = 0;
};

} // namespace plein::net
