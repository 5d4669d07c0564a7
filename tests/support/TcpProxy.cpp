#include "TcpProxy.h"

#include <QUrl>
#include <memory>

namespace plein::test {

TcpProxy::TcpProxy(quint16 targetPort) : m_target(targetPort)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
}

QUrl TcpProxy::url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }

void TcpProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        if (m_offline) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *upstream = new QTcpSocket(this);
        QPointer<QTcpSocket> c(client), u(upstream);
        auto sent = std::make_shared<qint64>(0);
        connect(client, &QTcpSocket::readyRead, this, [this, c, u, sent] {
            if (!c || !u) return;
            const QByteArray chunk = c->readAll();
            *sent += chunk.size();
            if (m_cutAfter >= 0 && *sent > m_cutAfter) {
                m_cutAfter = -1;
                ++m_cuts;
                c->abort();
                u->abort();
                return;
            }
            // Clients write each HTTP request in one go, so a request starts a chunk.
            m_requestLines += chunk.left(chunk.indexOf('\n') + 1);
            u->write(chunk);
        });
        connect(upstream, &QTcpSocket::readyRead, this, [c, u] { if (c && u) c->write(u->readAll()); });
        connect(upstream, &QTcpSocket::connected, this, [c, u] { if (c && u && c->bytesAvailable()) u->write(c->readAll()); });
        // Forward what is still buffered (e.g. a WebSocket close frame) before closing the other side.
        connect(client, &QTcpSocket::disconnected, this, [c, u] {
            if (c && u && c->isOpen() && u->isOpen()) u->write(c->readAll());
            if (u) u->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::disconnected, this, [c, u] {
            if (c && u && c->isOpen() && u->isOpen()) c->write(u->readAll());
            if (c) c->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, this, [c] { if (c) c->abort(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        m_pairs.append({c, u});
    }
}

int TcpProxy::requestsStartingWith(const QByteArray &start) const
{
    int n = 0;
    for (const QByteArray &line : m_requestLines.split('\n'))
        if (line.startsWith(start)) ++n;
    return n;
}

void TcpProxy::setOffline(bool offline)
{
    m_offline = offline;
    if (!offline) return;
    for (auto &[c, u] : m_pairs) {
        if (c && c->state() == QAbstractSocket::ConnectedState) ++m_connectionsCut;
        if (c) c->abort();
        if (u) u->abort();
    }
    m_pairs.clear();
}

} // namespace plein::test
