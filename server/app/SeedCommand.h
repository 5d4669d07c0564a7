#pragma once
namespace plein::server {
struct SeedOptions;
// `plein-server seed --demo`: returns the process exit code.
int seedCommand(const SeedOptions &options);
} // namespace plein::server
