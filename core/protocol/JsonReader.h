#pragma once
// Strict field readers for wire decoding. Each one fails with a DecodeError naming the field
// when the value is missing or of the wrong type; numbers must be whole and within the range
// a JSON double holds exactly (|n| <= 2^53), so huge or fractional numbers are refused.
#include "Decoded.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace plein::protocol {

Decoded<QJsonObject> parseObject(const QByteArray &json);

class JsonReader {
public:
    explicit JsonReader(const QJsonObject &object) : m_object(object) {}

    QString string(const char *field, int maxLength = 1 << 20);
    QString optionalString(const char *field, int maxLength = 1 << 20); // null or absent -> empty
    qint64 integer(const char *field, qint64 min = 0, qint64 max = kMaxExact);
    qint64 optionalInteger(const char *field, qint64 fallback, qint64 min = 0, qint64 max = kMaxExact);
    bool boolean(const char *field);
    bool optionalBoolean(const char *field, bool fallback);
    QJsonObject object(const char *field);
    QJsonObject optionalObject(const char *field); // null or absent -> empty object
    bool has(const char *field) const; // present and not null
    QJsonArray array(const char *field, int maxItems = 100000);
    QStringList stringList(const char *field, int maxItems = 1000);

    // Decodes every element of an array field with T::fromJson, stopping at the first error.
    template<typename T>
    QList<T> list(const char *field, int maxItems = 100000)
    {
        QList<T> out;
        const QJsonArray items = array(field, maxItems);
        if (m_error) return out;
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QString::fromLatin1(field) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!items.at(i).isObject()) {
                fail(path, QStringLiteral("expected an object"));
                return {};
            }
            auto decoded = T::fromJson(items.at(i).toObject());
            if (!decoded) {
                m_error = decoded.error().within(path);
                return {};
            }
            out.append(std::move(decoded).value());
        }
        return out;
    }

    // Records an error found outside this reader (e.g. by a nested reader); the first error wins.
    void failWith(const DecodeError &error) { if (!m_error) m_error = error; }
    bool failed() const { return m_error.has_value(); }
    const DecodeError &error() const { return *m_error; }

    // Decodes a nested object field with T::fromJson.
    template<typename T>
    T nested(const char *field)
    {
        const QJsonObject inner = object(field);
        if (m_error) return T{};
        auto decoded = T::fromJson(inner);
        if (!decoded) {
            m_error = decoded.error().within(QString::fromLatin1(field));
            return T{};
        }
        return std::move(decoded).value();
    }

    static constexpr qint64 kMaxExact = 9007199254740992LL; // 2^53

private:
    void fail(const QString &field, const QString &message);
    QJsonObject m_object;
    std::optional<DecodeError> m_error;
};

// Convenience for codecs: returns the reader's error or the value.
template<typename T>
Decoded<T> finish(const JsonReader &reader, T value)
{
    if (reader.failed()) return reader.error();
    return value;
}

} // namespace plein::protocol
