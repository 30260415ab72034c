#include "csvexport.h"

#include "domain/equipment.h"
#include "domain/member.h"
#include "domain/permissions.h"
#include "domain/productline.h"
#include "domain/quantity.h"
#include "domain/site.h"
#include "domain/sitecalendar.h"
#include "domain/units.h"
#include "domain/wastecategory.h"
#include "session.h"
#include "storage/database.h"
#include "storage/exportrepository.h"
#include "storage/masterdatarepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QIODevice>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <type_traits>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
};

// Rows between two progress calls: often enough for a smooth bar, rare enough to cost nothing.
constexpr qint64 ProgressEvery = 4096;
// Bytes kept before they go to the device.
constexpr qsizetype FlushAt = 512 * 1024;

const char *const byteOrderMark = "\xEF\xBB\xBF";

void appendDigits(QByteArray &out, unsigned value, int width)
{
    char digits[12];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

// The proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's civil_from_days):
// QDateTime per cell made a million bookings several times slower.
void civilFromDays(qint64 days, qint64 &year, unsigned &month, unsigned &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shifted = (5 * dayOfYear + 2) / 153;
    day = dayOfYear - (153 * shifted + 2) / 5 + 1;
    month = shifted < 10 ? shifted + 3 : shifted - 9;
    year = qint64(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0);
}

// A site's local time with its offset, 2026-12-01T08:00:00+07:00, as JSON shows bookings. The
// offset is asked of the zone once per stretch between two transitions, which for the zones of
// Indonesia means once.
class LocalClock final
{
public:
    explicit LocalClock(const QTimeZone &zone)
        : m_zone(zone)
    {}

    void append(QByteArray &out, qint64 utc)
    {
        const int offset = offsetAt(utc);
        const qint64 local = utc + offset;
        const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
        const auto seconds = unsigned(local - days * 86400);
        qint64 year = 0;
        unsigned month = 0;
        unsigned day = 0;
        civilFromDays(days, year, month, day);
        if (year < 0 || year > 9999) {
            out += QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)
                       .toOffsetFromUtc(offset)
                       .toString(Qt::ISODate)
                       .toLatin1();
            return;
        }
        appendDigits(out, unsigned(year), 4);
        out += '-';
        appendDigits(out, month, 2);
        out += '-';
        appendDigits(out, day, 2);
        out += 'T';
        appendDigits(out, seconds / 3600, 2);
        out += ':';
        appendDigits(out, seconds / 60 % 60, 2);
        out += ':';
        appendDigits(out, seconds % 60, 2);
        out += offset < 0 ? '-' : '+';
        const unsigned minutes = unsigned(std::abs(offset)) / 60;
        appendDigits(out, minutes / 60, 2);
        out += ':';
        appendDigits(out, minutes % 60, 2);
    }

private:
    int offsetAt(qint64 utc)
    {
        if (utc >= m_from && utc < m_to)
            return m_offset;
        const QDateTime at = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
        m_offset = m_zone.offsetFromUtc(at);
        m_from = utc;
        m_to = std::numeric_limits<qint64>::max();
        if (!m_zone.hasTransitions()) {
            m_from = std::numeric_limits<qint64>::min();
            return m_offset;
        }
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (next.atUtc.isValid())
            m_to = next.atUtc.toSecsSinceEpoch();
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at);
        if (!previous.atUtc.isValid())
            m_from = std::numeric_limits<qint64>::min();
        else if (previous.offsetFromUtc == m_offset)
            m_from = previous.atUtc.toSecsSinceEpoch();
        return m_offset;
    }

    QTimeZone m_zone;
    qint64 m_from = 1;
    qint64 m_to = 0;
    int m_offset = 0;
};

void appendUuid(QByteArray &out, const QByteArray &bytes)
{
    if (bytes.size() != 16)
        return;
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        const auto b = static_cast<unsigned char>(bytes.at(i));
        out += hex[b >> 4];
        out += hex[b & 0xf];
    }
}

// Thousandths as the shortest exact C-locale decimal, as Quantity::toDecimalString writes it.
void appendDecimal(QByteArray &out, qint64 thousandths)
{
    if (thousandths < 0) {
        out += Quantity::toDecimalString(thousandths).toLatin1();
        return;
    }
    out += QByteArray::number(thousandths / 1000);
    unsigned fraction = unsigned(thousandths % 1000);
    if (fraction == 0)
        return;
    int width = 3;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --width;
    }
    out += '.';
    appendDigits(out, fraction, width);
}

QByteArray boolean(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

// Rows into a buffer, the buffer to the device in large writes; the first failed write ends the
// export with the device's reason.
class Sink final
{
public:
    explicit Sink(QIODevice &device)
        : m_device(device)
    {
        m_buffer.reserve(FlushAt + 64 * 1024);
    }

    QByteArray &buffer() { return m_buffer; }
    // Before every field but the first of a row.
    QByteArray &next()
    {
        m_buffer += ',';
        return m_buffer;
    }
    void add(const QByteArray &field) { next() += field; }
    void addText(const QString &text) { next() += CsvExport::cell(text, CsvExport::Cell::Text); }
    Status endRow()
    {
        m_buffer += "\r\n";
        return m_buffer.size() >= FlushAt ? flush() : Status {};
    }
    Status flush()
    {
        if (m_buffer.isEmpty())
            return {};
        if (m_device.write(m_buffer) != m_buffer.size())
            return fail(Error::invalid(
                Tr::tr("The CSV file could not be written: %1").arg(m_device.errorString())));
        m_written += m_buffer.size();
        m_buffer.clear();
        return {};
    }
    qint64 written() const { return m_written + m_buffer.size(); }

private:
    QIODevice &m_device;
    QByteArray m_buffer;
    qint64 m_written = 0;
};

// The cells of the reference records the rows point at, quoted and neutralised once.
struct Named
{
    QByteArray code;
    QByteArray name;
    QByteArray unit; // product lines and waste categories
    bool hazardous = false;
};

template<typename T>
Result<QHash<qint64, Named>> namesOf(const Database &db, std::optional<qint64> siteId)
{
    auto records = MasterDataRepository(db).list<T>(siteId, true);
    if (!records)
        return fail(records.error());
    QHash<qint64, Named> names;
    names.reserve(records->size());
    for (const T &r : std::as_const(*records)) {
        Named n {CsvExport::cell(r.code), CsvExport::cell(r.name), {}, false};
        if constexpr (std::is_same_v<T, ProductLine>)
            n.unit = unitCode(r.unit).toLatin1();
        if constexpr (std::is_same_v<T, WasteCategory>) {
            n.unit = unitCode(r.unit).toLatin1();
            n.hazardous = r.hazardous;
        }
        names.insert(r.meta.id, n);
    }
    return names;
}

bool isFormulaStart(QChar c)
{
    switch (c.unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case 0xFF1D: // full-width forms, which some spreadsheets read as the ASCII ones
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20:
        return true;
    default:
        return false;
    }
}
} // namespace

struct CsvExport::Scope
{
    QList<Site> sites;
    ExportRepository::DateRange dates;
};

CsvExport::CsvExport(const Database &db, const Session &session)
    : m_db(db)
    , m_session(session)
{}

QString CsvExport::whatCode(What what)
{
    switch (what) {
    case What::Bookings:
        return QStringLiteral("bookings");
    case What::Batches:
        return QStringLiteral("batches");
    case What::Waste:
        return QStringLiteral("waste");
    case What::Members:
        return QStringLiteral("members");
    }
    return {};
}

std::optional<CsvExport::What> CsvExport::whatFromCode(const QString &code)
{
    for (What what : allWhats()) {
        if (whatCode(what) == code)
            return what;
    }
    return std::nullopt;
}

QString CsvExport::whatDisplayName(What what)
{
    switch (what) {
    case What::Bookings:
        return Tr::tr("Bookings");
    case What::Batches:
        return Tr::tr("Production batches");
    case What::Waste:
        return Tr::tr("Waste lines");
    case What::Members:
        return Tr::tr("Members");
    }
    return {};
}

QList<CsvExport::What> CsvExport::allWhats()
{
    return {What::Bookings, What::Batches, What::Waste, What::Members};
}

QStringList CsvExport::columns(What what)
{
    // The header row of each file: a public contract (docs/cli.md); columns are only ever added.
    const char *names = "";
    switch (what) {
    case What::Bookings:
        names = "id,site,equipment,equipment_name,member,member_name,product_line,start,end,"
                "minutes,status,actual_start,actual_end,purpose,series,created_by";
        break;
    case What::Batches:
        names = "id,code,site,date,shift,product_line,product_line_name,member,member_name,"
                "machines,input_material,input_quantity,input_unit,output_quantity,output_unit,"
                "energy_kwh,water_l,waste_kg,waste_l,status,notes,warning_note,created_by";
        break;
    case What::Waste:
        names = "id,batch,batch_id,site,date,batch_status,product_line,product_line_name,member,"
                "category,category_name,hazardous,route,diverted,quantity,unit";
        break;
    case What::Members:
        names = "id,code,site,name,owner,nib,women_led,youth_led,phone,joined,archived";
        break;
    }
    return QString::fromLatin1(names).split(QLatin1Char(','));
}

bool CsvExport::needsNeutralising(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (text.front() == QLatin1Char('\t') || text.front() == QLatin1Char('\r'))
        return true;
    // Spreadsheets that trim cells would find the formula behind the spaces.
    for (QChar c : text) {
        if (c != QLatin1Char(' '))
            return isFormulaStart(c);
    }
    return false;
}

QByteArray CsvExport::cell(QStringView text, Cell kind)
{
    const bool neutralise = kind == Cell::Text && needsNeutralising(text);
    bool quote = false;
    for (QChar c : text) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r')
            || c == QLatin1Char('\n')) {
            quote = true;
            break;
        }
    }
    // Some readers trim unquoted fields; quoting keeps the spaces a person typed.
    if (!text.isEmpty() && text.back() == QLatin1Char(' '))
        quote = true;
    if (!neutralise && !text.isEmpty() && text.front() == QLatin1Char(' '))
        quote = true;
    const QByteArray utf8 = text.toUtf8();
    if (!quote && !neutralise)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 4);
    if (quote)
        out += '"';
    if (neutralise)
        out += '\'';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quote)
        out += '"';
    return out;
}

Result<CsvExport::Scope> CsvExport::scope(const Options &options) const
{
    // An account of one site reads that site's records; "every site" means its own.
    auto readable = Permissions::narrowRead(m_session.actor(), options.siteId);
    if (!readable)
        return fail(readable.error());
    const std::optional<qint64> siteId = *readable;
    if (options.what == What::Members && (options.from.isValid() || options.to.isValid()))
        return fail(Error::usage(Tr::tr("Members have no date to choose them by; leave out the "
                                        "period."),
                                 options.from.isValid() ? QStringLiteral("--from")
                                                        : QStringLiteral("--to")));
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        return fail(Error::invalid(Tr::tr("The last date comes before the first."),
                                   QStringLiteral("--to ") + options.to.toString(Qt::ISODate),
                                   QStringLiteral("to")));

    Scope s;
    auto sites = MasterDataRepository(m_db).list<Site>(siteId, true);
    if (!sites)
        return fail(sites.error());
    if (siteId && sites->isEmpty())
        return fail(Error::invalid(Tr::tr("There is no such site."), QString::number(*siteId),
                                   QStringLiteral("site")));
    s.sites = *sites;
    if (options.from.isValid())
        s.dates.from = options.from.toString(Qt::ISODate);
    if (options.to.isValid())
        s.dates.to = options.to.toString(Qt::ISODate);
    return s;
}

namespace {
ExportRepository::TimeRange timesOf(const Site &site, const QDate &from, const QDate &to)
{
    const SiteCalendar calendar(site);
    ExportRepository::TimeRange range;
    if (from.isValid())
        range.fromUtc = calendar.fromLocal(from, QTime(0, 0)).toSecsSinceEpoch();
    if (to.isValid())
        range.toUtc = calendar.fromLocal(to.addDays(1), QTime(0, 0)).toSecsSinceEpoch();
    return range;
}
} // namespace

Status CsvExport::check(const Options &options) const
{
    auto s = scope(options);
    if (!s)
        return fail(s.error());
    return {};
}

Result<qint64> CsvExport::count(const Options &options) const
{
    auto s = scope(options);
    if (!s)
        return fail(s.error());
    const ExportRepository repository(m_db);
    qint64 total = 0;
    for (const Site &site : std::as_const(s->sites)) {
        Result<qint64> n = 0;
        switch (options.what) {
        case What::Bookings:
            n = repository.countBookings(site.meta.id, timesOf(site, options.from, options.to));
            break;
        case What::Batches:
            n = repository.countBatches(site.meta.id, s->dates);
            break;
        case What::Waste:
            n = repository.countWasteLines(site.meta.id, s->dates);
            break;
        case What::Members:
            n = repository.countMembers(site.meta.id);
            break;
        }
        if (!n)
            return fail(n.error());
        total += *n;
    }
    return total;
}

Result<CsvExport::Summary> CsvExport::write(const Options &options, QIODevice &device,
                                            const Progress &progress) const
{
    auto s = scope(options);
    if (!s)
        return fail(s.error());
    auto total = count(options);
    if (!total)
        return fail(total.error());
    const std::optional<qint64> siteFilter
        = s->sites.size() == 1 ? std::optional<qint64>(s->sites.first().meta.id) : std::nullopt;
    QHash<qint64, Named> equipment;
    QHash<qint64, Named> members;
    QHash<qint64, Named> productLines;
    QHash<qint64, Named> categories;
    const auto load = [&](auto &into, auto names) -> Status {
        if (!names)
            return fail(names.error());
        into = std::move(*names);
        return {};
    };
    Status loaded;
    if (options.what == What::Bookings || options.what == What::Batches)
        loaded = load(equipment, namesOf<Equipment>(m_db, siteFilter));
    if (loaded && options.what != What::Members)
        loaded = load(members, namesOf<Member>(m_db, siteFilter));
    if (loaded && options.what != What::Members)
        loaded = load(productLines, namesOf<ProductLine>(m_db, siteFilter));
    if (loaded && options.what == What::Waste)
        loaded = load(categories, namesOf<WasteCategory>(m_db, siteFilter));
    if (!loaded)
        return fail(loaded.error());

    Sink sink(device);
    Summary summary;
    sink.buffer() += byteOrderMark;
    const QStringList header = columns(options.what);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i > 0)
            sink.buffer() += ',';
        sink.buffer() += header.at(i).toLatin1();
    }
    if (auto r = sink.endRow(); !r)
        return fail(r.error());

    Status rowStatus;
    // After each row: the flush's outcome, then now and then the progress; false stops the query.
    const auto rowDone = [&]() {
        rowStatus = sink.endRow();
        if (!rowStatus)
            return false;
        ++summary.rows;
        if (progress && summary.rows % ProgressEvery == 0
            && !progress(summary.rows, std::max(*total, summary.rows))) {
            summary.cancelled = true;
            return false;
        }
        return true;
    };
    const auto field = [](const QHash<qint64, Named> &names, qint64 id, QByteArray Named::*part) {
        const auto it = names.constFind(id);
        return it == names.constEnd() ? QByteArray() : (*it).*part;
    };
    const ExportRepository repository(m_db);

    for (const Site &site : std::as_const(s->sites)) {
        summary.siteCodes << site.code;
        const QByteArray siteCell = cell(site.code);
        Status query;
        switch (options.what) {
        case What::Bookings: {
            LocalClock clock(SiteCalendar(site).zone());
            query = repository.bookings(
                site.meta.id, timesOf(site, options.from, options.to),
                [&](const ExportRepository::BookingRow &r) {
                    QByteArray &out = sink.buffer();
                    appendUuid(out, r.uuid);
                    sink.add(siteCell);
                    sink.add(field(equipment, r.equipmentId, &Named::code));
                    sink.add(field(equipment, r.equipmentId, &Named::name));
                    sink.add(field(members, r.memberId, &Named::code));
                    sink.add(field(members, r.memberId, &Named::name));
                    sink.next();
                    if (r.productLineId)
                        out += field(productLines, *r.productLineId, &Named::code);
                    clock.append(sink.next(), r.startUtc);
                    clock.append(sink.next(), r.endUtc);
                    sink.next() += QByteArray::number((r.endUtc - r.startUtc) / 60);
                    sink.add(cell(r.status, Cell::Value));
                    sink.next();
                    if (r.actualStartUtc)
                        clock.append(out, *r.actualStartUtc);
                    sink.next();
                    if (r.actualEndUtc)
                        clock.append(out, *r.actualEndUtc);
                    sink.addText(r.purpose);
                    appendUuid(sink.next(), r.seriesUuid);
                    sink.addText(r.createdBy);
                    return rowDone();
                });
            break;
        }
        case What::Batches:
            query = repository.batches(
                site.meta.id, s->dates, [&](const ExportRepository::BatchRow &r) {
                    QByteArray &out = sink.buffer();
                    appendUuid(out, r.uuid);
                    sink.addText(r.code);
                    sink.add(siteCell);
                    sink.add(cell(r.productionDate, Cell::Value));
                    sink.next() += QByteArray::number(r.shift);
                    sink.add(field(productLines, r.productLineId, &Named::code));
                    sink.add(field(productLines, r.productLineId, &Named::name));
                    sink.add(field(members, r.memberId, &Named::code));
                    sink.add(field(members, r.memberId, &Named::name));
                    QStringList machines;
                    for (qint64 id : r.equipmentIds) {
                        const auto it = equipment.constFind(id);
                        if (it != equipment.constEnd())
                            machines << QString::fromUtf8(it->code);
                    }
                    machines.sort();
                    // The codes are already cells of their own; joined they are one plain list.
                    sink.add(cell(machines.join(QLatin1Char(' ')), Cell::Value));
                    sink.addText(r.inputMaterial);
                    appendDecimal(sink.next(), r.inputMilli);
                    sink.add(cell(r.inputUnit, Cell::Value));
                    appendDecimal(sink.next(), r.outputMilli);
                    sink.add(field(productLines, r.productLineId, &Named::unit));
                    appendDecimal(sink.next(), r.energyWh);
                    appendDecimal(sink.next(), r.waterMl);
                    appendDecimal(sink.next(), r.wasteKgMilli);
                    appendDecimal(sink.next(), r.wasteLitreMilli);
                    sink.add(cell(r.status, Cell::Value));
                    sink.addText(r.notes);
                    sink.addText(r.warningNote);
                    sink.addText(r.createdBy);
                    return rowDone();
                });
            break;
        case What::Waste:
            query = repository.wasteLines(
                site.meta.id, s->dates, [&](const ExportRepository::WasteRow &r) {
                    QByteArray &out = sink.buffer();
                    appendUuid(out, r.uuid);
                    sink.addText(r.batchCode);
                    appendUuid(sink.next(), r.batchUuid);
                    sink.add(siteCell);
                    sink.add(cell(r.productionDate, Cell::Value));
                    sink.add(cell(r.batchStatus, Cell::Value));
                    sink.add(field(productLines, r.productLineId, &Named::code));
                    sink.add(field(productLines, r.productLineId, &Named::name));
                    sink.add(field(members, r.memberId, &Named::code));
                    sink.add(field(categories, r.categoryId, &Named::code));
                    sink.add(field(categories, r.categoryId, &Named::name));
                    const auto category = categories.constFind(r.categoryId);
                    sink.add(boolean(category != categories.constEnd() && category->hazardous));
                    sink.add(cell(r.route, Cell::Value));
                    const std::optional<Route> route = routeFromCode(r.route);
                    sink.add(boolean(route && isDiverted(*route)));
                    appendDecimal(sink.next(), r.quantityMilli);
                    sink.add(cell(r.unit, Cell::Value));
                    return rowDone();
                });
            break;
        case What::Members:
            query = repository.members(site.meta.id, [&](const ExportRepository::MemberRow &r) {
                QByteArray &out = sink.buffer();
                appendUuid(out, r.uuid);
                sink.addText(r.code);
                sink.add(siteCell);
                sink.addText(r.name);
                sink.addText(r.owner);
                sink.addText(r.nib);
                sink.add(boolean(r.womenLed));
                sink.add(boolean(r.youthLed));
                sink.addText(r.phone);
                sink.add(cell(r.joined, Cell::Value));
                sink.add(boolean(r.archived));
                return rowDone();
            });
            break;
        }
        if (!query)
            return fail(query.error());
        if (!rowStatus)
            return fail(rowStatus.error());
        if (summary.cancelled)
            return summary;
    }
    if (auto r = sink.flush(); !r)
        return fail(r.error());
    summary.bytes = sink.written();
    // Done is done: a stop asked for now comes too late to matter.
    if (progress)
        progress(summary.rows, std::max(*total, summary.rows));
    return summary;
}

Result<CsvExport::Summary> CsvExport::writeFile(const Options &options, const QString &path,
                                                const Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::invalid(Tr::tr("Cannot write the CSV file: %1").arg(file.errorString()),
                                   QDir::toNativeSeparators(path)));
    auto summary = write(options, file, progress);
    if (!summary || summary->cancelled) {
        // Nothing replaces the file that was there.
        file.cancelWriting();
        if (!summary && summary.error().where.isEmpty())
            summary.error().where = QDir::toNativeSeparators(path);
        return summary;
    }
    if (!file.commit())
        return fail(Error::invalid(Tr::tr("Cannot write the CSV file: %1").arg(file.errorString()),
                                   QDir::toNativeSeparators(path)));
    return summary;
}

} // namespace Rpb
