#pragma once
// The answers every content route gives when the caller may not do something, so that
// "not found" and "forbidden" are decided the same way everywhere.
#include "http/Reply.h"
#include "protocol/ApiError.h"

namespace plein::server::refuse {

inline Reply notFound(const QString &what, const QString &field = {})
{
    return Reply::error(404, protocol::ErrorCode::NotFound, QStringLiteral("no such ") + what, field);
}

inline Reply forbidden(const QString &why, const QString &field = {})
{
    return Reply::error(403, protocol::ErrorCode::Forbidden, why, field);
}

inline Reply invalid(const QString &field, const QString &why)
{
    return Reply::error(422, protocol::ErrorCode::ValidationFailed, field + QStringLiteral(": ") + why, field);
}

// 409 version_conflict with the current object next to the error, so the client can show
// what changed without another request.
inline Reply staleVersion(const QJsonObject &current)
{
    Reply r = Reply::error(409, protocol::ErrorCode::VersionConflict,
                           QStringLiteral("the object changed since the version this edit is based on"),
                           QStringLiteral("version"));
    r.body->insert(QStringLiteral("current"), current);
    return r;
}

inline Reply idTaken()
{
    return Reply::error(409, protocol::ErrorCode::IdConflict, QStringLiteral("this id is already taken"), QStringLiteral("id"));
}

} // namespace plein::server::refuse
