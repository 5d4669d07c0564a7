#include "http/Reply.h"
#include "protocol/ApiError.h"

namespace plein::server {

Reply Reply::json(int status, const QJsonObject &body)
{
    return Reply{status, body, {}, {}, {}};
}

Reply Reply::noContent()
{
    return Reply{204, std::nullopt, {}, {}, {}};
}

Reply Reply::bytes(int status, const QByteArray &data, const QByteArray &contentType)
{
    Reply r{status, std::nullopt, {}, data, contentType};
    return r;
}

Reply Reply::error(int status, const QString &code, const QString &message, const QString &field)
{
    return json(status, protocol::ApiError{code, message, field}.toJson());
}

Reply &Reply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

} // namespace plein::server
