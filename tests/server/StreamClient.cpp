#include "StreamClient.h"

#include <QJsonDocument>
#include <QTest>

namespace plein::test {

StreamClient::StreamClient(const QUrl &httpBase)
{
    m_url = httpBase;
    m_url.setScheme(QStringLiteral("ws"));
    m_url.setPath(QStringLiteral("/api/v1/stream"));
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
        m_frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QObject::connect(&m_socket, &QWebSocket::connected, [this] { m_connected = true; });
    QObject::connect(&m_socket, &QWebSocket::disconnected, [this] { m_closed = true; });
}

StreamClient::~StreamClient()
{
    m_socket.disconnect();
    m_socket.abort();
}

bool StreamClient::open(int timeoutMs)
{
    m_socket.open(m_url);
    return QTest::qWaitFor([&] { return m_connected || m_closed; }, timeoutMs) && m_connected;
}

void StreamClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

void StreamClient::sendJson(const QJsonObject &frame)
{
    sendText(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StreamClient::hello(const QString &token, qint64 since)
{
    sendJson({{QStringLiteral("type"), QStringLiteral("hello")},
              {QStringLiteral("token"), token},
              {QStringLiteral("since"), since}});
}

bool StreamClient::waitForFrames(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_frames.size() >= count; }, timeoutMs);
}

int StreamClient::waitForType(const QString &type, int from, int timeoutMs)
{
    int found = -1;
    (void)QTest::qWaitFor(
        [&] {
            for (int i = from; i < m_frames.size(); ++i) {
                if (m_frames[i].value(QStringLiteral("type")).toString() == type) {
                    found = i;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

bool StreamClient::waitForClose(int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_closed; }, timeoutMs);
}

int StreamClient::closeCode() const
{
    return int(m_socket.closeCode());
}

} // namespace plein::test
