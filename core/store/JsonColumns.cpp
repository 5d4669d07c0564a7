#include "JsonColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plein::store::columns {

namespace {
QString compact(const QJsonDocument &doc) { return QString::fromUtf8(doc.toJson(QJsonDocument::Compact)); }
}

QString fromCounts(const protocol::ReactionCounts &counts)
{
    QJsonObject o;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.value() > 0) o.insert(it.key(), it.value());
    return compact(QJsonDocument(o));
}

protocol::ReactionCounts toCounts(const QString &text)
{
    protocol::ReactionCounts out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().toInteger() > 0) out.insert(it.key(), it.value().toInteger());
    return out;
}

QString fromList(const QStringList &list) { return compact(QJsonDocument(QJsonArray::fromStringList(list))); }

QStringList toList(const QString &text)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(text.toUtf8()).array()) out.append(v.toString());
    return out;
}

QString fromAttachments(const QList<protocol::Attachment> &attachments)
{
    QJsonArray a;
    for (const auto &att : attachments) a.append(att.toJson());
    return compact(QJsonDocument(a));
}

QList<protocol::Attachment> toAttachments(const QString &text)
{
    QList<protocol::Attachment> out;
    for (const auto &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        auto decoded = protocol::Attachment::fromJson(v.toObject());
        if (decoded) out.append(decoded.value());
    }
    return out;
}

} // namespace plein::store::columns
