#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Rpb {

// SHA-256 over a stream of bytes. Every byte of a package is hashed when it is written and again
// when it is read; OpenSSL's implementation (used when the build finds libcrypto) is several
// times faster than QCryptographicHash's in Qt 6.4, which otherwise serves.
class Sha256 final
{
    Q_DISABLE_COPY_MOVE(Sha256)
public:
    Sha256();
    ~Sha256();

    void addData(QByteArrayView bytes);
    // Lowercase hexadecimal; the hash cannot take more data afterwards.
    QByteArray hexResult();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Rpb
