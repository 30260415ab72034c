#include "jsonreader.h"

#include <QCoreApplication>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

// A package line never needs more; the limits keep hostile input from costing time or memory.
constexpr size_t maxMembers = 256;
constexpr size_t reservedMembers = 20;
constexpr size_t maxItems = 10000;

class Parser
{
public:
    explicit Parser(QByteArrayView text)
        : m_begin(text.data())
        , m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    bool document(JsonValue &out)
    {
        skipSpace();
        if (!value(out, 0))
            return false;
        skipSpace();
        if (m_p != m_end)
            return fail(Tr::tr("more text after the end of the value"));
        return true;
    }

    QString error;

private:
    bool fail(const QString &what)
    {
        error = Tr::tr("not valid JSON at byte %1: %2").arg(qint64(m_p - m_begin) + 1).arg(what);
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }

    bool literal(const char *word, qsizetype length)
    {
        if (m_end - m_p < length || QByteArrayView(m_p, length) != QByteArrayView(word, length))
            return fail(Tr::tr("unknown word"));
        m_p += length;
        return true;
    }

    bool value(JsonValue &out, int depth)
    {
        if (m_p >= m_end)
            return fail(Tr::tr("a value is missing"));
        switch (*m_p) {
        case '{':
            return object(out, depth + 1);
        case '[':
            return array(out, depth + 1);
        case '"':
            out.type = JsonValue::Type::String;
            return string(out.text);
        case 't':
            out.type = JsonValue::Type::Boolean;
            out.boolean = true;
            return literal("true", 4);
        case 'f':
            out.type = JsonValue::Type::Boolean;
            out.boolean = false;
            return literal("false", 5);
        case 'n':
            out.type = JsonValue::Type::Null;
            return literal("null", 4);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return number(out);
            return fail(Tr::tr("unexpected character"));
        }
    }

    bool object(JsonValue &out, int depth)
    {
        if (depth > JsonReader::maxDepth)
            return fail(Tr::tr("nested too deeply"));
        out.type = JsonValue::Type::Object;
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        // A record's data has up to 18 fields: room for them at once, not moved as they come.
        out.members.reserve(reservedMembers);
        for (;;) {
            skipSpace();
            if (m_p >= m_end || *m_p != '"')
                return fail(Tr::tr("a key in quotes was expected"));
            QByteArray key;
            if (!this->key(key))
                return false;
            for (const auto &member : out.members) {
                if (member.first == key)
                    return fail(Tr::tr("the key \"%1\" appears twice").arg(QString::fromUtf8(key)));
            }
            if (out.members.size() >= maxMembers)
                return fail(Tr::tr("too many keys"));
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return fail(Tr::tr("a colon was expected"));
            ++m_p;
            skipSpace();
            out.members.emplace_back(std::move(key), JsonValue());
            if (!value(out.members.back().second, depth))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return true;
            }
            return fail(Tr::tr("a comma or a closing brace was expected"));
        }
    }

    bool array(JsonValue &out, int depth)
    {
        if (depth > JsonReader::maxDepth)
            return fail(Tr::tr("nested too deeply"));
        out.type = JsonValue::Type::Array;
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            if (out.items.size() >= maxItems)
                return fail(Tr::tr("too many items"));
            out.items.emplace_back();
            if (!value(out.items.back(), depth))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            return fail(Tr::tr("a comma or a closing bracket was expected"));
        }
    }

    bool number(JsonValue &out)
    {
        out.type = JsonValue::Type::Integer;
        const bool negative = *m_p == '-';
        if (negative)
            ++m_p;
        if (m_p >= m_end || *m_p < '0' || *m_p > '9')
            return fail(Tr::tr("a digit was expected"));
        if (*m_p == '0' && m_p + 1 < m_end && m_p[1] >= '0' && m_p[1] <= '9')
            return fail(Tr::tr("a number with a leading zero"));
        // Accumulated as a negative number, which reaches the smallest 64-bit value too.
        qint64 value = 0;
        constexpr qint64 lowest = std::numeric_limits<qint64>::min();
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            const int digit = *m_p - '0';
            if (value < (lowest + digit) / 10)
                return fail(Tr::tr("a number too large"));
            value = value * 10 - digit;
            ++m_p;
        }
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return fail(Tr::tr("only whole numbers are allowed"));
        if (!negative) {
            if (value == lowest)
                return fail(Tr::tr("a number too large"));
            value = -value;
        }
        out.integer = value;
        return true;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(char32_t &code)
    {
        if (m_end - m_p < 4)
            return fail(Tr::tr("an escape \\u needs four hexadecimal digits"));
        code = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(m_p[i]);
            if (d < 0)
                return fail(Tr::tr("an escape \\u needs four hexadecimal digits"));
            code = code * 16 + char32_t(d);
        }
        m_p += 4;
        return true;
    }

    static void appendUtf8(QByteArray &out, char32_t c)
    {
        if (c < 0x80) {
            out.append(char(c));
        } else if (c < 0x800) {
            out.append(char(0xc0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3f)));
        } else if (c < 0x10000) {
            out.append(char(0xe0 | (c >> 12)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        } else {
            out.append(char(0xf0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3f)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        }
    }

    bool escape(QByteArray &out)
    {
        ++m_p; // the backslash
        if (m_p >= m_end)
            return fail(Tr::tr("the text ends inside an escape"));
        const char c = *m_p++;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out.append(c);
            return true;
        case 'b':
            out.append('\b');
            return true;
        case 'f':
            out.append('\f');
            return true;
        case 'n':
            out.append('\n');
            return true;
        case 'r':
            out.append('\r');
            return true;
        case 't':
            out.append('\t');
            return true;
        case 'u': {
            char32_t code = 0;
            if (!hex4(code))
                return false;
            if (code >= 0xdc00 && code <= 0xdfff)
                return fail(Tr::tr("a lone low surrogate"));
            if (code >= 0xd800 && code <= 0xdbff) {
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    return fail(Tr::tr("a high surrogate without its low half"));
                m_p += 2;
                char32_t low = 0;
                if (!hex4(low))
                    return false;
                if (low < 0xdc00 || low > 0xdfff)
                    return fail(Tr::tr("a high surrogate without its low half"));
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            }
            if (code == 0)
                return fail(Tr::tr("a NUL character"));
            appendUtf8(out, code);
            return true;
        }
        default:
            --m_p;
            return fail(Tr::tr("an unknown escape"));
        }
    }

    // The length of the valid UTF-8 sequence at m_p, or 0.
    int utf8Length() const
    {
        const auto *p = reinterpret_cast<const unsigned char *>(m_p);
        const qsizetype left = m_end - m_p;
        const unsigned char b = p[0];
        const auto cont = [&](int i, unsigned char low = 0x80, unsigned char high = 0xbf) {
            return i < left && p[i] >= low && p[i] <= high;
        };
        if (b >= 0xc2 && b <= 0xdf)
            return cont(1) ? 2 : 0;
        if (b == 0xe0)
            return cont(1, 0xa0) && cont(2) ? 3 : 0;
        if ((b >= 0xe1 && b <= 0xec) || b == 0xee || b == 0xef)
            return cont(1) && cont(2) ? 3 : 0;
        if (b == 0xed)
            return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
        if (b == 0xf0)
            return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
        if (b >= 0xf1 && b <= 0xf3)
            return cont(1) && cont(2) && cont(3) ? 4 : 0;
        if (b == 0xf4)
            return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
        return 0;
    }

    // A key without escapes or other than ASCII (every key of a package) refers to the text
    // rather than being copied: a record line has two dozen keys, read and dropped at once.
    bool key(QByteArray &out)
    {
        const char *start = m_p + 1;
        const char *q = start;
        while (q < m_end) {
            const auto c = static_cast<unsigned char>(*q);
            if (c == '"') {
                out = QByteArray::fromRawData(start, q - start);
                m_p = q + 1;
                return true;
            }
            if (c == '\\' || c < 0x20 || c >= 0x80)
                break;
            ++q;
        }
        return string(out);
    }

    bool string(QByteArray &out)
    {
        ++m_p; // the opening quote
        out.clear();
        for (;;) {
            const char *run = m_p;
            while (m_p < m_end) {
                const auto c = static_cast<unsigned char>(*m_p);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                    break;
                ++m_p;
            }
            out.append(run, m_p - run);
            if (m_p >= m_end)
                return fail(Tr::tr("the text ends inside a string"));
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c == '\\') {
                if (!escape(out))
                    return false;
                continue;
            }
            if (c < 0x20)
                return fail(Tr::tr("a control character inside a string"));
            const int length = utf8Length();
            if (length == 0)
                return fail(Tr::tr("text that is not UTF-8"));
            out.append(m_p, length);
            m_p += length;
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
};
} // namespace

JsonValue::JsonValue() = default;
JsonValue::JsonValue(const JsonValue &) = default;
JsonValue::JsonValue(JsonValue &&) noexcept = default;
JsonValue &JsonValue::operator=(const JsonValue &) = default;
JsonValue &JsonValue::operator=(JsonValue &&) noexcept = default;
JsonValue::~JsonValue() = default;

const JsonValue *JsonValue::member(QByteArrayView key) const
{
    for (const auto &m : members) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

std::optional<JsonValue> JsonReader::parse(QByteArrayView text, QString *error)
{
    Parser parser(text);
    JsonValue value;
    if (!parser.document(value)) {
        if (error)
            *error = parser.error;
        return std::nullopt;
    }
    return value;
}

} // namespace Rpb
