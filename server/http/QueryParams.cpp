#include "http/QueryParams.h"
#include "protocol/ApiError.h"

namespace plein::server {

std::variant<qint64, Reply> integerParam(const QUrlQuery &query, const QString &name, std::optional<qint64> fallback,
                                         qint64 min, qint64 max)
{
    const auto invalid = [&](const QString &why) {
        return Reply::error(422, protocol::ErrorCode::ValidationFailed, name + QStringLiteral(": ") + why, name);
    };
    if (!query.hasQueryItem(name)) {
        if (fallback) return *fallback;
        return invalid(QStringLiteral("is required"));
    }
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    // toLongLong accepts surrounding spaces and a leading '+'; the contract is plain digits.
    if (!ok || text.isEmpty() || text.trimmed() != text || text.startsWith(QLatin1Char('+')))
        return invalid(QStringLiteral("expected a whole number"));
    if (value < min || value > max) return invalid(QStringLiteral("must be between %1 and %2").arg(min).arg(max));
    return value;
}

} // namespace plein::server
