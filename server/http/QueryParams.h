#pragma once
// Strict query-string integers: "?limit=abc", "?limit=1.5" and out-of-range values are a
// 422 naming the parameter rather than a silent default.
#include "http/Reply.h"

#include <QUrlQuery>
#include <optional>
#include <variant>

namespace plein::server {

// `fallback` is used when the parameter is absent; without one, absence is an error too.
std::variant<qint64, Reply> integerParam(const QUrlQuery &query, const QString &name, std::optional<qint64> fallback,
                                         qint64 min, qint64 max);

} // namespace plein::server
