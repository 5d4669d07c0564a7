#pragma once
// The result of decoding a wire document: either a complete value or an error naming the
// field that was wrong. Never a half-filled object.
#include <QString>
#include <utility>
#include <variant>

namespace plein::protocol {

struct DecodeError {
    QString field;    // dotted path into the document, e.g. "items[2].body"; empty for the root
    QString message;  // English, for logs and developer-facing errors

    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
    DecodeError within(const QString &parent) const
    {
        if (parent.isEmpty()) return *this;
        if (field.isEmpty()) return {parent, message};
        return {field.startsWith(QLatin1Char('[')) ? parent + field : parent + QLatin1Char('.') + field, message};
    }
};

template<typename T>
class [[nodiscard]] Decoded {
public:
    Decoded(T value) : m_v(std::move(value)) {}
    Decoded(DecodeError error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const DecodeError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, DecodeError> m_v;
};

} // namespace plein::protocol
