#pragma once
#include "Database.h"

namespace plein::store {

// The schema version this build writes. A file with a higher user_version came from a newer
// Plein and is refused rather than misread.
int currentSchemaVersion();

// Brings the file up to currentSchemaVersion(), one transaction per step. Throws StoreError
// (with a message a person can act on) for a newer schema or a failed step.
void migrate(Database &db);

} // namespace plein::store
