#include "seed/SeedRandom.h"
#include "protocol/Uuid.h"

namespace plein::server::seed {

QString SeedRandom::uuidV7(qint64 unixMs)
{
    const quint64 high = next();
    return protocol::uuidV7From(unixMs, high, next());
}

} // namespace plein::server::seed
