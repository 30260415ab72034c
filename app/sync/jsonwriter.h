#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Rpb {

// Writes JSON in the one canonical form packages use: no spaces, keys in a fixed order, text
// escaped only where JSON requires it, so that equal records give equal bytes.
class JsonWriter final
{
public:
    static void appendString(QByteArray &out, QByteArrayView utf8);
    static void appendInteger(QByteArray &out, qint64 value);
    // A 16-byte UUID as lowercase 8-4-4-4-12 hexadecimal, quoted.
    static void appendUuid(QByteArray &out, QByteArrayView bytes);
    static QByteArray uuidText(QByteArrayView bytes);
    // The 16 bytes of a UUID in 8-4-4-4-12 form (either case); empty when it is not one.
    static QByteArray uuidBytes(QByteArrayView text);
};

} // namespace Rpb
