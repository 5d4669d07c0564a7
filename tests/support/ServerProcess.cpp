#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QThread>
#include <stdexcept>

namespace plein::test {

QString ServerProcess::binary()
{
    const QString env = qEnvironmentVariable("PLEIN_SERVER");
    return env.isEmpty() ? QStringLiteral(PLEIN_SERVER_PATH) : env;
}

int ServerProcess::runCommand(const QStringList &args, QString *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(binary(), args);
    if (!p.waitForStarted(10000)) {
        if (output) *output = QStringLiteral("could not start ") + binary();
        return -1;
    }
    p.waitForFinished(timeoutMs);
    if (output) *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

ServerProcess::ServerProcess(bool seed, QStringList extraArgs)
    : m_extraArgs(std::move(extraArgs))
{
    if (!m_dir.isValid()) throw std::runtime_error("no temp dir");
    if (seed) {
        QString out;
        const int rc = runCommand({QStringLiteral("seed"), QStringLiteral("--demo"), QStringLiteral("--scale"),
                                   QStringLiteral("tiny"), QStringLiteral("--data"), m_dir.path()}, &out);
        if (rc != 0) throw std::runtime_error(("seed failed: " + out).toStdString());
    }
}

ServerProcess::~ServerProcess() { stop(); }

QUrl ServerProcess::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool ServerProcess::isRunning() const
{
    return m_proc && m_proc->state() == QProcess::Running;
}

bool ServerProcess::start()
{
    if (isRunning()) return true;
    // A restart keeps the port so clients that knew the old address find it again. The old
    // socket may linger briefly, so retry a few times.
    for (int attempt = 0; attempt < 50; ++attempt) {
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::MergedChannels);
        QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                         QStringLiteral("--data"), m_dir.path()};
        args += m_extraArgs;
        m_proc->start(binary(), args);
        if (!m_proc->waitForStarted(10000)) {
            m_output = QStringLiteral("could not start ") + binary();
            return false;
        }
        QDeadlineTimer deadline(20000);
        QString out;
        static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        while (!deadline.hasExpired()) {
            if (m_proc->canReadLine() || m_proc->waitForReadyRead(100)) {
                out += QString::fromUtf8(m_proc->readAll());
                const auto m = re.match(out);
                if (m.hasMatch()) {
                    m_port = quint16(m.captured(1).toUInt());
                    m_output = out;
                    return true;
                }
            }
            if (m_proc->state() != QProcess::Running) break;
        }
        m_output = out + QString::fromUtf8(m_proc->readAll());
        if (m_port == 0 || !m_output.contains(QLatin1String("in use"))) return false;
        QThread::msleep(100);
    }
    return false;
}

void ServerProcess::stop()
{
    if (!m_proc) return;
    if (m_proc->state() == QProcess::Running) {
        m_proc->terminate();
        if (!m_proc->waitForFinished(10000)) {
            m_proc->kill();
            m_proc->waitForFinished(5000);
        }
    }
    m_output += QString::fromUtf8(m_proc->readAll());
    m_proc.reset();
}

void ServerProcess::kill()
{
    if (!m_proc) return;
    m_proc->kill();
    m_proc->waitForFinished(5000);
    m_proc.reset();
}

} // namespace plein::test
