#include "passwordhasher.h"

#include <sodium.h>

namespace Rpb {

namespace {
// Interactive limits: about a tenth of a second and 64 MiB on an office PC, which is what a
// person waits for at sign-in without noticing.
constexpr unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
} // namespace

bool PasswordHasher::initialize()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QString PasswordHasher::hash(const QString &password)
{
    if (!initialize())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              opsLimit, memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {}; // out of memory
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password)
{
    if (!initialize() || encodedHash.isEmpty())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
           == 0;
}

bool PasswordHasher::needsRehash(const QString &encodedHash)
{
    if (!initialize())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), opsLimit, memLimit) != 0;
}

} // namespace Rpb
