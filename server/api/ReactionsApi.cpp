#include "api/ReactionsApi.h"
#include "access/PostAccess.h"
#include "api/Refusals.h"
#include "protocol/Event.h"
#include "protocol/Reaction.h"
#include "storage/ChangeLog.h"
#include "storage/CommentRows.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace plein::server {

namespace {
QString nameOf(reactions::Target t) { return t == reactions::Target::Post ? QStringLiteral("post") : QStringLiteral("comment"); }
}

std::optional<ReactionsApi::Resolved> ReactionsApi::resolve(const ApiRequest &request, reactions::Target target)
{
    const protocol::User &me = request.signedIn().user;
    const QString id = request.idParam(QStringLiteral("id"));
    QString postId = id;
    if (target == reactions::Target::Comment) {
        const auto comment = comments::findById(m_db, id);
        if (!comment) return std::nullopt;
        postId = comment->postId;
    }
    const PostAccess access = postAccess(m_db, me, postId);
    if (!access.post) return std::nullopt;
    return Resolved{id, postId, access.post->groupId};
}

Reply ReactionsApi::set(const ApiRequest &request, reactions::Target target, bool active)
{
    const protocol::User &me = request.signedIn().user;
    Transaction tx(m_db, Transaction::Kind::Write);
    const auto resolved = resolve(request, target);
    if (!resolved) return refuse::notFound(nameOf(target));
    const QString kind = request.param(QStringLiteral("kind"));
    if (!protocol::ReactionKind::isValid(kind))
        return refuse::invalid(QStringLiteral("kind"), QStringLiteral("expected one of ") + protocol::ReactionKind::all().join(QStringLiteral(", ")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool changed = reactions::set(m_db, target, resolved->id, me.id, kind, active, now);
    const protocol::ReactionState state{reactions::counts(m_db, target, resolved->id),
                                        reactions::mine(m_db, target, resolved->id, me.id)};
    std::optional<LoggedEvent> event;
    if (changed) {
        const protocol::ReactionChange change{nameOf(target), resolved->id, resolved->postId, {}, me.id, kind, active, state.reactions};
        // Reactions carry no version of their own; the counts in the event are the truth.
        event = m_changeLog.append(scopeOfPost(resolved->groupId), protocol::EventName::ReactionChanged, resolved->id, 0,
                                   change.toJson(), now);
    }
    tx.commit();
    if (event) m_changeLog.announce(*event);
    return Reply::json(200, state.toJson());
}

Reply ReactionsApi::who(const ApiRequest &request, reactions::Target target)
{
    Transaction snapshot(m_db, Transaction::Kind::Read);
    const auto resolved = resolve(request, target);
    if (!resolved) return refuse::notFound(nameOf(target));
    const protocol::ReactorList list{reactions::reactors(m_db, target, resolved->id)};
    snapshot.commit();
    return Reply::json(200, list.toJson());
}

} // namespace plein::server
