#pragma once
// A blocking-style WebSocket client for tests: collects every frame the server sends and
// how the connection ended.
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

namespace plein::test {

class StreamClient {
public:
    explicit StreamClient(const QUrl &httpBase); // http://127.0.0.1:PORT
    ~StreamClient();

    bool open(int timeoutMs = 5000);
    void sendText(const QString &text);
    void sendJson(const QJsonObject &frame);
    void hello(const QString &token, qint64 since);

    // Waits until at least `count` frames have arrived in total.
    bool waitForFrames(int count, int timeoutMs = 5000);
    // Waits for a frame of this type after the first `from` frames; its index or -1.
    int waitForType(const QString &type, int from = 0, int timeoutMs = 5000);
    bool waitForClose(int timeoutMs = 5000);

    const QList<QJsonObject> &frames() const { return m_frames; }
    bool isClosed() const { return m_closed; }
    int closeCode() const;

private:
    QUrl m_url;
    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    bool m_connected = false;
    bool m_closed = false;
};

} // namespace plein::test
