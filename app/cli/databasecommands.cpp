#include "databasecommands.h"

#include "argumentparser.h"
#include "console.h"
#include "demo/demogenerator.h"
#include "listcommands.h"
#include "services/appcontext.h"
#include "services/language.h"
#include "storage/database.h"
#include "storage/integritycheck.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)
};

// "Label:   value" lines with the values in one column.
QString labelled(const QList<std::pair<QString, QString>> &lines)
{
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size() + 1);
    QString text;
    for (const auto &[label, value] : lines)
        text += QString(label + QLatin1Char(':')).leftJustified(width + 2) + value
            + QLatin1Char('\n');
    return text;
}

QString number(qint64 value)
{
    return Language::locale().toString(value);
}

Error badValue(const QString &option, const QString &value, const QString &expected)
{
    return Error::usage(
        Tr::tr("The option --%1 takes %2, not \"%3\".").arg(option, expected, value),
        QStringLiteral("--") + option);
}
} // namespace

DatabaseCommands::DatabaseCommands(const QString &databasePath, Console &console)
    : m_databasePath(databasePath)
    , m_console(console)
{ }

Result<DemoGenerator::Options> DatabaseCommands::demoOptions(const Invocation &invocation)
{
    DemoGenerator::Options options;
    if (invocation.has(QStringLiteral("scale"))) {
        const QString scale = invocation.value(QStringLiteral("scale"));
        if (scale == QLatin1String("small"))
            options.scale = DemoGenerator::Scale::Small;
        else if (scale == QLatin1String("national"))
            options.scale = DemoGenerator::Scale::National;
        else
            return fail(badValue(QStringLiteral("scale"), scale, QStringLiteral("small|national")));
    }
    if (invocation.has(QStringLiteral("site")))
        options.siteCode = invocation.value(QStringLiteral("site"));
    if (invocation.has(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = invocation.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return fail(badValue(QStringLiteral("seed"), invocation.value(QStringLiteral("seed")),
                                 Tr::tr("a whole number from 0 to 4294967295")));
    }
    if (invocation.has(QStringLiteral("today"))) {
        options.today = QDate::fromString(invocation.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid())
            return fail(badValue(QStringLiteral("today"), invocation.value(QStringLiteral("today")),
                                 Tr::tr("a date written YYYY-MM-DD")));
    }
    return options;
}

int DatabaseCommands::demo(AppContext &context, DemoGenerator::Options options)
{
    options.progress = [this](int percent, const QString &what) {
        m_console.progress(percent, what);
    };

    QElapsedTimer timer;
    timer.start();
    auto summary = DemoGenerator::run(context.database(), options);
    m_console.endProgress();
    if (!summary)
        return m_console.fail(summary.error());
    const qint64 elapsedMs = timer.elapsed();

    if (m_console.json()) {
        QJsonArray sites;
        for (const QString &code : summary->siteCodes) {
            auto site = context.masterData().find<Site>(std::nullopt, code);
            if (!site)
                return m_console.fail(site.error());
            sites.append(ListCommands::siteToJson(*site));
        }
        QJsonArray accounts;
        for (const DemoGenerator::Account &account : summary->accounts) {
            accounts.append(QJsonObject{
                {QStringLiteral("name"), account.name},
                {QStringLiteral("role"), account.role},
                {QStringLiteral("site"),
                 account.siteCode.isEmpty() ? QJsonValue() : QJsonValue(account.siteCode)},
                {QStringLiteral("password"), account.password},
            });
        }
        m_console.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("database"), context.database().path()},
            {QStringLiteral("sites"), sites},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("members"), summary->members},
            {QStringLiteral("bookings"), summary->bookings},
            {QStringLiteral("batches"), summary->batches},
            {QStringLiteral("waste_lines"), summary->wasteLines},
            {QStringLiteral("elapsed_ms"), elapsedMs},
        }));
        return 0;
    }

    m_console.print(labelled({
        {Tr::tr("Database"), context.database().path()},
        {Tr::tr("Sites"), summary->siteCodes.join(QStringLiteral(", "))},
        {Tr::tr("Members"), number(summary->members)},
        {Tr::tr("Bookings"), number(summary->bookings)},
        {Tr::tr("Batches"), number(summary->batches)},
        {Tr::tr("Waste lines"), number(summary->wasteLines)},
        {Tr::tr("Time"),
         Tr::tr("%1 s").arg(Language::locale().toString(elapsedMs / 1000.0, 'f', 1))},
    }));
    if (!summary->accounts.isEmpty()) {
        TextTable table;
        table.addColumn(Tr::tr("Account"));
        table.addColumn(Tr::tr("Role"));
        table.addColumn(Tr::tr("Site"));
        table.addColumn(Tr::tr("Password"));
        for (const DemoGenerator::Account &account : summary->accounts)
            table.addRow({account.name, account.role,
                          account.siteCode.isEmpty() ? Tr::tr("all") : account.siteCode,
                          account.password});
        m_console.printLine(QString());
        m_console.print(table.render());
    }
    return 0;
}

int DatabaseCommands::check(const Invocation &invocation)
{
    const bool full = invocation.has(QStringLiteral("full"));
    const QString checkName
        = full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check");
    auto report = IntegrityCheck::run(m_databasePath, full);
    std::optional<int> schemaVersion;
    QStringList problems;
    QStringList wasteProblems;
    bool wasteChecked = false;
    if (report) {
        schemaVersion = report->schemaVersion;
        // SQLite reports several findings in one row, a line each.
        for (const QString &problem : std::as_const(report->problems))
            problems << problem.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        wasteChecked = report->wasteChecked;
        wasteProblems = report->wasteProblems;
    } else if (report.error().detail.contains(QLatin1String("malformed"), Qt::CaseInsensitive)) {
        // On a badly damaged file SQLite stops the check itself: that is its finding too.
        problems << report.error().detail;
    } else {
        return m_console.fail(report.error());
    }
    const bool ok = problems.isEmpty() && wasteProblems.isEmpty();

    QJsonObject object{
        {QStringLiteral("database"), m_databasePath},
        {QStringLiteral("check"), checkName},
        {QStringLiteral("schema_version"),
         schemaVersion ? QJsonValue(*schemaVersion) : QJsonValue()},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems + wasteProblems)},
    };
    // Whether the monthly waste totals were proved equal to a recount (full check only).
    if (wasteChecked)
        object.insert(QStringLiteral("waste_totals_ok"), wasteProblems.isEmpty());
    if (!m_console.json()) {
        QList<std::pair<QString, QString>> lines {
            {Tr::tr("Database"), m_databasePath},
            {Tr::tr("Check"), checkName},
            {Tr::tr("Schema version"),
             schemaVersion ? QString::number(*schemaVersion) : Tr::tr("unknown")},
            {Tr::tr("Result"), ok ? QStringLiteral("ok") : Tr::tr("damaged")},
        };
        if (wasteChecked)
            lines.append({Tr::tr("Waste totals"),
                          wasteProblems.isEmpty() ? Tr::tr("equal to a recount")
                                                  : Tr::tr("disagree with a recount")});
        m_console.print(labelled(lines));
        for (const QString &problem : std::as_const(problems) + wasteProblems)
            m_console.printLine(QStringLiteral("  ") + problem);
    }
    if (ok) {
        if (m_console.json())
            m_console.printJson(QJsonDocument(object));
        return 0;
    }
    Error damaged = problems.isEmpty()
        ? Error::storage(Tr::tr("The monthly waste totals or the waste lines' marks disagree "
                                "with the waste lines and batches they are kept from."))
        : Error::storage(Tr::tr("The check found damage in the database."));
    damaged.where = m_databasePath;
    return m_console.fail(damaged, Tr::tr("keep this file as it is and restore the latest backup"),
                          object);
}

int DatabaseCommands::backup(const Invocation &invocation)
{
    const QString target = invocation.value(QStringLiteral("to"));
    if (target.isEmpty())
        return m_console.fail(
            Error::usage(Tr::tr("Name the backup file after --to."), QStringLiteral("--to")),
            Console::helpHint());
    Database::Options options;
    options.path = m_databasePath;
    options.migrate = false; // a backup copies the file as it is
    auto db = Database::open(options);
    if (!db)
        return m_console.fail(db.error());
    if (auto s = (*db)->backupTo(target); !s)
        return m_console.fail(s.error());

    const QFileInfo written(target);
    if (m_console.json()) {
        m_console.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("database"), m_databasePath},
            {QStringLiteral("backup"), written.absoluteFilePath()},
            {QStringLiteral("bytes"), written.size()},
        }));
    } else {
        m_console.printLine(Tr::tr("Backup written to %1 (%2).")
                                .arg(written.absoluteFilePath(),
                                     Language::locale().formattedDataSize(written.size())));
    }
    return 0;
}

} // namespace Rpb
