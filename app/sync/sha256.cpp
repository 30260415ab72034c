#include "sha256.h"

#ifdef RPB_HAVE_LIBCRYPTO
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace Rpb {

#ifdef RPB_HAVE_LIBCRYPTO
struct Sha256::Private
{
    Private()
        : context(EVP_MD_CTX_new())
    {
        if (context)
            EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
    }
    ~Private() { EVP_MD_CTX_free(context); }
    Q_DISABLE_COPY_MOVE(Private)

    EVP_MD_CTX *context;
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{ }

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    if (d->context && !bytes.isEmpty())
        EVP_DigestUpdate(d->context, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!d->context || EVP_DigestFinal_ex(d->context, digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}
#else
struct Sha256::Private
{
    QCryptographicHash hash {QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{ }

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    d->hash.addData(bytes);
}

QByteArray Sha256::hexResult()
{
    return d->hash.result().toHex();
}
#endif

} // namespace Rpb
