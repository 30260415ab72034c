#include "recordcodec.h"

#include "domain/quantity.h"
#include "jsonreader.h"
#include "jsonwriter.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <array>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordCodec)
};

using Type = SyncField::Type;

void writeValue(const SyncField &field, const SyncValue &value, QByteArray &out)
{
    if (field.type == Type::Links) {
        out.append('[');
        for (qsizetype i = 0; i < value.links.size(); ++i) {
            if (i > 0)
                out.append(',');
            JsonWriter::appendUuid(out, value.links.at(i));
        }
        out.append(']');
        return;
    }
    if (value.null) {
        out.append("null", 4);
        return;
    }
    switch (field.type) {
    case Type::Text:
    case Type::OptionalText:
    case Type::AccountName:
        JsonWriter::appendString(out, value.bytes);
        break;
    case Type::Integer:
    case Type::OptionalInteger:
        JsonWriter::appendInteger(out, value.integer);
        break;
    case Type::Boolean:
        if (value.integer)
            out.append("true", 4);
        else
            out.append("false", 5);
        break;
    case Type::Reference:
    case Type::OptionalReference:
        JsonWriter::appendUuid(out, value.bytes);
        break;
    case Type::Links:
        break;
    }
}

Error invalid(const QString &message)
{
    return Error::invalid(message);
}

QString keyText(const char *key)
{
    return QString::fromLatin1(key);
}

Result<QByteArray> uuidOf(const JsonValue *value, const QString &key)
{
    if (!value || value->type != JsonValue::Type::String)
        return fail(invalid(Tr::tr("\"%1\" must be a UUID in quotes.").arg(key)));
    QByteArray bytes = JsonWriter::uuidBytes(value->text);
    if (bytes.isEmpty() || bytes == QByteArray(16, '\0'))
        return fail(invalid(
            Tr::tr("\"%1\" is not a UUID: %2.").arg(key, QString::fromUtf8(value->text.left(40)))));
    return bytes;
}

Result<qint64> integerOf(const JsonValue *value, const QString &key)
{
    if (!value || value->type != JsonValue::Type::Integer)
        return fail(invalid(Tr::tr("\"%1\" must be a whole number.").arg(key)));
    return value->integer;
}

Result<SyncValue> readValue(const SyncField &field, const JsonValue &json)
{
    const QString key = keyText(field.key);
    SyncValue value;
    if (json.type == JsonValue::Type::Null) {
        if (!field.isOptional())
            return fail(invalid(Tr::tr("\"%1\" may not be null.").arg(key)));
        return value;
    }
    value.null = false;
    switch (field.type) {
    case Type::Text:
    case Type::OptionalText:
    case Type::AccountName:
        if (json.type != JsonValue::Type::String)
            return fail(invalid(Tr::tr("\"%1\" must be a text in quotes.").arg(key)));
        if (!field.allowed.isEmpty() && !field.allowed.contains(json.text))
            return fail(invalid(Tr::tr("\"%1\" may not be \"%2\".")
                                    .arg(key, QString::fromUtf8(json.text.left(40)))));
        value.bytes = json.text;
        return value;
    case Type::Integer:
    case Type::OptionalInteger:
        if (json.type != JsonValue::Type::Integer)
            return fail(invalid(Tr::tr("\"%1\" must be a whole number.").arg(key)));
        if (field.nonNegative && json.integer < 0)
            return fail(invalid(Tr::tr("\"%1\" may not be negative.").arg(key)));
        value.integer = json.integer;
        return value;
    case Type::Boolean:
        if (json.type != JsonValue::Type::Boolean)
            return fail(invalid(Tr::tr("\"%1\" must be true or false.").arg(key)));
        value.integer = json.boolean ? 1 : 0;
        return value;
    case Type::Reference:
    case Type::OptionalReference: {
        auto uuid = uuidOf(&json, key);
        if (!uuid)
            return fail(uuid.error());
        value.bytes = *uuid;
        return value;
    }
    case Type::Links: {
        if (json.type != JsonValue::Type::Array)
            return fail(invalid(Tr::tr("\"%1\" must be a list of UUIDs.").arg(key)));
        for (const JsonValue &item : json.items) {
            auto uuid = uuidOf(&item, key);
            if (!uuid)
                return fail(uuid.error());
            value.links.append(*uuid);
        }
        std::sort(value.links.begin(), value.links.end());
        if (std::adjacent_find(value.links.cbegin(), value.links.cend()) != value.links.cend())
            return fail(invalid(Tr::tr("\"%1\" names a record twice.").arg(key)));
        return value;
    }
    }
    return value;
}
} // namespace

void RecordCodec::write(const SyncRecord &r, QByteArray &out)
{
    const SyncKindInfo &info = SyncSchema::info(r.kind);
    out.append("{\"kind\":", 8);
    JsonWriter::appendString(out, info.name);
    out.append(",\"uuid\":", 8);
    JsonWriter::appendUuid(out, r.uuid);
    out.append(",\"site\":", 8);
    JsonWriter::appendUuid(out, r.site);
    out.append(",\"row_version\":", 15);
    JsonWriter::appendInteger(out, r.rowVersion);
    if (r.deleted)
        out.append(",\"deleted\":true", 15);
    else
        out.append(",\"deleted\":false", 16);
    out.append(",\"created_ms\":", 14);
    JsonWriter::appendInteger(out, r.createdMs);
    out.append(",\"updated_ms\":", 14);
    JsonWriter::appendInteger(out, r.updatedMs);
    out.append(",\"data\":{", 9);
    for (qsizetype i = 0; i < info.fields.size(); ++i) {
        const SyncField &field = info.fields.at(i);
        if (i > 0)
            out.append(',');
        JsonWriter::appendString(out, field.key);
        out.append(':');
        writeValue(field, i < r.values.size() ? r.values.at(i) : SyncValue(), out);
    }
    out.append("}}", 2);
}

QByteArray RecordCodec::toJson(const SyncRecord &record)
{
    QByteArray out;
    out.reserve(512);
    write(record, out);
    return out;
}

Result<SyncRecord> RecordCodec::read(QByteArrayView line, int schemaVersion)
{
    QString error;
    const auto json = JsonReader::parse(line, &error);
    if (!json)
        return fail(invalid(error));
    return fromJson(*json, schemaVersion);
}

Result<SyncRecord> RecordCodec::fromJson(const JsonValue &object, int schemaVersion)
{
    if (object.type != JsonValue::Type::Object)
        return fail(invalid(Tr::tr("A record must be a JSON object.")));
    static const QByteArrayView topKeys[]
        = {"kind", "uuid", "site", "row_version", "deleted", "created_ms", "updated_ms", "data"};
    for (const auto &member : object.members) {
        if (std::find(std::begin(topKeys), std::end(topKeys), QByteArrayView(member.first))
            == std::end(topKeys))
            return fail(invalid(Tr::tr("A record has the unknown key \"%1\".")
                                    .arg(QString::fromUtf8(member.first.left(40)))));
    }
    const JsonValue *kind = object.member("kind");
    if (!kind || kind->type != JsonValue::Type::String)
        return fail(invalid(Tr::tr("A record must say its \"kind\".")));
    const auto k = SyncSchema::kindFromName(kind->text);
    if (!k)
        return fail(invalid(Tr::tr("\"%1\" is not a kind of record this version knows.")
                                .arg(QString::fromUtf8(kind->text.left(40)))));
    SyncRecord r;
    r.kind = *k;
    auto uuid = uuidOf(object.member("uuid"), QStringLiteral("uuid"));
    if (!uuid)
        return fail(uuid.error());
    r.uuid = *uuid;
    auto site = uuidOf(object.member("site"), QStringLiteral("site"));
    if (!site)
        return fail(site.error());
    r.site = *site;
    if (r.kind == SyncKind::Site && r.site != r.uuid)
        return fail(invalid(Tr::tr("A site's \"site\" must be its own UUID.")));
    auto version = integerOf(object.member("row_version"), QStringLiteral("row_version"));
    if (!version)
        return fail(version.error());
    if (*version < 1)
        return fail(invalid(Tr::tr("\"row_version\" must be 1 or more.")));
    r.rowVersion = *version;
    const JsonValue *deleted = object.member("deleted");
    if (!deleted || deleted->type != JsonValue::Type::Boolean)
        return fail(invalid(Tr::tr("\"deleted\" must be true or false.")));
    r.deleted = deleted->boolean;
    auto created = integerOf(object.member("created_ms"), QStringLiteral("created_ms"));
    if (!created)
        return fail(created.error());
    r.createdMs = *created;
    auto updated = integerOf(object.member("updated_ms"), QStringLiteral("updated_ms"));
    if (!updated)
        return fail(updated.error());
    r.updatedMs = *updated;

    const JsonValue *data = object.member("data");
    if (!data || data->type != JsonValue::Type::Object)
        return fail(invalid(Tr::tr("A record must carry its \"data\" as an object.")));
    const SyncKindInfo &info = SyncSchema::info(r.kind);
    // Each field found once, none unknown. A canonical record has them in schema order, so the
    // member at the field's own position is tried first.
    // On the stack: no kind has more fields than this, and a record is read for each line.
    std::array<const JsonValue *, 32> found {};
    Q_ASSERT(info.fields.size() <= qsizetype(found.size()));
    for (size_t j = 0; j < data->members.size(); ++j) {
        const QByteArray &key = data->members[j].first;
        qsizetype i = qsizetype(j);
        if (i >= info.fields.size() || key != QByteArrayView(info.fields.at(i).key))
            i = info.fieldIndex(key);
        if (i < 0 || !SyncSchema::carries(info.fields.at(i), schemaVersion))
            return fail(
                invalid(Tr::tr("A %1 record has the unknown field \"%2\".")
                            .arg(SyncSchema::name(r.kind), QString::fromUtf8(key.left(40)))));
        found[size_t(i)] = &data->members[j].second;
    }
    r.values.reserve(info.fields.size());
    for (qsizetype i = 0; i < info.fields.size(); ++i) {
        const SyncField &field = info.fields.at(i);
        const JsonValue *value = found[size_t(i)];
        if (!SyncSchema::carries(field, schemaVersion)) {
            SyncValue absent;
            absent.absent = true;
            r.values.append(std::move(absent));
            continue;
        }
        if (!value)
            return fail(invalid(Tr::tr("A %1 record lacks the field \"%2\".")
                                    .arg(SyncSchema::name(r.kind), keyText(field.key))));
        auto v = readValue(field, *value);
        if (!v)
            return fail(v.error());
        r.values.append(std::move(*v));
    }
    return r;
}

bool RecordCodec::hasAbsent(const SyncRecord &record)
{
    return std::any_of(record.values.cbegin(), record.values.cend(),
                       [](const SyncValue &v) { return v.absent; });
}

void RecordCodec::fillAbsent(SyncRecord &record, const SyncRecord *stored)
{
    const SyncKindInfo &info = SyncSchema::info(record.kind);
    for (qsizetype i = 0; i < record.values.size() && i < info.fields.size(); ++i) {
        SyncValue &v = record.values[i];
        if (!v.absent)
            continue;
        if (stored && stored->kind == record.kind && i < stored->values.size()
            && !stored->values.at(i).absent) {
            v = stored->values.at(i);
            continue;
        }
        v = SyncValue();
        const SyncField &f = info.fields.at(i);
        // The defaults of the columns added since (migrations.cpp): an empty text, zero, false.
        if (!f.isOptional() && f.type != Type::Links)
            v.null = false;
    }
}

QByteArray RecordCodec::comparable(const SyncRecord &record)
{
    const SyncKindInfo &info = SyncSchema::info(record.kind);
    SyncRecord copy = record;
    for (qsizetype i = 0; i < info.fields.size() && i < copy.values.size(); ++i) {
        if (info.fields.at(i).type == Type::AccountName)
            copy.values[i] = SyncValue();
    }
    return toJson(copy);
}

QString RecordCodec::label(const SyncRecord &record)
{
    const SyncKindInfo &info = SyncSchema::info(record.kind);
    const auto text = [&](const char *key) -> QString {
        const int i = info.fieldIndex(key);
        if (i < 0 || i >= record.values.size() || record.values.at(i).null)
            return {};
        const SyncValue &v = record.values.at(i);
        const SyncField &f = info.fields.at(i);
        if (f.type == Type::Integer || f.type == Type::OptionalInteger)
            return QString::number(v.integer);
        return QString::fromUtf8(v.bytes);
    };
    const auto time = [&](const char *key) {
        const int i = info.fieldIndex(key);
        if (i < 0 || i >= record.values.size() || record.values.at(i).null)
            return QString();
        return QDateTime::fromSecsSinceEpoch(record.values.at(i).integer, Qt::UTC)
            .toString(Qt::ISODate);
    };
    switch (record.kind) {
    case SyncKind::BookingSeries:
        return time("first_start_utc");
    case SyncKind::Booking:
    case SyncKind::MaintenanceWindow:
        return time("start_utc");
    case SyncKind::WasteLine:
        return text("local_month") + QLatin1Char(' ')
            + Quantity::toDecimalString(text("quantity_milli").toLongLong()) + QLatin1Char(' ')
            + text("unit") + QLatin1Char(' ') + text("route");
    case SyncKind::MonthClose:
        return text("month");
    default:
        break;
    }
    const QString code = text("code");
    if (!code.isEmpty())
        return code;
    return QString::fromLatin1(JsonWriter::uuidText(record.uuid));
}

} // namespace Rpb
