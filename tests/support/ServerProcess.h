#pragma once
// A real plein-server child process on an ephemeral loopback port, with its own temp data dir.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace plein::test {

class ServerProcess {
public:
    // Creates a data dir and seeds it (`seed --demo --scale tiny`) unless seed is false.
    explicit ServerProcess(bool seed = true, QStringList extraArgs = {});
    ~ServerProcess();

    // Starts the server (again, on the same data dir and, when restarting, the same port)
    // and waits for its "listening on" line. Returns false with the output on failure.
    bool start();
    void stop();      // SIGTERM and wait
    void kill();      // SIGKILL: no chance to clean up
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QUrl url() const;                 // http://127.0.0.1:PORT
    QString dataDir() const { return m_dir.path(); }
    QString output() const { return m_output; }

    // Runs `plein-server ARGS` to completion (seed and other one-shot commands).
    static int runCommand(const QStringList &args, QString *output = nullptr, int timeoutMs = 120000);
    static QString binary();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_proc;
    QStringList m_extraArgs;
    quint16 m_port = 0;
    QString m_output;
};

} // namespace plein::test
