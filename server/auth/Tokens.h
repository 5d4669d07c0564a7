#pragma once
// Bearer tokens: 32 random bytes, base64url without padding. Only their SHA-256 is stored,
// so a copy of the database does not hand out working tokens.
#include <QString>

namespace plein::server::tokens {

QString generate();
QString digest(const QString &token);

} // namespace plein::server::tokens
