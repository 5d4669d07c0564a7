#include "TokenVault.h"

#include <QCoroSignal>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <qt6keychain/keychain.h>

namespace plein::account {

namespace {
struct LaterDeleter {
    void operator()(QObject *o) const { o->deleteLater(); }
};
template<typename J>
using JobPtr = std::unique_ptr<J, LaterDeleter>;

template<typename J>
JobPtr<J> makeJob(const QString &service, const QString &key)
{
    JobPtr<J> job(new J(service));
    job->setAutoDelete(false);
    job->setKey(key);
    return job;
}

VaultResult fromJob(const QKeychain::Job &job)
{
    VaultResult r;
    r.ok = job.error() == QKeychain::NoError;
    r.notFound = job.error() == QKeychain::EntryNotFound;
    if (!r.ok) r.error = job.errorString();
    return r;
}
}

QCoro::Task<VaultResult> TokenVault::read(QString accountKey) const
{
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, keyFor(accountKey));
    job->start();
    co_await qCoro(job.get(), &QKeychain::Job::finished);
    VaultResult r = fromJob(*job);
    if (r.ok) {
        const QJsonObject o = QJsonDocument::fromJson(job->textData().toUtf8()).object();
        r.tokens.access = o.value(QStringLiteral("access")).toString();
        r.tokens.refresh = o.value(QStringLiteral("refresh")).toString();
    }
    co_return r;
}

QCoro::Task<VaultResult> TokenVault::write(QString accountKey, Tokens tokens) const
{
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, keyFor(accountKey));
    const QJsonObject o{{QStringLiteral("access"), tokens.access}, {QStringLiteral("refresh"), tokens.refresh}};
    job->setTextData(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    job->start();
    co_await qCoro(job.get(), &QKeychain::Job::finished);
    co_return fromJob(*job);
}

QCoro::Task<VaultResult> TokenVault::remove(QString accountKey) const
{
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, keyFor(accountKey));
    job->start();
    co_await qCoro(job.get(), &QKeychain::Job::finished);
    co_return fromJob(*job);
}

} // namespace plein::account
