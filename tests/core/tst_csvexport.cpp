// The spreadsheet export: RFC 4180 quoting and formula neutralisation cell by cell, then every
// kind of record of a small demo database written, read back with an independent RFC 4180 parser
// and compared field by field with what the services read from the database.

#include "cli/timeinput.h"
#include "demo/demogenerator.h"
#include "domain/quantity.h"
#include "domain/sitecalendar.h"
#include "domain/uuid7.h"
#include "services/csvexport.h"
#include "storage/bookingrepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <tuple>

using namespace Rpb;

namespace {
QString L(const char *text)
{
    return QString::fromUtf8(text);
}

// A strict reader of RFC 4180 written for the test alone: records end in CRLF, a field is either
// quoted (quotes doubled inside) or holds no quote, CR or LF at all. Anything else is an error.
struct Parsed
{
    bool byteOrderMark = false;
    QList<QStringList> records;
    QString error; // empty: well formed
};

Parsed parseCsv(const QByteArray &bytes)
{
    Parsed p;
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF")) {
        p.byteOrderMark = true;
        body.remove(0, 3);
    }
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() != body) {
        p.error = L("not UTF-8");
        return p;
    }
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n) {
                    p.error = L("a quote is never closed");
                    return p;
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')
                   && text.at(i) != QLatin1Char('\n')) {
                if (text.at(i) == QLatin1Char('"')) {
                    p.error = QStringLiteral("a quote inside an unquoted field at %1").arg(i);
                    return p;
                }
                field += text.at(i++);
            }
        }
        if (i < n && text.at(i) == QLatin1Char(',')) {
            record << field;
            field.clear();
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == QLatin1Char('\r') && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            field.clear();
            p.records << record;
            record.clear();
            i += 2;
            continue;
        }
        p.error = QStringLiteral("a field ends without a comma or CRLF at %1").arg(i);
        return p;
    }
    if (!record.isEmpty() || !field.isEmpty())
        p.error = L("the last record has no CRLF");
    return p;
}

// The records below the header as maps by column name.
QList<QHash<QString, QString>> rowsOf(const Parsed &p)
{
    QList<QHash<QString, QString>> rows;
    if (p.records.isEmpty())
        return rows;
    const QStringList header = p.records.first();
    for (qsizetype r = 1; r < p.records.size(); ++r) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size() && c < p.records.at(r).size(); ++c)
            row.insert(header.at(c), p.records.at(r).at(c));
        rows << row;
    }
    return rows;
}

// What a text cell reads back as: the text, with the quote in front where it was neutralised.
QString asWritten(const QString &text)
{
    return CsvExport::needsNeutralising(text) ? QLatin1Char('\'') + text : text;
}

QString boolText(bool value)
{
    return value ? L("true") : L("false");
}

// The services' reference records, each read once: the checks below look up thousands of rows.
class CachedData
{
public:
    explicit CachedData(MasterDataService &data)
        : m_data(data)
    { }

    template<typename T> Result<T> get(qint64 id)
    {
        auto &cache = std::get<QHash<qint64, T>>(m_caches);
        const auto it = cache.constFind(id);
        if (it != cache.constEnd())
            return *it;
        auto record = m_data.get<T>(id);
        if (record)
            cache.insert(id, *record);
        return record;
    }

private:
    MasterDataService &m_data;
    std::tuple<QHash<qint64, Site>, QHash<qint64, Equipment>, QHash<qint64, Member>,
               QHash<qint64, ProductLine>, QHash<qint64, WasteCategory>>
        m_caches;
};

const QDate demoToday(2026, 11, 28);
} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void cell_data();
    void cell();
    void fileShape_data();
    void fileShape();
    void bookingsMatchDatabase();
    void batchesMatchDatabase();
    void wasteMatchesDatabase();
    void membersMatchDatabase();
    void trickyTexts_data();
    void trickyTexts();
    void siteAndDateRange_data();
    void siteAndDateRange();
    void viewerMayExportAndNoAccountData();
    void siteBoundAccount();
    void refusals_data();
    void refusals();
    void cancelLeavesOldFile();
    void unwritableFile();

private:
    Result<CsvExport::Summary> exportTo(QByteArray &bytes, const CsvExport::Options &options,
                                        const Actor &actor = Actor::setupAdministrator());
    Parsed exported(const CsvExport::Options &options);

    std::unique_ptr<Test::TestDatabase> m_t;
    DemoGenerator::Summary m_demo;
};

Result<CsvExport::Summary>
TestCsvExport::exportTo(QByteArray &bytes, const CsvExport::Options &options, const Actor &actor)
{
    bytes.clear();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // As that person: the session acts for them while the export runs.
    const Actor before = m_t->context().actor();
    m_t->context().setActor(actor);
    auto written = m_t->context().csv().write(options, buffer);
    m_t->context().setActor(before);
    return written;
}

Parsed TestCsvExport::exported(const CsvExport::Options &options)
{
    QByteArray bytes;
    auto summary = exportTo(bytes, options);
    if (!summary) {
        Parsed p;
        p.error = summary.error().toLine();
        return p;
    }
    Parsed p = parseCsv(bytes);
    if (p.error.isEmpty() && p.records.size() != summary->rows + 1)
        p.error = QStringLiteral("%1 records read, %2 rows reported")
                      .arg(p.records.size())
                      .arg(summary->rows);
    return p;
}

void TestCsvExport::initTestCase()
{
    m_t = std::make_unique<Test::TestDatabase>();
    DemoGenerator::Options options;
    options.today = demoToday;
    options.seed = 7;
    auto demo = DemoGenerator::run(m_t->db(), options);
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toLine()));
    m_demo = *demo;
    QVERIFY(m_demo.bookings > 0 && m_demo.batches > 0 && m_demo.wasteLines > 0);
    // The demo books no series; two bookings of one machine become one, for the series column.
    auto q = m_t->db().exec(L("INSERT INTO booking_series (uuid, created_ms, updated_ms, site_id, "
                              "equipment_id, member_id, rrule, first_start_utc, duration_minutes) "
                              "SELECT ?, 0, 0, site_id, equipment_id, member_id, 'FREQ=WEEKLY', "
                              "start_utc, 60 FROM booking WHERE deleted = 0 ORDER BY id LIMIT 1"),
                            {Uuid7::toBytes(Uuid7::generate())});
    QVERIFY(q);
    const qint64 series = q->lastInsertId().toLongLong();
    QVERIFY(m_t->db().exec(L("UPDATE booking SET series_id = ? WHERE id IN (SELECT b.id FROM "
                             "booking b JOIN booking_series s ON s.equipment_id = b.equipment_id "
                             "WHERE s.id = ? ORDER BY b.id LIMIT 2)"),
                           {series, series}));
}

void TestCsvExport::cleanupTestCase()
{
    m_t.reset();
}

void TestCsvExport::cell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isText");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << L("Nilam Jaya") << true << QByteArray("Nilam Jaya");
    QTest::newRow("empty") << QString() << true << QByteArray();
    QTest::newRow("utf-8") << L("Se'i sapi – ñ") << true
                           << QByteArray("Se'i sapi \xE2\x80\x93 \xC3\xB1");
    QTest::newRow("comma") << L("Jaya, Tbk") << true << QByteArray("\"Jaya, Tbk\"");
    QTest::newRow("quotes") << L("say \"hi\"") << true << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << L("\"") << true << QByteArray("\"\"\"\"");
    QTest::newRow("CR inside") << L("a\rb") << true << QByteArray("\"a\rb\"");
    QTest::newRow("LF inside") << L("line 1\nline 2") << true << QByteArray("\"line 1\nline 2\"");
    QTest::newRow("CRLF inside") << L("a\r\nb") << true << QByteArray("\"a\r\nb\"");
    QTest::newRow("leading spaces") << L("  indented") << true << QByteArray("\"  indented\"");
    QTest::newRow("trailing space") << L("end ") << true << QByteArray("\"end \"");
    QTest::newRow("equals") << L("=1+2") << true << QByteArray("'=1+2");
    QTest::newRow("plus") << L("+62 812 3456") << true << QByteArray("'+62 812 3456");
    QTest::newRow("minus") << L("-Jaya") << true << QByteArray("'-Jaya");
    QTest::newRow("at") << L("@SUM(A1:A9)") << true << QByteArray("'@SUM(A1:A9)");
    QTest::newRow("tab") << L("\tx") << true << QByteArray("'\tx");
    QTest::newRow("carriage return") << L("\rx") << true << QByteArray("\"'\rx\"");
    QTest::newRow("formula with comma and quotes")
        << L("=HYPERLINK(\"http://x\",\"klik\")") << true
        << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"");
    QTest::newRow("formula after spaces") << L("  =cmd") << true << QByteArray("'  =cmd");
    QTest::newRow("full-width equals") << L("\uFF1D1+2") << true
                                       << QByteArray("'\xEF\xBC\x9D"
                                                     "1+2");
    QTest::newRow("equals inside") << L("a=b") << true << QByteArray("a=b");
    QTest::newRow("minus inside") << L("2026-10-14 note") << true << QByteArray("2026-10-14 note");
    QTest::newRow("negative number value") << L("-5") << false << QByteArray("-5");
    QTest::newRow("negative decimal value") << L("-1250.5") << false << QByteArray("-1250.5");
    QTest::newRow("plus value") << L("+07:00") << false << QByteArray("+07:00");
    QTest::newRow("value with comma still quoted") << L("a,b") << false << QByteArray("\"a,b\"");
}

void TestCsvExport::cell()
{
    QFETCH(QString, text);
    QFETCH(bool, isText);
    QFETCH(QByteArray, expected);
    const QByteArray written
        = CsvExport::cell(text, isText ? CsvExport::Cell::Text : CsvExport::Cell::Value);
    QCOMPARE(written, expected);
    // The independent reader gives back exactly what a spreadsheet should show.
    const Parsed p = parseCsv(written + "\r\n");
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.records.size(), 1);
    QCOMPARE(p.records.first().size(), 1);
    const bool neutralised = isText && CsvExport::needsNeutralising(text);
    QCOMPARE(p.records.first().first(), neutralised ? QLatin1Char('\'') + text : text);
}

void TestCsvExport::fileShape_data()
{
    QTest::addColumn<int>("what");
    for (CsvExport::What what : CsvExport::allWhats())
        QTest::newRow(qPrintable(CsvExport::whatCode(what))) << int(what);
}

void TestCsvExport::fileShape()
{
    QFETCH(int, what);
    CsvExport::Options options;
    options.what = CsvExport::What(what);
    QByteArray bytes;
    auto summary = exportTo(bytes, options);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().toLine()));
    QVERIFY(summary->rows > 0);
    QCOMPARE(summary->bytes, bytes.size());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    // The header: stable snake_case names, in the documented order.
    const QByteArray headerLine = bytes.mid(3, bytes.indexOf("\r\n") - 3);
    QCOMPARE(QString::fromLatin1(headerLine),
             CsvExport::columns(CsvExport::What(what)).join(QLatin1Char(',')));
    for (const QString &column : CsvExport::columns(CsvExport::What(what)))
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]*$")).match(column).hasMatch(),
                 qPrintable(column));
    const Parsed p = parseCsv(bytes);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QVERIFY(p.byteOrderMark);
    QCOMPARE(p.records.size(), summary->rows + 1);
    for (const QStringList &record : p.records)
        QCOMPARE(record.size(), CsvExport::columns(CsvExport::What(what)).size());
    // Every site of the demo, in the order of their codes.
    QStringList sites = m_demo.siteCodes;
    sites.sort();
    QCOMPARE(summary->siteCodes, sites);
    auto counted = m_t->context().csv().count(options);
    QVERIFY(counted);
    QCOMPARE(*counted, summary->rows);
}

void TestCsvExport::bookingsMatchDatabase()
{
    CsvExport::Options options;
    options.what = CsvExport::What::Bookings;
    const Parsed p = exported(options);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const auto rows = rowsOf(p);
    auto stored = m_t->db().scalar(L("SELECT COUNT(*) FROM booking WHERE deleted = 0"));
    QVERIFY(stored);
    QCOMPARE(qint64(rows.size()), stored->toLongLong());

    const BookingRepository bookings(m_t->db());
    CachedData data(m_t->masterData());
    QHash<qint64, QTimeZone> zones;
    int checkedIn = 0;
    int inSeries = 0;
    QString previousKey;
    for (const auto &row : rows) {
        const QUuid uuid(row.value(L("id")));
        QVERIFY2(!uuid.isNull(), qPrintable(row.value(L("id"))));
        auto found = bookings.byUuid(uuid);
        QVERIFY(found && *found);
        const Booking &b = **found;
        auto site = data.get<Site>(b.meta.siteId);
        auto machine = data.get<Equipment>(b.equipmentId);
        auto member = data.get<Member>(b.memberId);
        QVERIFY(site && machine && member);
        if (!zones.contains(site->meta.id))
            zones.insert(site->meta.id, SiteCalendar(*site).zone());
        const QTimeZone zone = zones.value(site->meta.id);
        const auto time = [&zone](const QDateTime &t) {
            return t.isValid() ? TimeInput::isoLocal(t, zone) : QString();
        };
        QCOMPARE(row.value(L("site")), site->code);
        QCOMPARE(row.value(L("equipment")), asWritten(machine->code));
        QCOMPARE(row.value(L("equipment_name")), asWritten(machine->name));
        QCOMPARE(row.value(L("member")), asWritten(member->code));
        QCOMPARE(row.value(L("member_name")), asWritten(member->name));
        QCOMPARE(row.value(L("start")), time(b.start));
        QCOMPARE(row.value(L("end")), time(b.end));
        QCOMPARE(row.value(L("minutes")), QString::number(b.minutes()));
        QCOMPARE(row.value(L("status")), bookingStatusCode(b.status));
        QCOMPARE(row.value(L("actual_start")), time(b.actualStart));
        QCOMPARE(row.value(L("actual_end")), time(b.actualEnd));
        QCOMPARE(row.value(L("purpose")), asWritten(b.purpose));
        QCOMPARE(row.value(L("created_by")), asWritten(b.createdBy));
        if (b.productLineId) {
            auto line = data.get<ProductLine>(*b.productLineId);
            QVERIFY(line);
            QCOMPARE(row.value(L("product_line")), asWritten(line->code));
        } else {
            QCOMPARE(row.value(L("product_line")), QString());
        }
        if (b.seriesId) {
            auto series = m_t->context().scheduling().seriesUuid(*b.seriesId);
            QVERIFY(series);
            QCOMPARE(row.value(L("series")), Uuid7::toText(*series));
            ++inSeries;
        } else {
            QCOMPARE(row.value(L("series")), QString());
        }
        if (b.actualStart.isValid())
            ++checkedIn;
        // Sites by code, and within a site by start.
        const QString key = site->code + QLatin1Char('|')
            + QString::number(b.start.toSecsSinceEpoch()).rightJustified(12, QLatin1Char('0'));
        QVERIFY2(previousKey <= key, qPrintable(previousKey + L(" > ") + key));
        previousKey = key;
    }
    // The demo has both, so the optional columns were really compared.
    QVERIFY(checkedIn > 0);
    QVERIFY(inSeries > 0);
}

void TestCsvExport::batchesMatchDatabase()
{
    CsvExport::Options options;
    options.what = CsvExport::What::Batches;
    const Parsed p = exported(options);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const auto rows = rowsOf(p);
    auto stored = m_t->db().scalar(L("SELECT COUNT(*) FROM batch WHERE deleted = 0"));
    QVERIFY(stored);
    QCOMPARE(qint64(rows.size()), stored->toLongLong());
    const QRegularExpression decimal(QStringLiteral("^\\d+(\\.\\d{1,3})?$"));
    CachedData data(m_t->masterData());
    for (const auto &row : rows) {
        auto b = m_t->context().batches().byUuid(QUuid(row.value(L("id"))));
        QVERIFY2(b, qPrintable(row.value(L("id"))));
        auto site = data.get<Site>(b->meta.siteId);
        auto line = data.get<ProductLine>(b->productLineId);
        auto member = data.get<Member>(b->memberId);
        QVERIFY(site && line && member);
        QCOMPARE(row.value(L("code")), asWritten(b->code));
        QCOMPARE(row.value(L("site")), site->code);
        QCOMPARE(row.value(L("date")), b->productionDate.toString(Qt::ISODate));
        QCOMPARE(row.value(L("shift")), QString::number(b->shift));
        QCOMPARE(row.value(L("product_line")), asWritten(line->code));
        QCOMPARE(row.value(L("product_line_name")), asWritten(line->name));
        QCOMPARE(row.value(L("member")), asWritten(member->code));
        QCOMPARE(row.value(L("member_name")), asWritten(member->name));
        QStringList machines;
        for (qint64 id : b->equipmentIds)
            machines << data.get<Equipment>(id)->code;
        machines.sort();
        QCOMPARE(row.value(L("machines")), machines.join(QLatin1Char(' ')));
        QCOMPARE(row.value(L("input_material")), asWritten(b->inputMaterial));
        QCOMPARE(row.value(L("input_quantity")), Quantity::toDecimalString(b->inputMilli));
        QCOMPARE(row.value(L("input_unit")), unitCode(b->inputUnit));
        QCOMPARE(row.value(L("output_quantity")), Quantity::toDecimalString(b->outputMilli));
        QCOMPARE(row.value(L("output_unit")), unitCode(line->unit));
        QCOMPARE(row.value(L("energy_kwh")), Quantity::toDecimalString(b->energyWh));
        QCOMPARE(row.value(L("water_l")), Quantity::toDecimalString(b->waterMl));
        QCOMPARE(row.value(L("waste_kg")), Quantity::toDecimalString(b->wasteMilli(Unit::Kg)));
        QCOMPARE(row.value(L("waste_l")), Quantity::toDecimalString(b->wasteMilli(Unit::Litre)));
        QCOMPARE(row.value(L("status")), batchStatusCode(b->status));
        QCOMPARE(row.value(L("notes")), asWritten(b->notes));
        QCOMPARE(row.value(L("warning_note")), asWritten(b->warningNote));
        QCOMPARE(row.value(L("created_by")), asWritten(b->createdBy));
        // Numbers are C-locale decimals, never neutralised or grouped.
        for (const char *column :
             {"input_quantity", "output_quantity", "energy_kwh", "water_l", "waste_kg", "waste_l"})
            QVERIFY2(decimal.match(row.value(L(column))).hasMatch(),
                     qPrintable(L(column) + L(": ") + row.value(L(column))));
    }
}

void TestCsvExport::wasteMatchesDatabase()
{
    CsvExport::Options options;
    options.what = CsvExport::What::Waste;
    const Parsed p = exported(options);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const auto rows = rowsOf(p);
    auto stored = m_t->db().scalar(L("SELECT COUNT(*) FROM waste_line w JOIN batch b ON b.id = "
                                     "w.batch_id WHERE w.deleted = 0 AND b.deleted = 0"));
    QVERIFY(stored);
    QCOMPARE(qint64(rows.size()), stored->toLongLong());
    CachedData data(m_t->masterData());
    QHash<QString, Batch> batches;
    QHash<QString, qint64> totals; // unit -> thousandths, against the batches' own sums
    for (const auto &row : rows) {
        const QString batchId = row.value(L("batch_id"));
        if (!batches.contains(batchId)) {
            auto b = m_t->context().batches().byUuid(QUuid(batchId));
            QVERIFY2(b, qPrintable(batchId));
            batches.insert(batchId, *b);
        }
        const Batch &b = batches[batchId];
        const QUuid lineId(row.value(L("id")));
        const auto line
            = std::find_if(b.waste.cbegin(), b.waste.cend(),
                           [&lineId](const WasteLine &w) { return w.meta.uuid == lineId; });
        QVERIFY2(line != b.waste.cend(), qPrintable(row.value(L("id"))));
        auto category = data.get<WasteCategory>(line->categoryId);
        auto product = data.get<ProductLine>(b.productLineId);
        auto member = data.get<Member>(b.memberId);
        auto site = data.get<Site>(b.meta.siteId);
        QVERIFY(category && product && member && site);
        QCOMPARE(row.value(L("batch")), asWritten(b.code));
        QCOMPARE(row.value(L("site")), site->code);
        QCOMPARE(row.value(L("date")), b.productionDate.toString(Qt::ISODate));
        QCOMPARE(row.value(L("batch_status")), batchStatusCode(b.status));
        QCOMPARE(row.value(L("product_line")), asWritten(product->code));
        QCOMPARE(row.value(L("product_line_name")), asWritten(product->name));
        QCOMPARE(row.value(L("member")), asWritten(member->code));
        QCOMPARE(row.value(L("category")), asWritten(category->code));
        QCOMPARE(row.value(L("category_name")), asWritten(category->name));
        QCOMPARE(row.value(L("hazardous")), boolText(category->hazardous));
        QCOMPARE(row.value(L("route")), routeCode(line->route));
        QCOMPARE(row.value(L("diverted")), boolText(isDiverted(line->route)));
        QCOMPARE(row.value(L("quantity")), Quantity::toDecimalString(line->quantityMilli));
        QCOMPARE(row.value(L("unit")), unitCode(line->unit));
        totals[row.value(L("unit"))] += *Quantity::parse(row.value(L("quantity")));
    }
    // Read back, the quantities add up to the stored ones exactly.
    for (const QString &unit : {L("kg"), L("L")}) {
        auto sum = m_t->db().scalar(L("SELECT COALESCE(SUM(w.quantity_milli), 0) FROM waste_line "
                                      "w JOIN batch b ON b.id = w.batch_id WHERE w.deleted = 0 "
                                      "AND b.deleted = 0 AND w.unit = ?"),
                                    {unit});
        QVERIFY(sum);
        QCOMPARE(totals.value(unit), sum->toLongLong());
    }
}

void TestCsvExport::membersMatchDatabase()
{
    CsvExport::Options options;
    options.what = CsvExport::What::Members;
    const Parsed p = exported(options);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const auto rows = rowsOf(p);
    auto all = m_t->masterData().members(std::nullopt, true);
    QVERIFY(all);
    QCOMPARE(rows.size(), all->size());
    for (const auto &row : rows) {
        auto m = m_t->masterData().find<Member>(std::nullopt, row.value(L("id")));
        QVERIFY2(m, qPrintable(row.value(L("id"))));
        auto site = m_t->masterData().get<Site>(m->meta.siteId);
        QVERIFY(site);
        QCOMPARE(row.value(L("code")), asWritten(m->code));
        QCOMPARE(row.value(L("site")), site->code);
        QCOMPARE(row.value(L("name")), asWritten(m->name));
        QCOMPARE(row.value(L("owner")), asWritten(m->owner));
        QCOMPARE(row.value(L("nib")), asWritten(m->nib));
        QCOMPARE(row.value(L("women_led")), boolText(m->womenLed));
        QCOMPARE(row.value(L("youth_led")), boolText(m->youthLed));
        QCOMPARE(row.value(L("phone")), asWritten(m->phone));
        QCOMPARE(row.value(L("joined")),
                 m->joined.isValid() ? m->joined.toString(Qt::ISODate) : QString());
        QCOMPARE(row.value(L("archived")), boolText(m->meta.archived));
    }
}

void TestCsvExport::trickyTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("comma and quotes") << L("Usaha \"Maju\", Jaya");
    QTest::newRow("line breaks") << L("baris satu\r\nbaris dua\nbaris tiga");
    QTest::newRow("leading spaces") << L("   Nilam");
    QTest::newRow("equals") << L("=cmd|' /C calc'!A0");
    QTest::newRow("plus") << L("+62 812-3456-7890");
    QTest::newRow("minus") << L("-2+3");
    QTest::newRow("at") << L("@SUM(1+1)");
    QTest::newRow("tab") << L("\t=1");
    QTest::newRow("carriage return") << L("\r=1");
}

void TestCsvExport::trickyTexts()
{
    QFETCH(QString, text);
    // Straight into the rows, as a record made by hand or brought by a package could carry it.
    auto booking = m_t->db().scalar(L("SELECT uuid FROM booking WHERE deleted = 0 ORDER BY id "
                                      "LIMIT 1"));
    auto batch
        = m_t->db().scalar(L("SELECT uuid FROM batch WHERE deleted = 0 ORDER BY id LIMIT 1"));
    auto member = m_t->db().scalar(L("SELECT uuid FROM member WHERE deleted = 0 ORDER BY id "
                                     "LIMIT 1"));
    QVERIFY(booking && batch && member);
    QVERIFY(m_t->db().exec(L("UPDATE booking SET purpose = ? WHERE uuid = ?"),
                           {text, booking->toByteArray()}));
    QVERIFY(m_t->db().exec(L("UPDATE batch SET notes = ? WHERE uuid = ?"),
                           {text, batch->toByteArray()}));
    QVERIFY(m_t->db().exec(L("UPDATE member SET owner = ?, name = ? WHERE uuid = ?"),
                           {text, QString(text + L(" usaha")), member->toByteArray()}));

    const auto find = [](const Parsed &p, const QByteArray &uuid) {
        const QString id = Uuid7::toText(Uuid7::fromBytes(uuid));
        for (const auto &row : rowsOf(p)) {
            if (row.value(L("id")) == id)
                return row;
        }
        return QHash<QString, QString>();
    };
    const QString expected = asWritten(text);
    QCOMPARE(expected.startsWith(QLatin1Char('\'')), CsvExport::needsNeutralising(text));

    // The first records are all of the first site: exporting it alone reads less.
    auto site = m_t->db().scalar(L("SELECT site_id FROM booking WHERE uuid = ?"),
                                 {booking->toByteArray()});
    QVERIFY(site);
    CsvExport::Options options;
    options.siteId = site->toLongLong();
    options.what = CsvExport::What::Bookings;
    Parsed p = exported(options);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(find(p, booking->toByteArray()).value(L("purpose")), expected);
    options.siteId.reset();
    options.what = CsvExport::What::Batches;
    p = exported(options);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(find(p, batch->toByteArray()).value(L("notes")), expected);
    options.what = CsvExport::What::Members;
    p = exported(options);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const auto row = find(p, member->toByteArray());
    QCOMPARE(row.value(L("owner")), expected);
    QCOMPARE(row.value(L("name")), asWritten(text + L(" usaha")));
}

void TestCsvExport::siteAndDateRange_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // NTT keeps WITA (+08:00), ACH WIB (+07:00): a day's bounds differ by an hour.
    QTest::newRow("bookings NTT October")
        << int(CsvExport::What::Bookings) << L("NTT") << QDate(2026, 10, 1) << QDate(2026, 10, 31);
    QTest::newRow("bookings ACH one day")
        << int(CsvExport::What::Bookings) << L("ACH") << QDate(2026, 11, 2) << QDate(2026, 11, 2);
    QTest::newRow("bookings all sites from")
        << int(CsvExport::What::Bookings) << QString() << QDate(2026, 11, 20) << QDate();
    QTest::newRow("batches JTG September")
        << int(CsvExport::What::Batches) << L("JTG") << QDate(2026, 9, 1) << QDate(2026, 9, 30);
    QTest::newRow("batches all until")
        << int(CsvExport::What::Batches) << QString() << QDate() << QDate(2026, 8, 31);
    QTest::newRow("waste KTM October")
        << int(CsvExport::What::Waste) << L("KTM") << QDate(2026, 10, 1) << QDate(2026, 10, 31);
    QTest::newRow("members SLU") << int(CsvExport::What::Members) << L("SLU") << QDate() << QDate();
}

void TestCsvExport::siteAndDateRange()
{
    QFETCH(int, what);
    QFETCH(QString, site);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    CsvExport::Options options;
    options.what = CsvExport::What(what);
    options.from = from;
    options.to = to;
    std::optional<Site> chosen;
    if (!site.isEmpty()) {
        auto s = m_t->masterData().find<Site>(std::nullopt, site);
        QVERIFY(s);
        chosen = *s;
        options.siteId = s->meta.id;
    }
    const Parsed p = exported(options);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const auto rows = rowsOf(p);

    // The same selection counted independently, site by site with each site's own day bounds.
    auto sites = m_t->masterData().sites(true);
    QVERIFY(sites);
    qint64 expected = 0;
    for (const Site &s : std::as_const(*sites)) {
        if (chosen && chosen->meta.id != s.meta.id)
            continue;
        const SiteCalendar calendar(s);
        QVariantList binds {s.meta.id};
        QString sql;
        switch (options.what) {
        case CsvExport::What::Bookings:
            sql = L("SELECT COUNT(*) FROM booking WHERE deleted = 0 AND site_id = ? AND start_utc "
                    ">= ? AND start_utc < ?");
            binds << (from.isValid() ? calendar.fromLocal(from, QTime(0, 0)).toSecsSinceEpoch()
                                     : std::numeric_limits<qint64>::min())
                  << (to.isValid()
                          ? calendar.fromLocal(to.addDays(1), QTime(0, 0)).toSecsSinceEpoch()
                          : std::numeric_limits<qint64>::max());
            break;
        case CsvExport::What::Batches:
            sql = L("SELECT COUNT(*) FROM batch WHERE deleted = 0 AND site_id = ? AND "
                    "production_date BETWEEN ? AND ?");
            binds << (from.isValid() ? from.toString(Qt::ISODate) : L("0000"))
                  << (to.isValid() ? to.toString(Qt::ISODate) : L("9999"));
            break;
        case CsvExport::What::Waste:
            sql = L("SELECT COUNT(*) FROM waste_line w JOIN batch b ON b.id = w.batch_id WHERE "
                    "w.deleted = 0 AND b.deleted = 0 AND b.site_id = ? AND b.production_date "
                    "BETWEEN ? AND ?");
            binds << (from.isValid() ? from.toString(Qt::ISODate) : L("0000"))
                  << (to.isValid() ? to.toString(Qt::ISODate) : L("9999"));
            break;
        case CsvExport::What::Members:
            sql = L("SELECT COUNT(*) FROM member WHERE deleted = 0 AND site_id = ?");
            break;
        }
        auto n = m_t->db().scalar(sql, binds);
        QVERIFY(n);
        expected += n->toLongLong();
    }
    QCOMPARE(qint64(rows.size()), expected);
    QVERIFY2(expected > 0, "the case should select something");

    for (const auto &row : rows) {
        if (chosen)
            QCOMPARE(row.value(L("site")), chosen->code);
        QString day;
        if (options.what == CsvExport::What::Bookings)
            day = row.value(L("start")).left(10); // the local date, before the offset
        else if (options.what != CsvExport::What::Members)
            day = row.value(L("date"));
        if (day.isEmpty())
            continue;
        const QDate date = QDate::fromString(day, Qt::ISODate);
        QVERIFY(date.isValid());
        if (from.isValid())
            QVERIFY2(date >= from, qPrintable(day));
        if (to.isValid())
            QVERIFY2(date <= to, qPrintable(day));
    }
    if (options.what == CsvExport::What::Bookings && chosen) {
        // Times carry the site's own offset.
        const QString offset = chosen->timeZone == L("Asia/Jakarta") ? L("+07:00") : L("+08:00");
        for (const auto &row : rows)
            QVERIFY2(row.value(L("start")).endsWith(offset), qPrintable(row.value(L("start"))));
    }
}

void TestCsvExport::viewerMayExportAndNoAccountData()
{
    const auto viewer = std::find_if(
        m_demo.accounts.cbegin(), m_demo.accounts.cend(),
        [](const DemoGenerator::Account &a) { return a.role == QLatin1String("viewer"); });
    QVERIFY(viewer != m_demo.accounts.cend());
    auto actor = m_t->context().accounts().signIn(viewer->name, viewer->password);
    QVERIFY2(actor, actor ? "" : qPrintable(actor.error().toLine()));
    QCOMPARE(actor->role, Role::Viewer);

    QStringList secrets;
    auto hashes = m_t->db().exec(L("SELECT password_hash FROM app_user"));
    QVERIFY(hashes);
    while (hashes->next())
        secrets << hashes->value(0).toString();
    QVERIFY(!secrets.isEmpty());
    for (const DemoGenerator::Account &a : std::as_const(m_demo.accounts))
        secrets << a.password;

    for (CsvExport::What what : CsvExport::allWhats()) {
        CsvExport::Options options;
        options.what = what;
        QByteArray bytes;
        auto summary = exportTo(bytes, options, *actor);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().toLine()));
        QVERIFY(summary->rows > 0);
        const QString text = QString::fromUtf8(bytes);
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!text.contains(secret), qPrintable(CsvExport::whatCode(what)));
        QVERIFY(!text.contains(L("$argon2")));
        for (const QString &column : CsvExport::columns(what))
            QVERIFY(!column.contains(L("password")) && !column.contains(L("user")));
    }
}

void TestCsvExport::siteBoundAccount()
{
    auto ach = m_t->masterData().find<Site>(std::nullopt, L("ACH"));
    auto ntt = m_t->masterData().find<Site>(std::nullopt, L("NTT"));
    QVERIFY(ach && ntt);
    Actor operatorOfAch;
    operatorOfAch.userId = 999;
    operatorOfAch.name = L("operator.ach");
    operatorOfAch.role = Role::Operator;
    operatorOfAch.siteId = ach->meta.id;
    CsvExport::Options options;
    options.what = CsvExport::What::Members;
    QByteArray bytes;
    // "Every site" is its own site.
    auto own = exportTo(bytes, options, operatorOfAch);
    QVERIFY2(own, own ? "" : qPrintable(own.error().toLine()));
    QCOMPARE(own->siteCodes, QStringList {L("ACH")});
    for (const auto &row : rowsOf(parseCsv(bytes)))
        QCOMPARE(row.value(L("site")), L("ACH"));
    // Another site is refused, and nothing is written.
    options.siteId = ntt->meta.id;
    auto other = exportTo(bytes, options, operatorOfAch);
    QVERIFY(!other);
    QCOMPARE(other.error().kind, Error::Kind::Forbidden);
    QVERIFY(bytes.isEmpty());
}

void TestCsvExport::refusals_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<qint64>("siteId");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("kind");
    QTest::newRow("members with a period")
        << int(CsvExport::What::Members) << qint64(0) << QDate(2026, 1, 1) << QDate()
        << int(Error::Kind::Usage);
    QTest::newRow("last date before first")
        << int(CsvExport::What::Bookings) << qint64(0) << QDate(2026, 10, 2) << QDate(2026, 10, 1)
        << int(Error::Kind::Invalid);
    QTest::newRow("no such site") << int(CsvExport::What::Batches) << qint64(987654) << QDate()
                                  << QDate() << int(Error::Kind::Invalid);
}

void TestCsvExport::refusals()
{
    QFETCH(int, what);
    QFETCH(qint64, siteId);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, kind);
    CsvExport::Options options;
    options.what = CsvExport::What(what);
    if (siteId)
        options.siteId = siteId;
    options.from = from;
    options.to = to;
    QByteArray bytes;
    auto summary = exportTo(bytes, options);
    QVERIFY(!summary);
    QCOMPARE(int(summary.error().kind), kind);
    QVERIFY(!summary.error().message.isEmpty());
    QVERIFY(bytes.isEmpty());
    QVERIFY(!m_t->context().csv().count(options));
    const Status checked = m_t->context().csv().check(options);
    QVERIFY(!checked);
    QCOMPARE(int(checked.error().kind), kind);
}

void TestCsvExport::cancelLeavesOldFile()
{
    const QString path = m_t->folder() + L("/bookings.csv");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("older file\n");
    }
    CsvExport::Options options;
    options.what = CsvExport::What::Bookings;
    QList<qint64> seen;
    auto summary
        = m_t->context().csv().writeFile(options, path, [&seen](qint64 done, qint64 total) {
              seen << done;
              return done < total / 2;
          });
    QVERIFY(summary);
    QVERIFY(summary->cancelled);
    QVERIFY(!seen.isEmpty());
    QVERIFY(summary->rows < m_demo.bookings);
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray("older file\n"));
    after.close();
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_t->folder()).entryList({L("bookings.csv*")}, QDir::Files),
             QStringList {L("bookings.csv")});

    // Uncancelled, the same call replaces the file whole, and the last call reports all rows.
    seen.clear();
    auto whole = m_t->context().csv().writeFile(options, path, [&seen](qint64 done, qint64) {
        seen << done;
        return true;
    });
    QVERIFY(whole && !whole->cancelled);
    QCOMPARE(seen.last(), whole->rows);
    QVERIFY(after.open(QIODevice::ReadOnly));
    const Parsed p = parseCsv(after.readAll());
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.records.size(), whole->rows + 1);
}

void TestCsvExport::unwritableFile()
{
    CsvExport::Options options;
    options.what = CsvExport::What::Members;
    for (const QString &path :
         QStringList {m_t->folder() + L("/no/such/folder/members.csv"), m_t->folder()}) {
        auto summary = m_t->context().csv().writeFile(options, path);
        QVERIFY(!summary);
        QCOMPARE(summary.error().kind, Error::Kind::Invalid);
        QVERIFY(summary.error().where.contains(QDir::toNativeSeparators(path)));
    }
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
