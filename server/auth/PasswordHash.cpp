#include "auth/PasswordHash.h"
#include <sodium.h>
#include <stdexcept>

namespace plein::server::password {

bool initialise()
{
    return sodium_init() >= 0;
}

QString hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("argon2id hashing ran out of memory");
    return QString::fromLatin1(out);
}

bool verify(const QString &encodedHash, const QString &password)
{
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void verifyAgainstDummy(const QString &password)
{
    static const QString dummy = hash(QStringLiteral("plein: no such account"));
    (void)verify(dummy, password);
}

} // namespace plein::server::password
