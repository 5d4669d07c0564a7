#pragma once
namespace plein::server {
struct PruneOptions;
// `plein-server prune --keep N`: returns the process exit code.
int pruneCommand(const PruneOptions &options);
} // namespace plein::server
