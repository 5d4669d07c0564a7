#pragma once
// Turns SIGTERM and SIGINT into a Qt signal, so shutdown runs in the event loop (closing
// WebSockets, closing the database) instead of inside an async-signal handler.
#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace plein::server {

class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void received();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace plein::server
