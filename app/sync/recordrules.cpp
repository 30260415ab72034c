#include "recordrules.h"

#include "domain/batch.h"
#include "domain/batchrules.h"
#include "domain/booking.h"
#include "domain/bookingrules.h"
#include "domain/recurrence.h"
#include "domain/validator.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordRules)
};

// The last second a record may name (9999-12-31T23:59:59Z): QDateTime holds far more, but no
// schedule of a production house does.
constexpr qint64 latestSecond = 253402300799;

// The rules that ask for a record's site only need to know that it has one: a record's site is
// its envelope's, which the importer checks against the package's.
constexpr qint64 someSite = 1;

// The record's values by their keys in the package (docs/sync-format.md).
class Values
{
public:
    explicit Values(const SyncRecord &record)
        : m_record(record)
        , m_info(SyncSchema::info(record.kind))
    { }

    const SyncValue &value(const char *key) const
    {
        static const SyncValue none;
        const int i = m_info.fieldIndex(key);
        return i >= 0 && i < m_record.values.size() ? m_record.values.at(i) : none;
    }
    bool isNull(const char *key) const { return value(key).null; }
    const QByteArray &bytes(const char *key) const { return value(key).bytes; }
    QString text(const char *key) const { return QString::fromUtf8(value(key).bytes); }
    qint64 integer(const char *key) const { return value(key).integer; }
    bool boolean(const char *key) const { return value(key).integer != 0; }
    // For a value the domain keeps in an int: one beyond its range stays beyond every rule's.
    int number(const char *key) const
    {
        return int(std::clamp<qint64>(integer(key), std::numeric_limits<int>::min(),
                                      std::numeric_limits<int>::max()));
    }
    // UTC seconds as a time; invalid when null or beyond any schedule.
    QDateTime time(const char *key) const
    {
        const SyncValue &v = value(key);
        if (v.null || v.integer < -latestSecond || v.integer > latestSecond)
            return {};
        return QDateTime::fromSecsSinceEpoch(v.integer, Qt::UTC);
    }
    Unit unit(const char *key) const
    {
        return unitFromCode(QString::fromLatin1(bytes(key))).value_or(Unit::Kg);
    }

private:
    const SyncRecord &m_record;
    const SyncKindInfo &m_info;
};

std::optional<Error> firstOf(const QList<Error> &errors)
{
    if (errors.isEmpty())
        return std::nullopt;
    return errors.first();
}

std::optional<Error> failed(const Status &status)
{
    if (status)
        return std::nullopt;
    return status.error();
}

Error atField(Error e, const char *key)
{
    e.field = QString::fromLatin1(key);
    return e;
}

QString monthText(qint64 yyyymm)
{
    return QStringLiteral("%1-%2").arg(yyyymm / 100).arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
}

// A month as YYYYMM, from BatchRules::EarliestYear on.
std::optional<Error> checkMonth(qint64 yyyymm, const char *key)
{
    // Out of range either way stays out of range as an int.
    const int year = int(std::clamp<qint64>(yyyymm / 100, 0, 10000));
    const int month = int(yyyymm % 100);
    if (auto e = BatchRules::checkMonth(yyyymm < 0 ? 0 : year, month))
        return atField(*e, key);
    return std::nullopt;
}

// Fields that the domain's rules name otherwise than a package does.
struct Alias
{
    SyncKind kind;
    QLatin1String field;
    const char *key;
};

const Alias aliases[] = {
    {SyncKind::BookingSeries, QLatin1String("repeat"), "rrule"},
    {SyncKind::BookingSeries, QLatin1String("start"), "first_start_utc"},
    {SyncKind::BookingSeries, QLatin1String("end"), "duration_minutes"},
    {SyncKind::Booking, QLatin1String("start"), "start_utc"},
    {SyncKind::Booking, QLatin1String("end"), "end_utc"},
    {SyncKind::Booking, QLatin1String("actual_start"), "actual_start_utc"},
    {SyncKind::Booking, QLatin1String("actual_end"), "actual_end_utc"},
    {SyncKind::MaintenanceWindow, QLatin1String("start"), "start_utc"},
    {SyncKind::MaintenanceWindow, QLatin1String("end"), "end_utc"},
    {SyncKind::Batch, BatchField::Date, "production_date"},
    {SyncKind::Batch, BatchField::InputMaterial, "input_material"},
    {SyncKind::Batch, BatchField::InputQuantity, "input_milli"},
    {SyncKind::Batch, BatchField::InputUnit, "input_unit"},
    {SyncKind::Batch, BatchField::OutputQuantity, "output_milli"},
    {SyncKind::Batch, BatchField::Energy, "energy_wh"},
    {SyncKind::Batch, BatchField::Water, "water_ml"},
    {SyncKind::Batch, BatchField::Machines, "equipment"},
    {SyncKind::WasteLine, QLatin1String("quantity"), "quantity_milli"},
};

// The package's key of a field as the domain's rules name it (BatchField::Date: "production_date").
QString keyOf(SyncKind kind, const QString &field)
{
    if (SyncSchema::info(kind).fieldIndex(field.toLatin1()) >= 0)
        return field;
    for (const Alias &a : aliases) {
        if (a.kind == kind && field == a.field)
            return QString::fromLatin1(a.key);
    }
    return field;
}

std::optional<Error> checkSite(const Values &v)
{
    Site s;
    s.code = v.text("code");
    s.name = v.text("name");
    s.province = v.text("province");
    s.managerName = v.text("manager_name");
    s.timeZone = v.text("time_zone");
    s.openMinute = v.number("open_minute");
    s.closeMinute = v.number("close_minute");
    s.openDays = v.number("open_days");
    s.bufferMinutes = v.number("buffer_minutes");
    s.minBookingMinutes = v.number("min_booking_minutes");
    s.maxBookingMinutes = v.number("max_booking_minutes");
    s.bookAheadDays = v.number("book_ahead_days");
    s.weeklyQuotaMinutes = v.number("weekly_quota_minutes");
    s.massBalanceTolerancePercent = v.number("mass_balance_tolerance_percent");
    s.autoConfirm = v.boolean("auto_confirm");
    return firstOf(Validator::validate(s));
}

std::optional<Error> checkProductLine(const Values &v)
{
    ProductLine line;
    line.meta.siteId = someSite;
    line.code = v.text("code");
    line.name = v.text("name");
    line.unit = v.unit("unit");
    return firstOf(Validator::validate(line));
}

std::optional<Error> checkEquipment(const Values &v)
{
    Equipment e;
    e.meta.siteId = someSite;
    e.code = v.text("code");
    e.name = v.text("name");
    e.type = v.text("type");
    e.status = equipmentStatusFromCode(QString::fromLatin1(v.bytes("status")))
                   .value_or(EquipmentStatus::Active);
    e.capacity = v.number("capacity");
    if (!v.isNull("buffer_minutes"))
        e.bufferMinutes = v.number("buffer_minutes");
    e.notes = v.text("notes");
    return firstOf(Validator::validate(e));
}

std::optional<Error> checkMember(const Values &v)
{
    Member m;
    m.meta.siteId = someSite;
    m.code = v.text("code");
    m.name = v.text("name");
    m.owner = v.text("owner");
    m.nib = v.text("nib");
    m.womenLed = v.boolean("women_led");
    m.youthLed = v.boolean("youth_led");
    m.phone = v.text("phone");
    if (!v.isNull("joined")) {
        auto joined = Validator::parseDate(v.text("joined"), {}, QStringLiteral("joined"));
        if (!joined)
            return joined.error();
        m.joined = *joined;
    }
    return firstOf(Validator::validate(m));
}

std::optional<Error> checkWasteCategory(const Values &v)
{
    WasteCategory c;
    c.meta.siteId = someSite;
    c.code = v.text("code");
    c.name = v.text("name");
    c.unit = v.unit("unit");
    c.hazardous = v.boolean("hazardous");
    return firstOf(Validator::validate(c));
}

std::optional<Error> checkSeries(const Values &v)
{
    if (auto e = failed(Recurrence::validate(v.text("rrule"))))
        return e;
    // A series' first booking: its start and its length.
    const QDateTime start = v.time("first_start_utc");
    const qint64 minutes = v.integer("duration_minutes");
    const QDateTime end
        = minutes > 0 ? start.addSecs(qMin(minutes, latestSecond / 60) * 60) : start;
    return failed(BookingRules::checkTimes(start, end, {}));
}

std::optional<Error> checkBooking(const Values &v)
{
    Booking b;
    b.start = v.time("start_utc");
    b.end = v.time("end_utc");
    b.status = bookingStatusFromCode(QString::fromLatin1(v.bytes("status")))
                   .value_or(BookingStatus::Requested);
    b.actualStart = v.time("actual_start_utc");
    b.actualEnd = v.time("actual_end_utc");
    b.purpose = v.text("purpose");
    return failed(BookingRules::checkRecord(b, {}));
}

std::optional<Error> checkMaintenance(const Values &v)
{
    MaintenanceWindow w;
    w.start = v.time("start_utc");
    w.end = v.time("end_utc");
    w.reason = v.text("reason");
    return failed(BookingRules::checkMaintenance(w, {}));
}

std::optional<Error> checkBatch(const Values &v, const RecordRules::Lookup &lookup)
{
    if (auto e = Validator::checkCode(v.text("code"), Tr::tr("Batch code")))
        return e;
    Batch b;
    auto date = Validator::parseDate(v.text("production_date"), {}, BatchField::Date);
    if (!date)
        return date.error();
    b.productionDate = *date;
    b.shift = v.number("shift");
    b.inputMaterial = v.text("input_material");
    b.inputMilli = v.integer("input_milli");
    b.inputUnit = v.unit("input_unit");
    b.outputMilli = v.integer("output_milli");
    b.energyWh = v.integer("energy_wh");
    b.waterMl = v.integer("water_ml");
    b.notes = v.text("notes");
    b.warningNote = v.text("warning_note");
    // Only how many machines there are is a rule of the batch's own; that they are of its site
    // is the importer's.
    b.equipmentIds.resize(v.value("equipment").links.size());
    Unit outputUnit = Unit::Kg;
    if (const RecordRules::Facts *line = lookup(SyncKind::ProductLine, v.bytes("product_line")))
        outputUnit = line->unit;
    if (auto e = firstOf(BatchRules::checkFields(b, outputUnit)))
        return e;
    // The month the batch counts in is kept beside its date, for the figures.
    const qint64 month = v.integer("local_month");
    if (month != b.localMonth())
        return Error::invalid(Tr::tr("The batch counts in the month %1, but its production date "
                                     "%2 is in %3.")
                                  .arg(monthText(month), b.productionDate.toString(Qt::ISODate),
                                       monthText(b.localMonth())),
                              {}, QStringLiteral("local_month"));
    return std::nullopt;
}

std::optional<Error> checkWasteLine(const Values &v)
{
    if (auto e = checkMonth(v.integer("local_month"), "local_month"))
        return e;
    WasteLine w;
    w.quantityMilli = v.integer("quantity_milli");
    w.unit = v.unit("unit");
    return BatchRules::checkWasteQuantity(w, -1);
}

// What a waste line keeps of its batch and its category, which the figures count it by.
std::optional<Error> checkWasteLineLinks(const Values &v, bool deleted,
                                         const RecordRules::Lookup &lookup)
{
    // A deleted line stays as it was when it was deleted; its batch and category may have
    // changed since.
    if (deleted)
        return std::nullopt;
    const qint64 month = v.integer("local_month");
    if (const RecordRules::Facts *batch = lookup(SyncKind::Batch, v.bytes("batch"))) {
        if (month != batch->localMonth)
            return Error::invalid(Tr::tr("The waste line counts in the month %1, but its batch "
                                         "counts in %2.")
                                      .arg(monthText(month), monthText(batch->localMonth)),
                                  {}, QStringLiteral("local_month"));
        if (v.bytes("product_line") != batch->productLine)
            return Error::invalid(Tr::tr("The waste line names another product line than its "
                                         "batch."),
                                  {}, QStringLiteral("product_line"));
    }
    if (const RecordRules::Facts *category = lookup(SyncKind::WasteCategory, v.bytes("category"))) {
        WasteLine w;
        w.unit = v.unit("unit");
        WasteCategory c;
        c.name = category->name;
        c.unit = category->unit;
        if (auto e = BatchRules::checkWasteUnit(w, c, -1))
            return e;
    }
    return std::nullopt;
}

std::optional<Error> checkMonthClose(const Values &v)
{
    return checkMonth(v.integer("month"), "month");
}

Status refusal(SyncKind kind, const std::optional<Error> &broken)
{
    if (!broken)
        return {};
    Error e = *broken;
    e.kind = Error::Kind::Invalid;
    e.field = keyOf(kind, e.field);
    e.where.clear();
    return fail(e);
}
} // namespace

bool RecordRules::hasFacts(SyncKind kind)
{
    return kind == SyncKind::ProductLine || kind == SyncKind::WasteCategory
        || kind == SyncKind::Batch;
}

RecordRules::Facts RecordRules::facts(const SyncRecord &record)
{
    Facts f;
    f.deleted = record.deleted;
    const Values v(record);
    switch (record.kind) {
    case SyncKind::ProductLine:
    case SyncKind::WasteCategory:
        f.unit = v.unit("unit");
        f.name = v.text("name");
        break;
    case SyncKind::Batch:
        f.localMonth = v.integer("local_month");
        f.productLine = v.bytes("product_line");
        break;
    default:
        break;
    }
    return f;
}

Status RecordRules::check(const SyncRecord &record, const Lookup &lookup)
{
    const Values v(record);
    std::optional<Error> broken;
    switch (record.kind) {
    case SyncKind::Site:
        broken = checkSite(v);
        break;
    case SyncKind::ProductLine:
        broken = checkProductLine(v);
        break;
    case SyncKind::Equipment:
        broken = checkEquipment(v);
        break;
    case SyncKind::Member:
        broken = checkMember(v);
        break;
    case SyncKind::WasteCategory:
        broken = checkWasteCategory(v);
        break;
    case SyncKind::BookingSeries:
        broken = checkSeries(v);
        break;
    case SyncKind::Booking:
        broken = checkBooking(v);
        break;
    case SyncKind::MaintenanceWindow:
        broken = checkMaintenance(v);
        break;
    case SyncKind::Batch:
        broken = checkBatch(v, lookup);
        break;
    case SyncKind::WasteLine:
        broken = checkWasteLine(v);
        break;
    case SyncKind::MonthClose:
        broken = checkMonthClose(v);
        break;
    }
    return refusal(record.kind, broken);
}

Status RecordRules::checkLinks(const SyncRecord &record, const Lookup &lookup)
{
    if (record.kind != SyncKind::WasteLine)
        return {};
    return refusal(record.kind, checkWasteLineLinks(Values(record), record.deleted, lookup));
}

} // namespace Rpb
