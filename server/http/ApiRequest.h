#pragma once
// One HTTP request as the routes see it: already size-checked, and with the signed-in caller
// resolved when the route needs one.
#include "auth/Sessions.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace plein::server {

struct ApiRequest {
    QUrlQuery query;
    QByteArray body;
    std::optional<Caller> caller;

    // The signed-in caller; only valid on routes registered as needing one.
    const Caller &signedIn() const { return *caller; }
};

} // namespace plein::server
