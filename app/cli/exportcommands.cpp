#include "exportcommands.h"

#include "argumentparser.h"
#include "console.h"
#include "services/appcontext.h"
#include "services/csvexport.h"
#include "timeinput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
};

// Smaller exports finish before a progress line would help anyone.
constexpr qint64 ProgressFrom = 100'000;

QString writtenLine(CsvExport::What what, qint64 rows, const QString &file)
{
    const int n = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    switch (what) {
    case CsvExport::What::Bookings:
        return Tr::tr("%Ln booking(s) written to %1.", nullptr, n).arg(file);
    case CsvExport::What::Batches:
        return Tr::tr("%Ln batch(es) written to %1.", nullptr, n).arg(file);
    case CsvExport::What::Waste:
        return Tr::tr("%Ln waste line(s) written to %1.", nullptr, n).arg(file);
    case CsvExport::What::Members:
        return Tr::tr("%Ln member(s) written to %1.", nullptr, n).arg(file);
    }
    return {};
}

Result<QDate> optionalDate(const Invocation &invocation, const QString &option)
{
    if (!invocation.has(option))
        return QDate();
    return TimeInput::date(invocation.value(option), option);
}
} // namespace

ExportCommands::ExportCommands(AppContext &context, Console &console)
    : m_context(context)
    , m_console(console)
    , m_lookup(context.masterData())
{}

int ExportCommands::run(const Invocation &invocation)
{
    if (invocation.command->id == CommandId::ExportCsv)
        return csv(invocation);
    return m_console.fail(
        Error::usage(Tr::tr("This is not an export command."), invocation.command->name()));
}

int ExportCommands::csv(const Invocation &invocation)
{
    const QString whatText = invocation.value(QStringLiteral("what")).trimmed();
    const std::optional<CsvExport::What> what = CsvExport::whatFromCode(whatText.toLower());
    if (!what)
        return m_console.fail(Error::usage(Tr::tr("The option --what takes bookings, batches, "
                                                  "waste or members, not \"%1\".")
                                               .arg(whatText),
                                           QStringLiteral("--what")),
                              Console::helpHint());
    CsvExport::Options options;
    options.what = *what;
    auto from = optionalDate(invocation, QStringLiteral("from"));
    if (!from)
        return m_console.fail(from.error(), Console::helpHint());
    auto to = optionalDate(invocation, QStringLiteral("to"));
    if (!to)
        return m_console.fail(to.error(), Console::helpHint());
    options.from = *from;
    options.to = *to;
    QString siteCode = QStringLiteral("all");
    if (invocation.has(QStringLiteral("site"))) {
        auto site = m_lookup.site(invocation.value(QStringLiteral("site")));
        if (!site)
            return m_console.fail(site.error());
        options.siteId = site->meta.id;
        siteCode = site->code;
    }

    const QString out = invocation.value(QStringLiteral("out"));
    if (out.trimmed().isEmpty())
        return m_console.fail(Error::usage(Tr::tr("The option --out needs a file name, or - for "
                                                  "standard output."),
                                           QStringLiteral("--out")),
                              Console::helpHint());
    const bool toStandardOutput = out == QLatin1String("-");
    if (toStandardOutput && m_console.json())
        return m_console.fail(Error::usage(Tr::tr("With --out - the CSV is standard output, so "
                                                  "--json cannot print there too."),
                                           QStringLiteral("--json")),
                              Console::helpHint());

    const CsvExport &exporter = m_context.csv();
    const QString progressText = Tr::tr("Writing %1").arg(CsvExport::whatDisplayName(*what));
    const CsvExport::Progress progress = [this, &progressText](qint64 done, qint64 total) {
        if (total >= ProgressFrom)
            m_console.progress(int(done * 100 / total), progressText);
        return true;
    };

    Result<CsvExport::Summary> summary;
    QString path;
    if (toStandardOutput) {
        // A filter in a pipe: nothing but the CSV goes to standard output.
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return m_console.fail(Error::invalid(
                Tr::tr("Cannot write the CSV file: %1").arg(standardOutput.errorString()),
                QStringLiteral("--out -")));
        summary = exporter.write(options, standardOutput, progress);
        standardOutput.flush();
        path = QStringLiteral("-");
    } else {
        path = QFileInfo(out).absoluteFilePath();
        summary = exporter.writeFile(options, path, progress);
    }
    m_console.endProgress();
    if (!summary)
        return m_console.fail(summary.error());

    if (m_console.json()) {
        m_console.printJson(QJsonDocument(QJsonObject {
            {QStringLiteral("file"), path},
            {QStringLiteral("what"), CsvExport::whatCode(*what)},
            {QStringLiteral("site"), siteCode},
            {QStringLiteral("sites"), QJsonArray::fromStringList(summary->siteCodes)},
            {QStringLiteral("from"),
             options.from.isValid() ? QJsonValue(options.from.toString(Qt::ISODate))
                                    : QJsonValue()},
            {QStringLiteral("to"),
             options.to.isValid() ? QJsonValue(options.to.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("rows"), summary->rows},
            {QStringLiteral("bytes"), summary->bytes},
            {QStringLiteral("columns"), QJsonArray::fromStringList(CsvExport::columns(*what))},
        }));
        return 0;
    }
    if (!toStandardOutput)
        m_console.printLine(writtenLine(*what, summary->rows, path));
    return 0;
}

} // namespace Rpb
