#include "Store.h"
#include "Migrations.h"

#include <QCoroFuture>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace plein::store {

QString Store::companionDir(const QString &path, const QString &what)
{
    const QFileInfo file(path);
    return file.dir().filePath(file.completeBaseName() + QLatin1Char('-') + what);
}

Database &StoreWriter::db()
{
    if (!m_db) {
        m_db = std::make_unique<Database>(m_path, Database::Mode::ReadWrite);
        m_checkpointer->attach(*m_db);
    }
    return *m_db;
}

Store::Store(QString path)
    : m_path(std::move(path))
    , m_checkpointer(m_path)
{
    qRegisterMetaType<StoreChanges>();
    m_writer = new StoreWriter(m_path, &m_checkpointer);
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &StoreWriter::committed, this, &Store::changed, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("plein-store"));
    m_thread.start();
}

Store::~Store()
{
    m_reader.reset();
    QMetaObject::invokeMethod(m_writer, [w = m_writer] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QCoro::Task<OpenedStore> Store::open(QString path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<Store> store(new Store(path));
    auto migrating = store->write([](WriteContext &ctx) {
        try {
            migrate(ctx.db);
            return QString();
        } catch (const StoreError &e) {
            return e.message();
        }
    });
    const QString error = co_await migrating;
    if (!error.isEmpty()) co_return OpenedStore{nullptr, error};
    try {
        store->m_reader = std::make_unique<Database>(path, Database::Mode::ReadOnly);
    } catch (const StoreError &e) {
        co_return OpenedStore{nullptr, e.message()};
    }
    co_return OpenedStore{std::move(store), QString()};
}

bool Store::removeFiles(const QString &path)
{
    bool ok = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString f = path + suffix;
        if (QFile::exists(f) && !QFile::remove(f)) ok = false;
    }
    return ok;
}

} // namespace plein::store
