#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace Rpb {

// A JSON value as the strict package reader understands it: no fractions or exponents (every
// number of a package is an integer), text kept as validated UTF-8.
struct JsonValue
{
    enum class Type : quint8 { Null, Boolean, Integer, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    qint64 integer = 0;
    QByteArray text;
    std::vector<JsonValue> items;
    std::vector<std::pair<QByteArray, JsonValue>> members;

    // Out of line: clang (the fuzz build) cannot instantiate the vector of pairs holding this
    // type while the type is still incomplete.
    JsonValue();
    JsonValue(const JsonValue &);
    JsonValue(JsonValue &&) noexcept;
    JsonValue &operator=(const JsonValue &);
    JsonValue &operator=(JsonValue &&) noexcept;
    ~JsonValue();

    // The member of an object, or nullptr.
    const JsonValue *member(QByteArrayView key) const;
};

// Parses one line of a package. Refuses what a lenient parser would guess at: duplicate keys,
// numbers that are not integers or do not fit 64 bits, invalid UTF-8, control characters and
// nesting deeper than a package ever needs. Safe on any bytes.
class JsonReader final
{
public:
    static constexpr int maxDepth = 8;

    // error receives a translated sentence saying what is wrong and at which byte. The keys of
    // objects may refer to the text rather than copy it: the text must outlive the value.
    static std::optional<JsonValue> parse(QByteArrayView text, QString *error);
};

} // namespace Rpb
