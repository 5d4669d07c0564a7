#pragma once
// Shared set-up for the server tests: a running seeded server, signed-in HTTP clients and
// a few lookups into the tiny seed (which groups exist, who is in which).
#include "ServerProcess.h"
#include "TestHttp.h"
#include "protocol/Feed.h"
#include "protocol/Post.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace plein::test {

// Tiny-seed facts the tests rely on (see server/seed/DemoPlan.cpp).
inline const QString kAnna = QStringLiteral("anna@plein.demo");     // community manager
inline const QString kBram = QStringLiteral("bram@plein.demo");     // member of Gelderland, ICT, Fietsclub
inline const QString kAdmin = QStringLiteral("admin@plein.demo");
inline const QString kExtern = QStringLiteral("extern@plein.demo");
inline const QString kPassword = QStringLiteral("demo-password");

// Stops the server and fails the test if its output holds a sanitizer report (asan builds:
// the server is a child process, so its reports would otherwise go unseen).
void stopAndCheck(ServerProcess &server);
// True when a process's output contains an AddressSanitizer, LeakSanitizer or UBSan report.
bool hasSanitizerReport(const QString &output);

struct StopAndCheck {
    void operator()(ServerProcess *server) const;
};
using RunningServer = std::unique_ptr<ServerProcess, StopAndCheck>;

// Starts a tiny-seeded server (Catch REQUIREs that it came up).
RunningServer startServer(const QStringList &extraArgs = {});
// An HTTP client signed in as `email`.
std::unique_ptr<TestHttp> signIn(const ServerProcess &server, const QString &email);

// The id of the group called `name`, looked up through anna's memberships (she is in every
// group bram is not in, and in Fietsclub).
QString groupIdNamed(TestHttp &anna, const QString &name);
QJsonObject newPost(const QString &groupId, const QString &body, const QString &id = {});
// Pages through the whole feed with `limit` per page.
QList<protocol::Post> wholeFeed(TestHttp &http, int limit);
// The end of the change log, reached by syncing from 0 until a batch comes back empty.
qint64 currentCursor(TestHttp &http);

// error.field of an error body (empty when absent).
QString errorField(const HttpResult &r);

// A separate connection to a server's database, for arranging states the API cannot create
// (equal timestamps, a newer schema). The caller removes it with closeDatabase().
QSqlDatabase openDatabase(const QString &dataDir);
void closeDatabase(QSqlDatabase &db);

} // namespace plein::test
