// The framing StreamWorker speaks on handed-over stream sockets (server/stream/WsFrame): what a
// browser or QWebSocket client sends must parse, and what is not a valid client frame must
// be refused rather than misread.
#include "stream/WsFrame.h"

#include <catch2/catch.hpp>

using namespace plein::server;

namespace {
QByteArray clientFrame(quint8 firstByte, const QByteArray &payload, bool masked = true)
{
    QByteArray f;
    f.append(char(firstByte));
    const char mask[4] = {'\x12', '\x34', '\x56', '\x78'};
    const char maskBit = masked ? char(0x80) : char(0);
    if (payload.size() < 126) {
        f.append(char(maskBit | char(payload.size())));
    } else {
        f.append(char(maskBit | 126));
        f.append(char(payload.size() >> 8));
        f.append(char(payload.size() & 0xff));
    }
    if (masked) f.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i) f.append(masked ? char(payload.at(i) ^ mask[i % 4]) : payload.at(i));
    return f;
}
}

TEST_CASE("client frames are unmasked, taken one at a time, and wait for their last byte", "[server][wsframe]")
{
    const QByteArray typing = R"({"type":"typing","conversationId":"x"})";
    const QByteArray big(300, 'a'); // a 16-bit length
    QByteArray buffer = clientFrame(0x81, typing) + clientFrame(0x81, big) + clientFrame(0x89, "ping!");
    qsizetype offset = 0;
    ws::ClientFrame frame;
    REQUIRE(ws::takeClientFrame(buffer, offset, frame, 65536) == ws::Take::Frame);
    CHECK(frame.opcode == ws::Text);
    CHECK(frame.fin);
    CHECK(frame.payload == typing);
    REQUIRE(ws::takeClientFrame(buffer, offset, frame, 65536) == ws::Take::Frame);
    CHECK(frame.payload == big);
    REQUIRE(ws::takeClientFrame(buffer, offset, frame, 65536) == ws::Take::Frame);
    CHECK(frame.opcode == ws::Ping);
    CHECK(frame.payload == "ping!");
    CHECK(offset == buffer.size());
    CHECK(ws::takeClientFrame(buffer, offset, frame, 65536) == ws::Take::NeedMore);

    // Every cut short of the whole frame waits, and takes nothing.
    const QByteArray one = clientFrame(0x81, big);
    for (qsizetype cut = 0; cut < one.size(); ++cut) {
        qsizetype at = 0;
        INFO("cut at " << cut);
        CHECK(ws::takeClientFrame(one.first(cut), at, frame, 65536) == ws::Take::NeedMore);
        CHECK(at == 0);
    }
}

TEST_CASE("frames a client must not send are refused", "[server][wsframe]")
{
    ws::ClientFrame frame;
    qsizetype offset = 0;
    SECTION("unmasked") { CHECK(ws::takeClientFrame(clientFrame(0x81, "hi", false), offset, frame, 65536) == ws::Take::Invalid); }
    SECTION("a reserved bit") { CHECK(ws::takeClientFrame(clientFrame(0xC1, "hi"), offset, frame, 65536) == ws::Take::Invalid); }
    SECTION("an unknown opcode") { CHECK(ws::takeClientFrame(clientFrame(0x83, "hi"), offset, frame, 65536) == ws::Take::Invalid); }
    SECTION("a fragmented control frame") { CHECK(ws::takeClientFrame(clientFrame(0x09, "hi"), offset, frame, 65536) == ws::Take::Invalid); }
    SECTION("a control frame over 125 bytes") { CHECK(ws::takeClientFrame(clientFrame(0x89, QByteArray(126, 'p')), offset, frame, 65536) == ws::Take::Invalid); }
    SECTION("a payload over the limit") { CHECK(ws::takeClientFrame(clientFrame(0x81, QByteArray(200, 'x')), offset, frame, 100) == ws::Take::Invalid); }
}

TEST_CASE("server frames carry the right length header, and close reasons fit a control frame", "[server][wsframe]")
{
    QByteArray out;
    ws::appendFrame(out, ws::Text, {"{\"a\":", "1}"});
    CHECK(out == QByteArray("\x81\x07{\"a\":1}"));

    out.clear();
    ws::appendFrame(out, ws::Text, {QByteArray(70000, 'z')});
    REQUIRE(out.size() == 10 + 70000);
    CHECK(uchar(out.at(1)) == 127);
    CHECK((uchar(out.at(7)) << 16 | uchar(out.at(8)) << 8 | uchar(out.at(9))) == 70000);

    // 4401 and a reason of 200 "é" (2 bytes each): cut to 123 bytes would split one, so 122.
    const QByteArray payload = ws::closePayload(4401, QString(200, QChar(0xE9)));
    CHECK((uchar(payload.at(0)) << 8 | uchar(payload.at(1))) == 4401);
    CHECK(payload.size() == 2 + 122);
    CHECK(QString::fromUtf8(payload.mid(2)) == QString(61, QChar(0xE9)));
}
