// Uploads: the size limit, type sniffing, thumbnails, the same-id rule on disk, and who may
// read a file before and after it is attached.
#include "GroupWorld.h"
#include "protocol/Attachment.h"
#include "protocol/Post.h"
#include "protocol/Uuid.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <catch2/catch.hpp>

using namespace plein::test;
namespace protocol = plein::protocol;

namespace {

QString uploadPath(const QString &id, const QString &name)
{
    return QStringLiteral("/api/v1/files?id=%1&name=%2").arg(id, QString::fromUtf8(QUrl::toPercentEncoding(name)));
}

int filesOnDisk(const ServerProcess &server)
{
    return int(QDir(server.dataDir() + QStringLiteral("/files")).entryList(QDir::Files).size());
}

} // namespace

TEST_CASE("uploads: sniffed type, thumbnail, same-id rule without a second copy", "[server][files]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto anna = signIn(*server, kAnna);
    const QString id = protocol::newUuidV7();

    // A PNG named like a PDF is a PNG.
    const HttpResult r = bram->postRaw(uploadPath(id, QStringLiteral("begroting.pdf")), kTinyPng, "application/pdf");
    INFO(r.body.toStdString());
    REQUIRE(r.status == 201);
    const auto a = protocol::Attachment::fromJson(r.json());
    REQUIRE(a.ok());
    CHECK(a.value().mime == QStringLiteral("image/png"));
    CHECK(a.value().name == QStringLiteral("begroting.pdf"));
    CHECK(a.value().size == kTinyPng.size());
    CHECK(a.value().width == 4);
    CHECK(a.value().height == 3);
    CHECK(a.value().url == QStringLiteral("/api/v1/files/") + id);
    CHECK(a.value().thumbnailUrl == QStringLiteral("/api/v1/files/") + id + QStringLiteral("/thumbnail"));
    const int onDisk = filesOnDisk(*server);
    CHECK(onDisk == 2); // the file and its thumbnail

    const HttpResult repeat = bram->postRaw(uploadPath(id, QStringLiteral("other.png")), "different bytes", "text/plain");
    CHECK(repeat.status == 200);
    CHECK(repeat.json().value(QStringLiteral("name")).toString() == QStringLiteral("begroting.pdf"));
    CHECK(filesOnDisk(*server) == onDisk);
    CHECK(anna->postRaw(uploadPath(id, QStringLiteral("x.txt")), "hallo", "text/plain").status == 409);

    // Served with the sniffed type; the thumbnail is a JPEG.
    const HttpResult bytes = bram->get(a.value().url);
    CHECK(bytes.status == 200);
    CHECK(bytes.body == kTinyPng);
    CHECK(bytes.header("Content-Type") == "image/png");
    CHECK(bytes.header("Content-Disposition").contains("begroting.pdf"));
    const HttpResult thumb = bram->get(a.value().thumbnailUrl);
    CHECK(thumb.status == 200);
    CHECK(thumb.header("Content-Type") == "image/jpeg");
    CHECK(thumb.body.startsWith("\xff\xd8\xff"));
    // Before it is attached, only the uploader reads it.
    CHECK(anna->get(a.value().url).status == 404);

    SECTION("other types are sniffed from the bytes")
    {
        const auto mimeOf = [&](const QByteArray &data, const QString &name) {
            const HttpResult up = bram->postRaw(uploadPath(protocol::newUuidV7(), name), data, "application/octet-stream");
            REQUIRE(up.status == 201);
            return up.json().value(QStringLiteral("mime")).toString();
        };
        CHECK(mimeOf("%PDF-1.7\n...", QStringLiteral("a.png")) == QStringLiteral("application/pdf"));
        CHECK(mimeOf(QByteArray("PK\x03\x04rest", 8), QStringLiteral("notulen.docx")) == QStringLiteral("application/zip"));
        CHECK(mimeOf("Gewoon tekst, met één accent.\n", QStringLiteral("a.exe")) == QStringLiteral("text/plain"));
        CHECK(mimeOf(QByteArray("\x00\x01\x02\x03", 4), QStringLiteral("a.txt")) == QStringLiteral("application/octet-stream"));
        CHECK(mimeOf(QByteArray("GIF89a", 6) + QByteArray(10, '\0'), QStringLiteral("a")) == QStringLiteral("image/gif"));
    }
}

TEST_CASE("upload errors: 413 above 25 MiB, bad id, name or empty body", "[server][files]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    const QByteArray big(protocol::kMaxUploadSize + 1, 'a');
    const HttpResult tooBig = bram->postRaw(uploadPath(protocol::newUuidV7(), QStringLiteral("big.txt")), big, "text/plain");
    CHECK(tooBig.status == 413);
    CHECK(tooBig.errorCode() == QStringLiteral("payload_too_large"));
    CHECK(filesOnDisk(*server) == 0);
    // JSON routes keep their 1 MiB limit.
    CHECK(bram->postRaw(QStringLiteral("/api/v1/posts"), QByteArray(2 * 1024 * 1024, ' ')).status == 413);
    CHECK(errorField(bram->postRaw(QStringLiteral("/api/v1/files?id=../../etc/passwd&name=x"), "x", "text/plain")) == QStringLiteral("id"));
    CHECK(errorField(bram->postRaw(QStringLiteral("/api/v1/files?id=%1").arg(protocol::newUuidV7()), "x", "text/plain")) == QStringLiteral("name"));
    CHECK(errorField(bram->postRaw(uploadPath(protocol::newUuidV7(), QStringLiteral("x")), QByteArray(), "text/plain")) == QStringLiteral("body"));
}

TEST_CASE("attaching: only own, unattached files; afterwards readable by whoever reads the post", "[server][files]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto anna = signIn(*server, kAnna);
    const QString fietsclub = groupIdNamed(*anna, QStringLiteral("Fietsclub"));
    const QString fileId = protocol::newUuidV7();
    REQUIRE(bram->postRaw(uploadPath(fileId, QStringLiteral("route.png")), kTinyPng).status == 201);

    // Anna cannot attach bram's file.
    const HttpResult stolen = anna->post(QStringLiteral("/api/v1/posts"),
                                         protocol::NewPost{protocol::newUuidV7(), fietsclub, QStringLiteral("x"), false, {fileId}}.toJson());
    CHECK(stolen.status == 404);
    CHECK(errorField(stolen) == QStringLiteral("attachmentIds[0]"));

    const QString postId = protocol::newUuidV7();
    const HttpResult posted = bram->post(QStringLiteral("/api/v1/posts"),
                                         protocol::NewPost{postId, fietsclub, QStringLiteral("De route"), false, {fileId}}.toJson());
    REQUIRE(posted.status == 201);
    const auto post = protocol::Post::fromJson(posted.json());
    REQUIRE(post.ok());
    REQUIRE(post.value().attachments.size() == 1);
    CHECK(post.value().attachments.first().id == fileId);
    CHECK(anna->get(QStringLiteral("/api/v1/files/") + fileId).status == 200);
    // A file belongs to one post.
    const HttpResult twice = bram->post(QStringLiteral("/api/v1/posts"),
                                        protocol::NewPost{protocol::newUuidV7(), fietsclub, QStringLiteral("y"), false, {fileId}}.toJson());
    CHECK(twice.status == 422);
    // Deleting the post deletes the file, bytes included.
    REQUIRE(bram->del(QStringLiteral("/api/v1/posts/") + postId).status == 204);
    CHECK(bram->get(QStringLiteral("/api/v1/files/") + fileId).status == 404);
    CHECK(filesOnDisk(*server) == 0);
}

TEST_CASE("a large image gets a thumbnail of at most 480 px and its real size", "[server][files]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    QImage image(1200, 600, QImage::Format_ARGB32);
    image.fill(QColor(20, 120, 200, 128)); // half transparent: flattened onto white in the JPEG
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    const QString id = protocol::newUuidV7();
    const HttpResult r = bram->postRaw(uploadPath(id, QStringLiteral("foto.png")), png, "image/png");
    REQUIRE(r.status == 201);
    CHECK(r.json().value(QStringLiteral("width")).toInteger() == 1200);
    CHECK(r.json().value(QStringLiteral("height")).toInteger() == 600);
    const HttpResult thumb = bram->get(QStringLiteral("/api/v1/files/") + id + QStringLiteral("/thumbnail"));
    REQUIRE(thumb.status == 200);
    const QImage small = QImage::fromData(thumb.body, "JPEG");
    REQUIRE_FALSE(small.isNull());
    CHECK(small.width() == 480);
    CHECK(small.height() == 240);
    // Not a decodable image, although it starts like one: no thumbnail, no size.
    const HttpResult broken = bram->postRaw(uploadPath(protocol::newUuidV7(), QStringLiteral("kapot.png")),
                                            kTinyPng.left(20), "image/png");
    REQUIRE(broken.status == 201);
    CHECK(broken.json().value(QStringLiteral("mime")).toString() == QStringLiteral("image/png"));
    CHECK(broken.json().value(QStringLiteral("thumbnailUrl")).isNull());
    CHECK_FALSE(broken.json().contains(QStringLiteral("width")));
}
