#pragma once
// One HTTP request as the routes see it: already size-checked, and with the signed-in caller
// resolved when the route needs one.
#include "auth/Sessions.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace plein::server {

struct ApiRequest {
    QUrlQuery query;
    QByteArray body;
    std::optional<Caller> caller;
    // Values of the route's {placeholders}, e.g. "id" for /groups/{id}, as sent.
    QHash<QString, QString> params;

    QString param(const QString &name) const { return params.value(name); }
    // An id placeholder: ids compare case-insensitively and are stored lowercase.
    QString idParam(const QString &name) const { return params.value(name).toLower(); }

    // The signed-in caller; only valid on routes registered as needing one.
    const Caller &signedIn() const { return *caller; }
};

} // namespace plein::server
