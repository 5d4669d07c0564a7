#pragma once
// UUIDv7 ids: whoever creates an object picks its id, and v7's leading timestamp keeps ids
// roughly in creation order.
#include <QString>

namespace plein::protocol {

// A new lowercase UUIDv7 for the given Unix time in milliseconds (now when negative).
QString newUuidV7(qint64 unixMs = -1);
// A UUIDv7 from a time and 80 random bits (low 16 bits of randHigh, then randLow), for callers
// with their own random source (the deterministic demo seed).
QString uuidV7From(qint64 unixMs, quint64 randHigh, quint64 randLow);
// True for a lowercase or uppercase canonical UUID string with version 7 and the RFC variant.
bool isUuidV7(const QString &id);

} // namespace plein::protocol
