#include "api/AnnouncementsApi.h"
#include "access/PostAccess.h"
#include "api/Refusals.h"
#include "protocol/Acknowledgement.h"
#include "protocol/Event.h"
#include "storage/AcknowledgementRows.h"
#include "storage/ChangeLog.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace plein::server {

namespace {
Reply notAnAnnouncement()
{
    return refuse::invalid(QStringLiteral("id"), QStringLiteral("this post is not an announcement"));
}
}

Reply AnnouncementsApi::acknowledge(const ApiRequest &request)
{
    const protocol::User &me = request.signedIn().user;
    Transaction tx(m_db, Transaction::Kind::Write);
    const PostAccess access = postAccess(m_db, me, request.idParam(QStringLiteral("id")));
    if (!access.post) return refuse::notFound(QStringLiteral("post"));
    if (!access.post->announcement) return notAnAnnouncement();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool added = acknowledgements::add(m_db, access.post->id, me.id, now);
    const qint64 readCount = acknowledgements::count(m_db, access.post->id);
    std::optional<LoggedEvent> event;
    if (added)
        event = m_changeLog.append(scopeOfPost(access.post->groupId), protocol::EventName::AnnouncementRead, access.post->id, 0,
                                   protocol::AnnouncementRead{access.post->id, me.id, readCount}.toJson(), now);
    tx.commit();
    if (event) m_changeLog.announce(*event);
    return Reply::json(200, protocol::AcknowledgementState{readCount}.toJson());
}

Reply AnnouncementsApi::acknowledgements(const ApiRequest &request)
{
    const protocol::User &me = request.signedIn().user;
    Transaction snapshot(m_db, Transaction::Kind::Read);
    const PostAccess access = postAccess(m_db, me, request.idParam(QStringLiteral("id")));
    if (!access.post) return refuse::notFound(QStringLiteral("post"));
    if (!access.post->announcement) return notAnAnnouncement();
    if (access.post->authorId != me.id && !mayPostToEveryone(me))
        return refuse::forbidden(QStringLiteral("only the author, community managers and admins see who read this"));
    const QSet<QString> readers = acknowledgements::readers(m_db, access.post->id);
    protocol::Acknowledgements out;
    for (const protocol::UserRef &person : acknowledgements::audience(m_db, access.post->groupId))
        (readers.contains(person.id) ? out.read : out.unread).append(person);
    out.audienceCount = out.read.size() + out.unread.size();
    // Readers who have since left the audience still count as having read it.
    out.readCount = readers.size();
    snapshot.commit();
    return Reply::json(200, out.toJson());
}

} // namespace plein::server
