#include "reporttext.h"

#include "domain/quantity.h"
#include "domain/sitecalendar.h"
#include "services/language.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <QTranslator>

#include <memory>

namespace Rpb {

namespace {
struct Pair
{
    const char *source;
    const char *indonesian;
};

// The summary's texts in both languages. QT_TRANSLATE_NOOP keeps them in the catalogue.
const Pair texts[] = {
    {QT_TRANSLATE_NOOP("MonthlyReport", "Monthly green-UMKM summary"),
     "Ringkasan Bulanan UMKM Hijau"},
    {QT_TRANSLATE_NOOP("MonthlyReport",
                       "Shared Production House Programme - Ministry of Cooperatives and SMEs"),
     "Program Rumah Produksi Bersama - Kementerian Koperasi dan UKM"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "All sites"), "Semua lokasi"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Site"), "Lokasi"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Province"), "Provinsi"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Month"), "Bulan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "FINAL"), "FINAL"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "DRAFT"), "DRAF"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "The month is closed; these figures are final."),
     "Bulan ini sudah ditutup; angka-angka ini final."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "The month is still open; these figures may change."),
     "Bulan ini masih terbuka; angka-angka ini dapat berubah."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Key figures"), "Angka utama"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Figure"), "Indikator"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "This month"), "Bulan ini"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Previous month"), "Bulan lalu"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Change"), "Perubahan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Batches"), "Batch"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Waste generated (kg)"), "Limbah dihasilkan (kg)"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Waste generated (L)"), "Limbah dihasilkan (L)"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Diverted from disposal, kg (GRI 306)"),
     "Dialihkan dari pembuangan, kg (GRI 306)"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Diverted from disposal, L (GRI 306)"),
     "Dialihkan dari pembuangan, L (GRI 306)"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Energy (kWh)"), "Energi (kWh)"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Water (L)"), "Air (L)"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Machine hours available"), "Jam mesin tersedia"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Machine hours booked"), "Jam mesin dipesan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Machine hours used"), "Jam mesin dipakai"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Booked share of available hours"),
     "Porsi jam dipesan dari jam tersedia"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Used share of available hours"),
     "Porsi jam dipakai dari jam tersedia"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Members served"), "Anggota terlayani"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Women-led"), "Dipimpin perempuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Youth-led"), "Dipimpin pemuda"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Women- or youth-led (aim 70 %)"),
     "Dipimpin perempuan atau pemuda (target 70 %)"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "aim met"), "target tercapai"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "below aim"), "di bawah target"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Production by product line"), "Produksi per lini produk"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Product line"), "Lini produk"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Output"), "Hasil"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Waste kg per unit"), "Limbah kg per satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Waste L per unit"), "Limbah L per satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "kWh per unit"), "kWh per satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Water L per unit"), "Air L per satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "No production this month."),
     "Tidak ada produksi bulan ini."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Waste per product line"), "Limbah per lini produk"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Chart not available in this build."),
     "Grafik tidak tersedia pada versi ini."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Waste by category and handling route (GRI 306)"),
     "Limbah per kategori dan cara penanganan (GRI 306)"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Category"), "Kategori"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "All categories"), "Semua kategori"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Handling route"), "Cara penanganan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Quantity"), "Jumlah"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Waste generated"), "Limbah dihasilkan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Diverted from disposal"), "Dialihkan dari pembuangan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Directed to disposal"), "Diarahkan ke pembuangan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "No waste recorded this month."),
     "Tidak ada limbah tercatat bulan ini."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Utilisation by machine"), "Pemakaian per mesin"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Utilisation by site"), "Pemakaian per lokasi"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Machine"), "Mesin"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Available h"), "Jam tersedia"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Maintenance h"), "Jam perawatan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Booked h"), "Jam dipesan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Used h"), "Jam dipakai"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Booked"), "Dipesan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Used"), "Dipakai"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "under maintenance"), "dalam perawatan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "No machines."), "Tidak ada mesin."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Sites compared"), "Perbandingan lokasi"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Status"), "Status"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Diverted (kg)"), "Dialihkan (kg)"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Waste kg"), "Limbah kg"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Waste L"), "Limbah L"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Members"), "Anggota"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Women/youth-led"), "Perempuan/pemuda"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Notes"), "Catatan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Site manager"), "Manajer lokasi"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Date"), "Tanggal"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Signature"), "Tanda tangan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Generated"), "Dibuat"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Data version"), "Versi data"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Page %1 of %2"), "Halaman %1 dari %2"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "pp"), "poin"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Prepared by"), "Disiapkan oleh"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Prepared"), "Disiapkan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Name"), "Nama"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "For the central office"), "Untuk kantor pusat"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "No comparison: %1 holds no data."),
     "Tanpa perbandingan: %1 tidak memuat data."},
    {QT_TRANSLATE_NOOP("MonthlyReport",
                       "No comparison: %1 holds too little data to compare (%2 batches, this "
                       "month %3)."),
     "Tanpa perbandingan: data %1 terlalu sedikit untuk dibandingkan (%2 batch, bulan ini %3)."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Waste intensity (waste per unit of output)"),
     "Intensitas limbah (limbah per satuan hasil)"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Energy and water per unit of output"),
     "Energi dan air per satuan hasil"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "This month: kg per unit"), "Bulan ini: kg per satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Previous: kg per unit"), "Bulan lalu: kg per satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "This month: L per unit"), "Bulan ini: L per satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Previous: L per unit"), "Bulan lalu: L per satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "This month: kWh per unit"),
     "Bulan ini: kWh per satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Previous: kWh per unit"), "Bulan lalu: kWh per satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "This month: water L per unit"),
     "Bulan ini: air L per satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Previous: water L per unit"),
     "Bulan lalu: air L per satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Unit"), "Satuan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Machine hours under maintenance"),
     "Jam mesin dalam perawatan"},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Definitions of the figures"), "Definisi angka"},
};

const QHash<QByteArray, QString> &indonesian()
{
    static const QHash<QByteArray, QString> table = [] {
        QHash<QByteArray, QString> h;
        for (const Pair &p : texts)
            h.insert(QByteArray(p.source), QString::fromUtf8(p.indonesian));
        return h;
    }();
    return table;
}

// A real minus sign reads better in print than a hyphen.
const QChar minus(0x2212);
const QChar dash(0x2013);

// The window's catalogue in Indonesian, loaded once: route and unit names as the window shows
// them. English needs none, its source texts are English.
const QTranslator &indonesianCatalogue()
{
    static const std::unique_ptr<QTranslator> translator = [] {
        auto t = std::make_unique<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/rpb_id.qm")))
            qWarning("The Indonesian catalogue is missing: route names stay English.");
        return t;
    }();
    return *translator;
}

// Tenths of an hour, rounded half up: what hours() shows and hoursChange() subtracts.
qint64 tenthsOfHour(qint64 seconds)
{
    return (seconds * 10 + 1800) / 3600;
}
} // namespace

ReportText::ReportText(const QString &language)
    : m_language(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id"))
    , m_locale(Language::localeFor(m_language))
{ }

QString ReportText::operator()(const char *source) const
{
    if (m_language == QLatin1String("id")) {
        const auto it = indonesian().constFind(QByteArray(source));
        if (it != indonesian().constEnd())
            return *it;
    }
    return QString::fromUtf8(source);
}

QString ReportText::catalogue(const char *source) const
{
    if (m_language == QLatin1String("id")) {
        const QString text = indonesianCatalogue().translate("Units", source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString ReportText::monthName(int year, int month) const
{
    return m_locale.standaloneMonthName(month, QLocale::LongFormat) + QLatin1Char(' ')
        + QString::number(year);
}

QString ReportText::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return QString::number(date.day()) + QLatin1Char(' ')
        + m_locale.monthName(date.month(), QLocale::LongFormat) + QLatin1Char(' ')
        + QString::number(date.year());
}

QString ReportText::zoneName(const QString &timeZone)
{
    return SiteCalendar::zoneAbbreviation(timeZone);
}

QString ReportText::dateTime(const QDateTime &utc, const QString &timeZone) const
{
    const QTimeZone zone(timeZone.toLatin1());
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toUTC();
    return date(local.date()) + QStringLiteral(", ")
        + m_locale.toString(local.time(), QLocale::ShortFormat) + QLatin1Char(' ')
        + (zone.isValid() ? zoneName(timeZone) : QStringLiteral("UTC"));
}

QString ReportText::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString ReportText::quantity(qint64 milli) const
{
    return Quantity::toLocalizedString(milli, m_locale, 1);
}

QString ReportText::quantity(qint64 milli, Unit unit) const
{
    return Quantity::toLocalizedString(milli, m_locale, decimals(unit)) + QLatin1Char(' ')
        + unitName(unit);
}

QString ReportText::perUnit(std::optional<qint64> milli) const
{
    return milli ? Quantity::toLocalizedString(*milli, m_locale, PerUnitDecimals) : QString(dash);
}

QString ReportText::percent(std::optional<qint64> permille) const
{
    if (!permille)
        return QString(dash);
    return Quantity::percentText(*permille, m_locale);
}

QString ReportText::hours(qint64 seconds) const
{
    return Quantity::toLocalizedString(tenthsOfHour(seconds) * 100, m_locale, 1);
}

QString ReportText::signedText(const QString &magnitude, qint64 difference) const
{
    if (difference > 0)
        return QLatin1Char('+') + magnitude;
    if (difference < 0)
        return minus + magnitude;
    return magnitude;
}

QString ReportText::change(qint64 current, qint64 previous) const
{
    const qint64 d = current - previous;
    return signedText(Quantity::toLocalizedString(d < 0 ? -d : d, m_locale, 1), d);
}

QString ReportText::change(qint64 current, qint64 previous, Unit unit) const
{
    const qint64 d = current - previous;
    return signedText(Quantity::toLocalizedString(d < 0 ? -d : d, m_locale, decimals(unit)), d);
}

QString ReportText::countChange(qint64 current, qint64 previous) const
{
    const qint64 d = current - previous;
    return signedText(number(d < 0 ? -d : d), d);
}

QString ReportText::hoursChange(qint64 currentSeconds, qint64 previousSeconds) const
{
    // The difference of the hours shown, so that the row adds up as printed.
    const qint64 d = tenthsOfHour(currentSeconds) - tenthsOfHour(previousSeconds);
    return signedText(Quantity::toLocalizedString((d < 0 ? -d : d) * 100, m_locale, 1), d);
}

QString ReportText::perUnitChange(std::optional<qint64> current,
                                  std::optional<qint64> previous) const
{
    if (!current || !previous)
        return QString(dash);
    const qint64 d = *current - *previous;
    return signedText(Quantity::toLocalizedString(d < 0 ? -d : d, m_locale, PerUnitDecimals), d);
}

QString ReportText::pointsChange(std::optional<qint64> current,
                                 std::optional<qint64> previous) const
{
    if (!current || !previous)
        return QString(dash);
    const qint64 d = *current - *previous; // tenths of a point, as the percentages shown
    return signedText(Quantity::toLocalizedString((d < 0 ? -d : d) * 100, m_locale, 1), d)
        + QLatin1Char(' ') + (*this)("pp");
}

QString ReportText::routeName(Route route) const
{
    return catalogue(routeSourceText(route));
}

QString ReportText::unitName(Unit unit) const
{
    return catalogue(unitSourceText(unit));
}

} // namespace Rpb
