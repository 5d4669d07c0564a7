#pragma once
// argon2id password hashes (libsodium's crypto_pwhash_str, interactive limits).
#include <QString>

namespace plein::server::password {

// Calls sodium_init(); false when libsodium cannot be used (then nothing here is safe).
bool initialise();
// An encoded argon2id hash string (it carries its own salt and parameters).
QString hash(const QString &password);
bool verify(const QString &encodedHash, const QString &password);
// Spends the time of one verification, so an unknown email answers as slowly as a wrong
// password and response times do not reveal which accounts exist.
void verifyAgainstDummy(const QString &password);

} // namespace plein::server::password
