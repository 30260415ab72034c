#include "demogenerator.h"

#include "demoaccounts.h"
#include "democatalog.h"
#include "demositebuilder.h"
#include "demowriter.h"
#include "domain/actor.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

const std::vector<DemoSiteSpec> &catalogue(DemoGenerator::Scale scale)
{
    return scale == DemoGenerator::Scale::National ? DemoCatalog::nationalSites()
                                                   : DemoCatalog::smallSites();
}

// A live-looking site for a new user; a national history large enough to show where the
// application slows down (about a million bookings).
DemoDensity density(DemoGenerator::Scale scale)
{
    DemoDensity d;
    if (scale == DemoGenerator::Scale::National) {
        d.machineCopies = 2;
        d.minMembers = 45;
        d.maxMembers = 65;
        d.laneActivePercent = 95;
        d.maxStartQuarters = 4;
        d.maxGapQuarters = 2;
        d.batchPercent = 94;
        d.minMaintenanceDays = 60;
        d.maxMaintenanceDays = 120;
    }
    return d;
}

// Rows per transaction at the national scale; the small scale is one transaction, all or nothing.
constexpr qint64 NationalChunkRows = 50000;
constexpr int FutureDays = 14;
} // namespace

QStringList DemoGenerator::siteCodes(Scale scale)
{
    QStringList codes;
    for (const DemoSiteSpec &spec : catalogue(scale))
        codes << QString::fromLatin1(spec.code);
    return codes;
}

Result<DemoGenerator::Summary> DemoGenerator::run(Database &db, const Options &options)
{
    if (auto s = db.ensureWritable(); !s)
        return fail(s.error());
    auto sites = db.scalar(QStringLiteral("SELECT COUNT(*) FROM site"));
    if (!sites)
        return fail(sites.error());
    if (sites->toLongLong() > 0)
        return fail(Error::invalid(
            Tr::tr("The database already has data; demo data only goes into an empty database."),
            db.path()));

    std::vector<const DemoSiteSpec *> chosen;
    for (const DemoSiteSpec &spec : catalogue(options.scale)) {
        if (options.siteCode.isEmpty()
            || options.siteCode.compare(QLatin1String(spec.code), Qt::CaseInsensitive) == 0)
            chosen.push_back(&spec);
    }
    if (chosen.empty())
        return fail(Error::invalid(
            Tr::tr("There is no demo site with the code %1; choose one of "
                   "%2.")
                .arg(options.siteCode, siteCodes(options.scale).join(QStringLiteral(", "))),
            options.siteCode, QStringLiteral("site")));

    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const bool national = options.scale == Scale::National;
    const QDate from = national ? today.addYears(-5) : today.addMonths(-6);

    DemoWriter writer(db, national ? NationalChunkRows : 0);
    if (auto s = writer.begin(); !s)
        return fail(s.error());

    struct Made
    {
        const DemoSiteSpec *spec;
        qint64 siteId;
        QUuid uuid;
        std::array<qint64, 4> counts; // members, bookings, batches, waste lines
    };
    auto counts = [&writer] {
        return std::array<qint64, 4> {
            writer.count(DemoWriter::Table::Member), writer.count(DemoWriter::Table::Booking),
            writer.count(DemoWriter::Table::Batch), writer.count(DemoWriter::Table::WasteLine)};
    };
    std::vector<Made> made;
    int lastPercent = -1;
    for (size_t i = 0; i < chosen.size(); ++i) {
        const DemoSiteSpec &spec = *chosen[i];
        const QString what = Tr::tr("Making %1 (%2): members, bookings, batches and waste")
                                 .arg(QString::fromLatin1(spec.code), QString::fromUtf8(spec.name));
        auto report = [&](double share) {
            if (!options.progress)
                return;
            const int percent = int(99.0 * (double(i) + share) / double(chosen.size()));
            if (percent != lastPercent) {
                lastPercent = percent;
                options.progress(percent, what);
            }
        };
        report(0.0);
        const auto before = counts();
        DemoSiteBuilder builder(writer, spec, density(options.scale), options.seed, from, today,
                                FutureDays);
        if (auto s = builder.build(report); !s) {
            writer.abandon();
            return fail(s.error());
        }
        auto after = counts();
        for (size_t c = 0; c < after.size(); ++c)
            after[c] -= before[c];
        made.push_back({&spec, builder.siteId(), builder.siteUuid(), after});
    }

    // One entry per site says what was made; an entry per generated row would only bury it.
    Actor actor;
    actor.name = QStringLiteral("demo");
    for (const Made &m : made) {
        // The site by its code and name; what was made as fields, so that the audit page says
        // it in the reader's language.
        const QString summary = QString::fromLatin1(m.spec->code) + QLatin1Char(' ')
            + QString::fromUtf8(m.spec->name);
        const auto asNew = [](const QJsonValue &value) {
            return QJsonArray {QJsonValue(), value};
        };
        const QJsonObject changes {
            {QStringLiteral("first_date"), asNew(from.toString(Qt::ISODate))},
            {QStringLiteral("last_date"),
             asNew(today.addDays(FutureDays - 1).toString(Qt::ISODate))},
            {QStringLiteral("seed"), asNew(qint64(options.seed))},
            {QStringLiteral("members"), asNew(qint64(m.counts[0]))},
            {QStringLiteral("bookings"), asNew(qint64(m.counts[1]))},
            {QStringLiteral("batches"), asNew(qint64(m.counts[2]))},
            {QStringLiteral("waste_lines"), asNew(qint64(m.counts[3]))},
        };
        if (auto s = AuditLog::append(db, actor, QStringLiteral("demo"), QStringLiteral("site"),
                                      m.uuid, m.siteId, summary, changes);
            !s) {
            writer.abandon();
            return fail(s.error());
        }
    }
    if (options.progress)
        options.progress(99, Tr::tr("Saving the demo data"));
    if (auto s = writer.finish(); !s)
        return fail(s.error());
    if (options.progress)
        options.progress(100, Tr::tr("Demo data ready"));

    // Accounts last: the demo data is committed, and a site's people sign in to see it.
    if (options.progress)
        options.progress(100, Tr::tr("Making the demo accounts"));
    QList<QPair<qint64, QString>> siteIds;
    for (const Made &m : made)
        siteIds.append({m.siteId, QString::fromLatin1(m.spec->code)});
    auto accounts = DemoAccounts::create(db, siteIds, options.seed);
    if (!accounts)
        return fail(accounts.error());

    Summary summary;
    summary.accounts = *accounts;
    for (const Made &m : made)
        summary.siteCodes << QString::fromLatin1(m.spec->code);
    summary.members = writer.count(DemoWriter::Table::Member);
    summary.bookings = writer.count(DemoWriter::Table::Booking);
    summary.batches = writer.count(DemoWriter::Table::Batch);
    summary.wasteLines = writer.count(DemoWriter::Table::WasteLine);
    return summary;
}

bool DemoGenerator::isEmpty(const Database &db)
{
    auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM site"));
    return count && count->toLongLong() == 0;
}

} // namespace Rpb
