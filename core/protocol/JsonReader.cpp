#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace plein::protocol {

Decoded<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return DecodeError{QString(), QStringLiteral("malformed JSON: ") + error.errorString()};
    if (!doc.isObject())
        return DecodeError{QString(), QStringLiteral("expected a JSON object")};
    return doc.object();
}

void JsonReader::fail(const QString &field, const QString &message)
{
    if (!m_error) m_error = DecodeError{field, message};
}

QString JsonReader::string(const char *field, int maxLength)
{
    const QJsonValue v = m_object.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull()) {
        fail(QString::fromLatin1(field), QStringLiteral("is required"));
        return {};
    }
    if (!v.isString()) {
        fail(QString::fromLatin1(field), QStringLiteral("expected a string"));
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxLength) {
        fail(QString::fromLatin1(field), QStringLiteral("is longer than %1 characters").arg(maxLength));
        return {};
    }
    return s;
}

QString JsonReader::optionalString(const char *field, int maxLength)
{
    const QJsonValue v = m_object.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull()) return {};
    return string(field, maxLength);
}

qint64 JsonReader::integer(const char *field, qint64 min, qint64 max)
{
    const QJsonValue v = m_object.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull()) {
        fail(QString::fromLatin1(field), QStringLiteral("is required"));
        return 0;
    }
    if (!v.isDouble()) {
        fail(QString::fromLatin1(field), QStringLiteral("expected a number"));
        return 0;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d) {
        fail(QString::fromLatin1(field), QStringLiteral("expected a whole number"));
        return 0;
    }
    if (d < double(min) || d > double(max)) {
        fail(QString::fromLatin1(field), QStringLiteral("is out of range"));
        return 0;
    }
    return qint64(d);
}

qint64 JsonReader::optionalInteger(const char *field, qint64 fallback, qint64 min, qint64 max)
{
    const QJsonValue v = m_object.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull()) return fallback;
    return integer(field, min, max);
}

bool JsonReader::boolean(const char *field)
{
    const QJsonValue v = m_object.value(QLatin1String(field));
    if (!v.isBool()) {
        fail(QString::fromLatin1(field), v.isUndefined() ? QStringLiteral("is required") : QStringLiteral("expected true or false"));
        return false;
    }
    return v.toBool();
}

bool JsonReader::optionalBoolean(const char *field, bool fallback)
{
    const QJsonValue v = m_object.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull()) return fallback;
    return boolean(field);
}

QJsonObject JsonReader::object(const char *field)
{
    const QJsonValue v = m_object.value(QLatin1String(field));
    if (!v.isObject()) {
        fail(QString::fromLatin1(field), v.isUndefined() ? QStringLiteral("is required") : QStringLiteral("expected an object"));
        return {};
    }
    return v.toObject();
}

QJsonObject JsonReader::optionalObject(const char *field)
{
    const QJsonValue v = m_object.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull()) return {};
    return object(field);
}

bool JsonReader::has(const char *field) const
{
    const QJsonValue v = m_object.value(QLatin1String(field));
    return !v.isUndefined() && !v.isNull();
}

QJsonArray JsonReader::array(const char *field, int maxItems)
{
    const QJsonValue v = m_object.value(QLatin1String(field));
    if (!v.isArray()) {
        fail(QString::fromLatin1(field), v.isUndefined() ? QStringLiteral("is required") : QStringLiteral("expected an array"));
        return {};
    }
    QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        fail(QString::fromLatin1(field), QStringLiteral("has more than %1 items").arg(maxItems));
        return {};
    }
    return a;
}

QStringList JsonReader::stringList(const char *field, int maxItems)
{
    const QJsonValue v = m_object.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull()) return {};
    const QJsonArray a = array(field, maxItems);
    QStringList out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            fail(QString::fromLatin1(field) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), QStringLiteral("expected a string"));
            return {};
        }
        out.append(a.at(i).toString());
    }
    return out;
}

} // namespace plein::protocol
