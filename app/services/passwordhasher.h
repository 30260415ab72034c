#pragma once

#include <QByteArray>
#include <QString>

namespace Rpb {

// Argon2id password hashes through libsodium (crypto_pwhash_str). The encoded string carries its
// own salt and parameters, so a hash made with older parameters can be recognised and replaced
// at the next sign-in.
class PasswordHasher final
{
public:
    static bool initialize(); // sodium_init; safe to call often
    static QString hash(const QString &password);
    static bool verify(const QString &encodedHash, const QString &password);
    static bool needsRehash(const QString &encodedHash);
};

} // namespace Rpb
