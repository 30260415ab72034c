#include "packageformat.h"

#include "jsonreader.h"
#include "jsonwriter.h"

#include <QCoreApplication>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PackageFormat)
};

Error notAPackage(const QString &detail = {})
{
    Error e = Error::invalid(Tr::tr("This is not an RPB Hijau sync package."));
    e.detail = detail;
    return e;
}

Error badManifest(const QString &what)
{
    return Error::invalid(
        Tr::tr("The package's first line (its manifest) is damaged: %1").arg(what));
}

const JsonValue *typed(const JsonValue &object, const char *key, JsonValue::Type type)
{
    const JsonValue *v = object.member(key);
    return v && v->type == type ? v : nullptr;
}

QString missing(const char *key)
{
    return Tr::tr("\"%1\" is missing or of the wrong type.").arg(QString::fromLatin1(key));
}
} // namespace

qint64 PackageManifest::records() const
{
    qint64 n = 0;
    for (qint64 c : counts)
        n += c;
    return n;
}

QByteArray PackageFormat::manifestLine(const PackageManifest &m)
{
    QByteArray out;
    out.reserve(600);
    out.append("{\"format\":");
    JsonWriter::appendString(out, formatName);
    out.append(",\"format_version\":");
    JsonWriter::appendInteger(out, m.formatVersion);
    out.append(",\"schema_version\":");
    JsonWriter::appendInteger(out, m.schemaVersion);
    out.append(",\"package\":");
    JsonWriter::appendUuid(out, m.package);
    out.append(",\"site\":{\"uuid\":");
    JsonWriter::appendUuid(out, m.siteUuid);
    out.append(",\"code\":");
    JsonWriter::appendString(out, m.siteCode.toUtf8());
    out.append(",\"name\":");
    JsonWriter::appendString(out, m.siteName.toUtf8());
    out.append("},\"from_seq\":");
    JsonWriter::appendInteger(out, m.fromSeq);
    out.append(",\"to_seq\":");
    JsonWriter::appendInteger(out, m.toSeq);
    out.append(m.full ? ",\"full\":true" : ",\"full\":false");
    out.append(",\"created\":");
    JsonWriter::appendString(out, m.created.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    out.append(",\"app_version\":");
    JsonWriter::appendString(out, m.appVersion.toUtf8());
    out.append(",\"counts\":{");
    for (const SyncKindInfo &k : SyncSchema::kinds()) {
        if (k.kind != SyncKind::Site)
            out.append(',');
        JsonWriter::appendString(out, k.name);
        out.append(':');
        JsonWriter::appendInteger(out, m.counts.at(SyncSchema::index(k.kind)));
    }
    out.append("}}");
    return out;
}

Result<PackageManifest> PackageFormat::readManifest(QByteArrayView line)
{
    QString error;
    const auto json = JsonReader::parse(line, &error);
    if (!json)
        return fail(notAPackage(error));
    if (json->type != JsonValue::Type::Object)
        return fail(notAPackage());
    const JsonValue *format = typed(*json, "format", JsonValue::Type::String);
    if (!format || format->text != formatName)
        return fail(notAPackage());

    PackageManifest m;
    const JsonValue *version = typed(*json, "format_version", JsonValue::Type::Integer);
    if (!version || version->integer < 1)
        return fail(badManifest(missing("format_version")));
    if (version->integer > formatVersion)
        return fail(Error::invalid(
            Tr::tr("The package is of a newer format (version %1) than this version of RPB "
                   "Hijau reads (version %2); update RPB Hijau to import it.")
                .arg(version->integer)
                .arg(formatVersion)));
    m.formatVersion = int(version->integer);
    const JsonValue *schema = typed(*json, "schema_version", JsonValue::Type::Integer);
    if (!schema)
        return fail(badManifest(missing("schema_version")));
    if (!SyncSchema::isKnownSchemaVersion(schema->integer))
        return fail(Error::invalid(
            Tr::tr("The package was made for database schema %1, which this version of RPB "
                   "Hijau does not know (it knows schemas %2 and %3).")
                .arg(schema->integer)
                .arg(SyncSchema::oldestSchemaVersion)
                .arg(SyncSchema::schemaVersion)));
    m.schemaVersion = int(schema->integer);

    const JsonValue *package = typed(*json, "package", JsonValue::Type::String);
    m.package = package ? JsonWriter::uuidBytes(package->text) : QByteArray();
    if (m.package.isEmpty())
        return fail(badManifest(missing("package")));
    const JsonValue *site = typed(*json, "site", JsonValue::Type::Object);
    if (!site)
        return fail(badManifest(missing("site")));
    const JsonValue *siteUuid = typed(*site, "uuid", JsonValue::Type::String);
    m.siteUuid = siteUuid ? JsonWriter::uuidBytes(siteUuid->text) : QByteArray();
    if (m.siteUuid.isEmpty())
        return fail(badManifest(missing("uuid")));
    const JsonValue *code = typed(*site, "code", JsonValue::Type::String);
    const JsonValue *name = typed(*site, "name", JsonValue::Type::String);
    if (!code || !name)
        return fail(badManifest(missing(code ? "name" : "code")));
    m.siteCode = QString::fromUtf8(code->text);
    m.siteName = QString::fromUtf8(name->text);

    const JsonValue *from = typed(*json, "from_seq", JsonValue::Type::Integer);
    const JsonValue *to = typed(*json, "to_seq", JsonValue::Type::Integer);
    if (!from || !to || from->integer < 0 || to->integer < from->integer)
        return fail(badManifest(Tr::tr("\"from_seq\" and \"to_seq\" must be whole numbers, "
                                       "the first not above the second.")));
    m.fromSeq = from->integer;
    m.toSeq = to->integer;
    const JsonValue *full = typed(*json, "full", JsonValue::Type::Boolean);
    if (!full)
        return fail(badManifest(missing("full")));
    m.full = full->boolean;
    const JsonValue *created = typed(*json, "created", JsonValue::Type::String);
    if (created)
        m.created = QDateTime::fromString(QString::fromUtf8(created->text), Qt::ISODateWithMs);
    if (!m.created.isValid())
        return fail(badManifest(missing("created")));
    m.created = m.created.toUTC();
    const JsonValue *app = typed(*json, "app_version", JsonValue::Type::String);
    m.appVersion = app ? QString::fromUtf8(app->text) : QString();

    const JsonValue *counts = typed(*json, "counts", JsonValue::Type::Object);
    if (!counts)
        return fail(badManifest(missing("counts")));
    for (const auto &[kind, count] : counts->members) {
        const auto k = SyncSchema::kindFromName(kind);
        if (!k)
            return fail(badManifest(Tr::tr("\"counts\" names \"%1\", a kind of record this "
                                           "version does not know.")
                                        .arg(QString::fromUtf8(kind.left(40)))));
        if (count.type != JsonValue::Type::Integer || count.integer < 0)
            return fail(badManifest(missing("counts")));
        m.counts[SyncSchema::index(*k)] = count.integer;
    }
    return m;
}

QByteArray PackageFormat::trailerLine(const PackageTrailer &t)
{
    QByteArray out("{\"sha256\":");
    JsonWriter::appendString(out, t.sha256);
    out.append(",\"records\":");
    JsonWriter::appendInteger(out, t.records);
    out.append('}');
    return out;
}

Result<PackageTrailer> PackageFormat::readTrailer(QByteArrayView line)
{
    const auto json = JsonReader::parse(line, nullptr);
    const Error truncated = Error::invalid(
        Tr::tr("The package is incomplete: its last line is not the closing line with the "
               "checksum. It was probably cut short while being copied."));
    if (!json || json->type != JsonValue::Type::Object || json->members.size() != 2)
        return fail(truncated);
    const JsonValue *sha = typed(*json, "sha256", JsonValue::Type::String);
    const JsonValue *records = typed(*json, "records", JsonValue::Type::Integer);
    if (!sha || !records || sha->text.size() != 64 || records->integer < 0)
        return fail(truncated);
    for (char c : sha->text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return fail(truncated);
    }
    return PackageTrailer {sha->text, records->integer};
}

} // namespace Rpb
