#include "reportglossary.h"

#include "domain/comparisonbasis.h"

#include <QCoreApplication>

namespace Rpb {

namespace {
struct Definition
{
    const char *term;
    const char *termIndonesian;
    const char *definition;
    const char *definitionIndonesian;
};

// In the order a reader meets the figures. QT_TRANSLATE_NOOP keeps them in the catalogue; the
// document picks its language itself, as ReportText does.
const Definition definitions[] = {
    {QT_TRANSLATE_NOOP("MonthlyReport", "Month"), "Bulan",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "The site's local calendar month, from 00:00 on the 1st to 00:00 on the "
                       "1st of the next month in the site's time zone (WIB = UTC+7, WITA = UTC+8, "
                       "WIT = UTC+9; Indonesia has no daylight saving). A batch counts in the "
                       "month of its production date. Booked, used and maintenance time is cut "
                       "at the month's bounds: a booking from 22:00 on the last day to 02:00 on "
                       "the 1st counts 2 hours in each month. All sites: each site's own month."),
     "Bulan kalender lokal lokasi, dari pukul 00.00 tanggal 1 sampai pukul 00.00 tanggal 1 bulan "
     "berikutnya menurut zona waktu lokasi (WIB = UTC+7, WITA = UTC+8, WIT = UTC+9; Indonesia tidak "
     "memakai waktu musim panas). Batch dihitung pada bulan tanggal produksinya. Jam dipesan, "
     "dipakai, dan perawatan dipotong pada batas bulan: pemesanan pukul 22.00 hari terakhir sampai "
     "02.00 tanggal 1 dihitung 2 jam di masing-masing bulan. Semua lokasi: bulan lokal setiap "
     "lokasi."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Batches"), "Batch",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "Production batches of the month that count: neither deleted nor archived "
                       "(checked or not)."),
     "Batch produksi bulan itu yang dihitung: tidak dihapus dan tidak diarsipkan (sudah diperiksa "
     "atau belum)."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Output"), "Hasil",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "The output of the batches per product line, in the line's unit (kg, L or "
                       "pieces). Lines are never added together: in the all-sites summary each "
                       "site's lines stay apart (site code and line code)."),
     "Hasil batch per lini produk, dalam satuan lini itu (kg, L, atau buah). Lini tidak pernah "
     "dijumlahkan: pada ringkasan semua lokasi, lini setiap lokasi tetap terpisah (kode lokasi "
     "dan kode lini)."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Waste generated"), "Limbah dihasilkan",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "The waste lines of the counted batches, by category and handling route; "
                       "kg and L apart, never added together (GRI 306-3)."),
     "Catatan limbah dari batch yang dihitung, per kategori dan cara penanganan; kg dan L "
     "terpisah, tidak pernah dijumlahkan (GRI 306-3)."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Diverted from disposal"), "Dialihkan dari pembuangan",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "Waste sent to reuse, sold as a by-product, recycled, composted or used "
                       "for energy (GRI 306-4). Landfill, treated discharge and open burning are "
                       "directed to disposal (GRI 306-5)."),
     "Limbah yang diguna ulang, dijual sebagai produk samping, didaur ulang, dikomposkan, atau "
     "dipakai untuk energi (GRI 306-4). Penimbunan di TPA, pembuangan setelah diolah, dan "
     "pembakaran terbuka diarahkan ke pembuangan (GRI 306-5)."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Diversion rate"), "Tingkat pengalihan",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "Diverted waste divided by waste generated, for kg and for L apart, in "
                       "percent; a dash when no waste was generated."),
     "Limbah yang dialihkan dibagi limbah yang dihasilkan, untuk kg dan L terpisah, dalam persen; "
     "tanda pisah bila tidak ada limbah."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Waste intensity"), "Intensitas limbah",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "A product line's waste (kg, and L apart) per unit of its output, e.g. kg "
                       "of spent leaves per kg of oil; a dash when the line had no output."),
     "Limbah suatu lini produk (kg, dan L terpisah) per satuan hasilnya, misalnya kg ampas daun "
     "per kg minyak; tanda pisah bila lini itu tidak menghasilkan apa pun."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Energy and water per unit"), "Energi dan air per satuan",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "The kWh and litres of water the line's batches recorded, per unit of its "
                       "output."),
     "kWh dan liter air yang dicatat batch suatu lini, per satuan hasilnya."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Available hours"), "Jam tersedia",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "For each machine, the site's opening hours in the month (its open days "
                       "and hours) less the maintenance within them, added over the site's "
                       "machines; an archived machine counts only when it was booked in the "
                       "month."),
     "Untuk setiap mesin, jam buka lokasi pada bulan itu (hari dan jam bukanya) dikurangi "
     "perawatan di dalamnya, dijumlahkan untuk semua mesin lokasi; mesin yang diarsipkan hanya "
     "dihitung bila dipesan pada bulan itu."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Maintenance hours"), "Jam perawatan",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "Maintenance windows of the machines, counted where they fall within "
                       "opening hours."),
     "Jadwal perawatan mesin, dihitung sejauh jatuh di dalam jam buka."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Booked hours"), "Jam dipesan",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "The scheduled time of every booking that was not cancelled: requested, "
                       "confirmed, checked in, done and no-show. A no-show counts: it held the "
                       "machine, which is the gap between booked and used."),
     "Waktu terjadwal setiap pemesanan yang tidak dibatalkan: diajukan, dikonfirmasi, sedang "
     "dipakai, selesai, dan tidak hadir. Pemesanan tidak hadir dihitung: mesin tertahan "
     "untuknya, dan itulah selisih antara jam dipesan dan jam dipakai."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Used hours"), "Jam dipakai",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "The time between check-in and check-out of the bookings checked out "
                       "(done). A booking still checked in counts once it is checked out."),
     "Waktu antara check-in dan check-out dari pemesanan yang sudah check-out (selesai). "
     "Pemesanan yang masih berjalan dihitung setelah check-out."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Utilisation"), "Pemakaian",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "Booked hours, and used hours, as a share of the available hours. It may "
                       "pass 100 % where a machine takes several bookings at once (its capacity)."),
     "Jam dipesan, dan jam dipakai, sebagai porsi dari jam tersedia. Dapat melebihi 100 % bila "
     "satu mesin menerima beberapa pemesanan sekaligus (kapasitasnya)."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Members served"), "Anggota terlayani",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "Members with a counted batch in the month, or a booking used in the month "
                       "(checked in, or checked out with its time of use in the month), each "
                       "counted once. A booking not used (requested, confirmed, cancelled or a "
                       "no-show) serves nobody."),
     "Anggota yang memiliki batch terhitung pada bulan itu, atau pemesanan yang dipakai pada bulan "
     "itu (sudah check-in, atau sudah check-out dengan waktu pakai di bulan itu), masing-masing "
     "dihitung sekali. Pemesanan yang tidak dipakai (diajukan, dikonfirmasi, dibatalkan, atau "
     "tidak hadir) tidak melayani siapa pun."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Women-led, youth-led"), "Dipimpin perempuan, pemuda",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "The share of the members served whose business is led by a woman, by a "
                       "young person (16 to 30 years, Law 40/2009), or by either, as the member "
                       "register records it; the aim is 70 % for either."),
     "Porsi anggota terlayani yang usahanya dipimpin perempuan, pemuda (16 sampai 30 tahun, "
     "UU 40/2009), atau salah satunya, menurut data anggota; targetnya 70 % untuk salah satunya."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Change"), "Perubahan",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "This month less the previous month; rates and shares change in percentage "
                       "points (pp). No change is given when the previous month holds no counted "
                       "batch (no data), or fewer than %1 or fewer than half as many as this "
                       "month (too little data)."),
     "Bulan ini dikurangi bulan lalu; tingkat dan porsi berubah dalam poin persentase (poin). "
     "Perubahan tidak ditampilkan bila bulan lalu tidak memuat batch terhitung (tidak ada data), "
     "atau kurang dari %1 atau kurang dari separuh bulan ini (data terlalu sedikit)."},
    {QT_TRANSLATE_NOOP("MonthlyReport", "Numbers"), "Angka",
     QT_TRANSLATE_NOOP("MonthlyReport",
                       "Quantities in kg, L and kWh with one decimal, pieces whole, per-unit "
                       "figures with three decimals, hours and percentages with one, rounded half "
                       "up. The JSON file holds the exact values."),
     "Jumlah dalam kg, L, dan kWh dengan satu desimal, buah tanpa desimal, angka per satuan dengan "
     "tiga desimal, jam dan persen dengan satu desimal, dibulatkan setengah ke atas. Berkas JSON "
     "memuat nilai tepatnya."},
};
} // namespace

QList<ReportGlossary::Entry> ReportGlossary::entries(const ReportText &text)
{
    const bool indonesian = text.language() == QLatin1String("id");
    QList<Entry> out;
    for (const Definition &d : definitions) {
        Entry e;
        e.term = QString::fromUtf8(indonesian ? d.termIndonesian : d.term);
        e.definition = QString::fromUtf8(indonesian ? d.definitionIndonesian : d.definition);
        if (e.definition.contains(QLatin1String("%1")))
            e.definition = e.definition.arg(text.number(ComparisonBasis::MinimumBatches));
        out << e;
    }
    return out;
}

} // namespace Rpb
