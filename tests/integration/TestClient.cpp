#include "TestClient.h"
#include "Wait.h"
#include "store/PostStore.h"

#include <QCoroTask>
#include <sqlite3.h>

namespace plein::test {

TestClient::TestClient() : TestClient(fastOptions()) {}

TestClient::TestClient(sync::SyncEngine::Options options)
    : m_account(std::make_unique<account::Account>(paths(), options))
{
}

TestClient::~TestClient()
{
    m_feed.reset();
    m_account.reset();
}

account::AccountPaths TestClient::paths() const
{
    return {m_dir.filePath(QStringLiteral("accounts.ini")), m_dir.path()};
}

sync::SyncEngine::Options TestClient::fastOptions()
{
    sync::SyncEngine::Options o;
    o.realtime.pingIntervalMs = 500;
    o.realtime.deadAfterMs = 3000;
    o.realtime.backoffBaseMs = 50;
    o.realtime.backoffCapMs = 400;
    o.outboxRetryBaseMs = 50;
    o.outboxRetryCapMs = 400;
    return o;
}

bool TestClient::signIn(const QUrl &server, const QString &email, QString *error)
{
    const auto result = QCoro::waitFor(m_account->signIn(server.toString(), email, QStringLiteral("demo-password")));
    if (result.error != account::Account::SignInError::None) {
        if (error) *error = QStringLiteral("sign-in failed: %1 %2").arg(int(result.error)).arg(result.detail);
        return false;
    }
    attachFeed();
    return waitOnline();
}

void TestClient::attachFeed()
{
    m_feed = std::make_unique<models::FeedModel>(m_account->store());
    auto *s = m_account->sync();
    m_feed->setServerPager([s] { return s->loadOlderFeed(); }, [s] { return s->serverHasOlderFeed(); });
}

bool TestClient::waitOnline(int timeoutMs)
{
    return waitUntil([&] { return m_account->sync() && m_account->sync()->isBootstrapped() && m_account->sync()->isOnline(); },
                     timeoutMs);
}

QString TestClient::post(const QString &body, const QString &groupId)
{
    return QCoro::waitFor(m_account->sync()->createPost(groupId, QString(), body));
}

qint64 TestClient::countInCache(const char *sql, const QString &arg)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(m_account->cachePath().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
            const QByteArray a = arg.toUtf8();
            if (sqlite3_bind_parameter_count(st) > 0) sqlite3_bind_text(st, 1, a.constData(), int(a.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int64(st, 0);
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

bool TestClient::execInCache(const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    bool ok = false;
    if (sqlite3_open_v2(m_account->cachePath().toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    sqlite3_close(db);
    return ok;
}

int TestClient::cachedCount(const QString &postId)
{
    // Straight from the file, through a connection of our own: what is on disk, not in a model.
    sqlite3 *db = nullptr;
    int n = -1;
    if (sqlite3_open_v2(m_account->cachePath().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "SELECT count(*) FROM posts WHERE id = ?", -1, &st, nullptr);
        const QByteArray id = postId.toUtf8();
        sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

bool TestClient::isPending(const QString &postId)
{
    const auto row = store::posts::byId(m_account->store()->reader(), postId);
    return row && row->state == store::PostState::Pending;
}

} // namespace plein::test
