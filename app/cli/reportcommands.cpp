#include "reportcommands.h"

#include "argumentparser.h"
#include "console.h"
#include "reporting/reportbuilder.h"
#include "reporting/reporthtml.h"
#include "reporting/reportjson.h"
#include "reporting/reportpdf.h"
#include "services/accountservice.h"
#include "services/appcontext.h"
#include "services/language.h"
#include "timeinput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

// The pages of a PDF written by Qt, read back from its page objects: ReportPdf::write says
// whether it worked, and the summary line tells the person what came out.
int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    const QString text = QString::fromLatin1(file.readAll());
    int pages = 0;
    for (auto it = page.globalMatch(text); it.hasNext(); it.next())
        ++pages;
    return pages;
}

Error cannotWrite(Error error, const QString &path)
{
    // The file goes first in the error line, so that a script's log says which one failed.
    if (error.where.isEmpty())
        error.where = path;
    return error;
}
} // namespace

ReportCommands::ReportCommands(AppContext &context, Console &console)
    : m_context(context)
    , m_console(console)
    , m_lookup(context.masterData())
{ }

int ReportCommands::run(const Invocation &invocation)
{
    const QString pdf = invocation.value(QStringLiteral("pdf")).trimmed();
    const QString html = invocation.value(QStringLiteral("html")).trimmed();
    const bool wantsPdf = invocation.has(QStringLiteral("pdf"));
    const bool wantsHtml = invocation.has(QStringLiteral("html"));
    if (!wantsPdf && !wantsHtml && !m_console.json())
        return m_console.fail(Error::usage(Tr::tr("Say what to make of the report: --pdf FILE, "
                                                  "--html FILE or --json."),
                                           invocation.command->name()),
                              Console::helpHint());
    for (const auto &[option, file] :
         {std::pair {QStringLiteral("pdf"), pdf}, std::pair {QStringLiteral("html"), html}}) {
        if (invocation.has(option) && file.isEmpty())
            return m_console.fail(
                Error::usage(Tr::tr("The option --%1 needs a file name.").arg(option),
                             QStringLiteral("--") + option),
                Console::helpHint());
    }

    // The month first: a malformed one is a usage error whatever the site.
    auto month
        = TimeInput::month(invocation.value(QStringLiteral("month")), QStringLiteral("month"));
    if (!month)
        return m_console.fail(month.error(), Console::helpHint());
    std::optional<qint64> siteId;
    const QString siteText = invocation.value(QStringLiteral("site")).trimmed();
    if (siteText.compare(QLatin1String("all"), Qt::CaseInsensitive) != 0) {
        auto site = m_lookup.site(siteText);
        if (!site)
            return m_console.fail(site.error());
        siteId = site->meta.id;
    }

    auto report = m_context.reports().build(siteId, month->year(), month->month());
    if (!report)
        return m_console.fail(report.error());

    ReportOptions options;
    options.language = Language::current();
    options.notes = invocation.value(QStringLiteral("notes"));
    options.managerName = invocation.value(QStringLiteral("manager")).trimmed();
    options.preparedBy = preparedBy();
    options.generatedAt = QDateTime::currentDateTimeUtc();

    const QString status = report->final ? Tr::tr("final") : Tr::tr("draft");
    QJsonObject json = ReportJson::toJson(*report);
    QStringList lines;
    if (wantsPdf) {
        const QString path = QFileInfo(pdf).absoluteFilePath();
        if (auto s = ReportPdf::write(*report, options, path); !s)
            return m_console.fail(cannotWrite(s.error(), path));
        const int pages = pdfPages(path);
        json.insert(QStringLiteral("pdf"),
                    QJsonObject {{QStringLiteral("file"), path}, {QStringLiteral("pages"), pages}});
        lines << Tr::tr("Wrote %1: %n page(s), %2.", nullptr, pages).arg(path, status);
    }
    if (wantsHtml) {
        const QString path = QFileInfo(html).absoluteFilePath();
        if (auto s = writeHtml(*report, options, path); !s)
            return m_console.fail(cannotWrite(s.error(), path));
        json.insert(QStringLiteral("html"), QJsonObject {{QStringLiteral("file"), path}});
        lines << Tr::tr("Wrote %1: HTML, %2.").arg(path, status);
    }

    if (m_console.json()) {
        json.insert(QStringLiteral("language"), options.language);
        m_console.printJson(QJsonDocument(json));
        return 0;
    }
    for (const QString &line : std::as_const(lines))
        m_console.printLine(line);
    return 0;
}

QString ReportCommands::preparedBy() const
{
    const Actor &actor = m_context.actor();
    if (actor.userId == 0)
        return {}; // the setup administrator is nobody to name
    auto user = m_context.accounts().user(actor.userId);
    if (!user)
        return {};
    return user->fullName.trimmed().isEmpty() ? user->name : user->fullName.trimmed();
}

Status ReportCommands::writeHtml(const MonthlyReport &report, const ReportOptions &options,
                                 const QString &path) const
{
    // All or nothing: a half-written summary must not replace yesterday's good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::storage(Tr::tr("The file could not be written."),
                                   path + QStringLiteral(": ") + file.errorString()));
    file.write(ReportHtml::render(report, options).toUtf8());
    if (!file.commit())
        return fail(Error::storage(Tr::tr("The file could not be written."),
                                   path + QStringLiteral(": ") + file.errorString()));
    return {};
}

} // namespace Rpb
