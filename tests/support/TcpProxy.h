#pragma once
// A loopback TCP proxy in front of the real server, so a test can take a client "offline"
// (cut every connection and refuse new ones) without touching the server.
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace plein::test {

class TcpProxy : public QObject {
public:
    explicit TcpProxy(quint16 targetPort);
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;
    // Offline: cuts every open connection and resets new ones at once. Online again: forwards.
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }
    // Cuts the next connection that has carried more than `bytes` towards the server (an
    // upload broken off halfway), once; later connections pass untouched.
    void cutOnceAfterUpstreamBytes(qint64 bytes) { m_cutAfter = bytes; }
    int cuts() const { return m_cuts; }
    // Open connections that setOffline(true) broke off (requests, answers, the stream).
    int connectionsCut() const { return m_connectionsCut; }
    // HTTP requests towards the server whose request line starts with `start` (e.g.
    // "GET /api/v1/sync?"), counted in what clients sent through the proxy.
    int requestsStartingWith(const QByteArray &start) const;

private:
    void accept();
    quint16 m_target;
    bool m_offline = false;
    qint64 m_cutAfter = -1;
    int m_cuts = 0;
    int m_connectionsCut = 0;
    QByteArray m_requestLines; // the first line of each chunk sent towards the server
    QTcpServer m_server;
    QList<QPair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
};

} // namespace plein::test
