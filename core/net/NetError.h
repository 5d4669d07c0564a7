#pragma once
// A failed request, classified so callers can decide: retry later, ask the user, or sign out.
#include <QByteArray>
#include <QString>
#include <optional>
#include <utility>

namespace plein::net {

struct NetError {
    enum class Kind {
        Network,      // no answer: refused, unreachable, timed out, cut off
        Unauthorized, // 401
        Forbidden,    // 403
        NotFound,     // 404
        Conflict,     // 409
        Gone,         // 410 (cursor_expired)
        Invalid,      // 400, 413, 422: the request itself is wrong
        RateLimited,  // 429
        Server,       // 5xx
        Protocol,     // an answer that is not Plein's: not JSON, wrong shape, not a Plein server
    };
    Kind kind = Kind::Network;
    int status = 0;
    QString code;     // the server's error.code, when it sent one
    QString message;  // the server's or the transport's message, English
    QString field;
    int retryAfterSeconds = 0;
    QByteArray body;  // the whole error answer (a 409 version_conflict carries the current object)

    // Worth trying again later without the user doing anything.
    bool isTransient() const { return kind == Kind::Network || kind == Kind::Server || kind == Kind::RateLimited; }
};

template<typename T>
class ApiResult {
public:
    ApiResult(T value) : m_value(std::move(value)) {}
    ApiResult(NetError error) : m_error(std::move(error)) {}
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const NetError &error() const { return m_error; }
private:
    std::optional<T> m_value;
    NetError m_error;
};

} // namespace plein::net
