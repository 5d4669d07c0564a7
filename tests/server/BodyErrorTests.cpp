// Every JSON-body route of issue 3 answers bad bodies the documented way: unparseable -> 400
// malformed_json, not an object -> 422, a wrong type -> 422 naming the field, over 1 MiB -> 413.
#include "ServerFixture.h"
#include "protocol/Comment.h"
#include "protocol/Uuid.h"

#include <catch2/catch.hpp>

using namespace plein::test;
namespace protocol = plein::protocol;

TEST_CASE("bad bodies on every JSON route get 400, 422 with the field, or 413", "[server][errors]")
{
    auto server = startServer();
    auto anna = signIn(*server, kAnna);
    const QString fietsclub = groupIdNamed(*anna, QStringLiteral("Fietsclub"));
    const QString postId = protocol::newUuidV7();
    REQUIRE(anna->post(QStringLiteral("/api/v1/posts"), newPost(fietsclub, QStringLiteral("doel"), postId)).status == 201);
    const QString commentId = protocol::newUuidV7();
    REQUIRE(anna->post(QStringLiteral("/api/v1/posts/%1/comments").arg(postId),
                       protocol::NewComment{commentId, QStringLiteral("doel")}.toJson()).status == 201);

    struct Route {
        QByteArray verb;
        QString path;
        QByteArray wrongType; // a body with one mistyped field
        QString field;        // the field the 422 must name
    };
    const QList<Route> routes{
        {"POST", QStringLiteral("/api/v1/groups"), R"({"id": 1, "name": "x", "visibility": "public"})", QStringLiteral("id")},
        {"PATCH", QStringLiteral("/api/v1/groups/") + fietsclub, R"({"name": ["x"], "version": 1})", QStringLiteral("name")},
        {"PATCH", QStringLiteral("/api/v1/posts/") + postId, R"({"body": "x", "version": 1.5})", QStringLiteral("version")},
        {"POST", QStringLiteral("/api/v1/posts/%1/comments").arg(postId), R"({"id": 5, "body": "x"})", QStringLiteral("id")},
        {"PATCH", QStringLiteral("/api/v1/comments/") + commentId, R"({"body": null, "version": 1})", QStringLiteral("body")},
        {"POST", QStringLiteral("/api/v1/posts"),
         QStringLiteral(R"({"id": "%1", "body": "x", "attachmentIds": "one"})").arg(protocol::newUuidV7()).toUtf8(),
         QStringLiteral("attachmentIds")},
    };
    for (const Route &r : routes) {
        INFO(r.verb.toStdString() << " " << r.path.toStdString());
        const HttpResult broken = anna->send(r.verb, r.path, "{\"body\": ");
        CHECK(broken.status == 400);
        CHECK(broken.errorCode() == QStringLiteral("malformed_json"));
        const HttpResult array = anna->send(r.verb, r.path, "[]");
        CHECK(array.status == 422);
        CHECK(array.errorCode() == QStringLiteral("validation_failed"));
        const HttpResult typed = anna->send(r.verb, r.path, r.wrongType);
        CHECK(typed.status == 422);
        CHECK(errorField(typed) == r.field);
        const HttpResult huge = anna->send(r.verb, r.path, "{\"body\": \"" + QByteArray(1024 * 1024, 'a') + "\"}");
        CHECK(huge.status == 413);
        CHECK(huge.errorCode() == QStringLiteral("payload_too_large"));
    }
}
