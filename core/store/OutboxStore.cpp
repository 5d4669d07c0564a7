#include "OutboxStore.h"

#include <QDateTime>

namespace plein::store::outbox {

namespace {
OutboxEntry readEntry(const Statement &s)
{
    OutboxEntry e;
    e.seq = s.integer(0);
    e.kind = s.text(1);
    e.objectId = s.text(2);
    e.payload = s.text(3);
    e.state = s.text(4);
    e.attempts = int(s.integer(5));
    e.error = s.text(6);
    return e;
}
}

qint64 enqueue(Database &db, const QString &kind, const QString &objectId, const QString &payload)
{
    db.prepare("INSERT INTO outbox(kind, object_id, payload, state, created_at) VALUES(?,?,?,'pending',?)")
        .bind(1, kind).bind(2, objectId).bind(3, payload).bind(4, QDateTime::currentMSecsSinceEpoch())
        .run();
    return db.lastInsertRowId();
}

std::optional<OutboxEntry> nextPending(Database &db)
{
    Statement &s = db.prepare("SELECT seq, kind, object_id, payload, state, attempts, error FROM outbox "
                              "WHERE state = 'pending' ORDER BY seq LIMIT 1");
    std::optional<OutboxEntry> e;
    if (s.step()) e = readEntry(s);
    s.reset();
    return e;
}

std::optional<OutboxEntry> byObject(Database &db, const QString &objectId)
{
    Statement &s = db.prepare("SELECT seq, kind, object_id, payload, state, attempts, error FROM outbox "
                              "WHERE object_id = ? ORDER BY seq LIMIT 1");
    s.bind(1, objectId);
    std::optional<OutboxEntry> e;
    if (s.step()) e = readEntry(s);
    s.reset();
    return e;
}

QList<OutboxEntry> forObject(Database &db, const QString &objectId)
{
    Statement &s = db.prepare("SELECT seq, kind, object_id, payload, state, attempts, error FROM outbox "
                              "WHERE object_id = ? ORDER BY seq");
    s.bind(1, objectId);
    QList<OutboxEntry> out;
    while (s.step()) out.append(readEntry(s));
    return out;
}

void markSending(Database &db, qint64 seq)
{
    db.prepare("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE seq = ?").bind(1, seq).run();
}

void markPending(Database &db, qint64 seq, const QString &error)
{
    db.prepare("UPDATE outbox SET state = 'pending', error = ? WHERE seq = ?").bind(1, error).bind(2, seq).run();
}

void markFailed(Database &db, qint64 seq, const QString &error)
{
    db.prepare("UPDATE outbox SET state = 'failed', error = ? WHERE seq = ?").bind(1, error).bind(2, seq).run();
}

void markDone(Database &db, qint64 seq)
{
    db.prepare("DELETE FROM outbox WHERE seq = ?").bind(1, seq).run();
}

int recoverInterrupted(Database &db)
{
    db.prepare("UPDATE outbox SET state = 'pending' WHERE state = 'sending'").run();
    return db.changes();
}

bool retry(Database &db, const QString &objectId)
{
    db.prepare("UPDATE outbox SET state = 'pending', error = NULL WHERE object_id = ? AND state = 'failed'")
        .bind(1, objectId).run();
    return db.changes() > 0;
}

bool discard(Database &db, const QString &objectId)
{
    db.prepare("DELETE FROM outbox WHERE object_id = ? AND state = 'failed'").bind(1, objectId).run();
    return db.changes() > 0;
}

int pendingCount(Database &db)
{
    Statement &s = db.prepare("SELECT count(*) FROM outbox WHERE state != 'failed'");
    s.step();
    const int n = int(s.integer(0));
    s.reset();
    return n;
}

bool replacePending(Database &db, const QString &kind, const QString &objectId, const QString &payload)
{
    db.prepare("UPDATE outbox SET payload = ? WHERE kind = ? AND object_id = ? AND state = 'pending'")
        .bind(1, payload).bind(2, kind).bind(3, objectId).run();
    return db.changes() > 0;
}

} // namespace plein::store::outbox
