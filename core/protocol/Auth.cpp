#include "Auth.h"
#include "JsonReader.h"

namespace plein::protocol {

Decoded<LoginRequest> LoginRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    LoginRequest l;
    l.email = r.string("email", 320).trimmed();
    l.password = r.string("password", 1024);
    return finish(r, std::move(l));
}

QJsonObject LoginRequest::toJson() const
{
    return {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
}

Decoded<RefreshRequest> RefreshRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    RefreshRequest q;
    q.refreshToken = r.string("refreshToken", 512);
    return finish(r, std::move(q));
}

QJsonObject RefreshRequest::toJson() const
{
    return {{QStringLiteral("refreshToken"), refreshToken}};
}

Decoded<Session> Session::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Session s;
    s.accessToken = r.string("accessToken", 512);
    s.refreshToken = r.string("refreshToken", 512);
    s.expiresIn = r.integer("expiresIn");
    s.user = r.nested<User>("user");
    return finish(r, std::move(s));
}

QJsonObject Session::toJson() const
{
    return {
        {QStringLiteral("accessToken"), accessToken},
        {QStringLiteral("refreshToken"), refreshToken},
        {QStringLiteral("expiresIn"), expiresIn},
        {QStringLiteral("user"), user.toJson()},
    };
}

} // namespace plein::protocol
