#pragma once
namespace plein::server {
struct ServeOptions;
// Runs the server until SIGTERM or SIGINT; returns the process exit code.
int serve(const ServeOptions &options);
} // namespace plein::server
