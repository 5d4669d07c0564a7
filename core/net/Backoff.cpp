#include "Backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace plein::net {

int Backoff::ceilingMs() const
{
    const qint64 grown = qint64(m_baseMs) << std::min(m_attempt, 20);
    return int(std::min<qint64>(grown, m_capMs));
}

int Backoff::nextDelayMs()
{
    const int ceiling = ceilingMs();
    ++m_attempt;
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

} // namespace plein::net
