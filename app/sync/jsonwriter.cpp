#include "jsonwriter.h"

#include <array>
#include <charconv>

namespace Rpb {

namespace {
constexpr char hexDigits[] = "0123456789abcdef";

// Every UUID of a package is read through here: a table instead of comparisons.
constexpr auto hexValues = [] {
    std::array<signed char, 256> values {};
    for (signed char &v : values)
        v = -1;
    for (int c = '0'; c <= '9'; ++c)
        values[size_t(c)] = static_cast<signed char>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        values[size_t(c)] = static_cast<signed char>(c - 'a' + 10);
    for (int c = 'A'; c <= 'F'; ++c)
        values[size_t(c)] = static_cast<signed char>(c - 'A' + 10);
    return values;
}();

int hexValue(char c)
{
    return hexValues[static_cast<unsigned char>(c)];
}
} // namespace

void JsonWriter::appendString(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    const char *p = utf8.data();
    const char *end = p + utf8.size();
    while (p < end) {
        const char *run = p;
        while (p < end) {
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"' || c == '\\' || c < 0x20)
                break;
            ++p;
        }
        out.append(run, p - run);
        if (p >= end)
            break;
        const auto c = static_cast<unsigned char>(*p++);
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append('"');
}

void JsonWriter::appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void JsonWriter::appendUuid(QByteArray &out, QByteArrayView bytes)
{
    out.append('"');
    out.append(uuidText(bytes));
    out.append('"');
}

QByteArray JsonWriter::uuidText(QByteArrayView bytes)
{
    if (bytes.size() != 16)
        return {};
    QByteArray text(36, '-');
    char *t = text.data();
    int at = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            ++at;
        const auto b = static_cast<unsigned char>(bytes[i]);
        t[at++] = hexDigits[b >> 4];
        t[at++] = hexDigits[b & 0xf];
    }
    return text;
}

QByteArray JsonWriter::uuidBytes(QByteArrayView text)
{
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-'
        || text[23] != '-')
        return {};
    QByteArray bytes(16, '\0');
    int at = 0;
    for (qsizetype i = 0; i < 36; i += 2) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            ++i;
        const int high = hexValue(text[i]);
        const int low = hexValue(text[i + 1]);
        if (high < 0 || low < 0)
            return {};
        bytes[at++] = char(high * 16 + low);
    }
    return bytes;
}

} // namespace Rpb
