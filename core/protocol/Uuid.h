#pragma once
// UUIDv7 ids: whoever creates an object picks its id, and v7's leading timestamp keeps ids
// roughly in creation order.
#include <QString>

namespace plein::protocol {

// A new lowercase UUIDv7 for the given Unix time in milliseconds (now when negative).
QString newUuidV7(qint64 unixMs = -1);
// True for a lowercase or uppercase canonical UUID string with version 7 and the RFC variant.
bool isUuidV7(const QString &id);

} // namespace plein::protocol
