#include "stream/ClientFrameVerdict.h"
#include "protocol/ApiError.h"
#include "protocol/Conversation.h"
#include "protocol/Sync.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace plein::server {

ClientFrameVerdict ClientFrameVerdict::of(const QByteArray &utf8)
{
    ClientFrameVerdict v;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        v.kind = Kind::Refuse;
        v.closeCode = protocol::CloseCode::BadFrame;
        v.errorCode = protocol::ErrorCode::MalformedJson;
        v.message = QStringLiteral("a client frame is not a JSON object");
        return v;
    }
    // Types this server does not know are ignored, so newer clients still work with it.
    if (doc.object().value(QStringLiteral("type")).toString() != protocol::FrameType::Typing) return v;
    const auto typing = protocol::TypingFrame::fromJson(doc.object());
    if (!typing) {
        v.kind = Kind::Refuse;
        v.closeCode = protocol::CloseCode::BadFrame;
        v.errorCode = protocol::ErrorCode::ValidationFailed;
        v.message = typing.error().toString();
        return v;
    }
    v.kind = Kind::Typing;
    v.conversationId = typing.value().conversationId.toLower();
    return v;
}

QByteArray errorFrameText(const QString &errorCode, const QString &message)
{
    QJsonObject frame = protocol::ApiError{errorCode, message, {}}.toJson();
    frame.insert(QStringLiteral("type"), protocol::FrameType::Error);
    return QJsonDocument(frame).toJson(QJsonDocument::Compact);
}

} // namespace plein::server
