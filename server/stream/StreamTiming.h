#pragma once

namespace plein::server {

struct StreamTiming {
    int helloTimeoutMs = 10000;
    int pingIntervalMs = 25000;
    int silentLimitMs = 60000; // a socket silent this long (no pong, no frame) is dropped
};

} // namespace plein::server
