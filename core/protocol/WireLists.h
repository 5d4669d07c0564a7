#pragma once
// Encoding of lists of wire types as JSON arrays (decoding is JsonReader::list).
#include <QJsonArray>
#include <QList>

namespace plein::protocol {

template<typename T>
QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items) a.append(item.toJson());
    return a;
}

} // namespace plein::protocol
