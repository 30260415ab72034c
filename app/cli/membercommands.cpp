#include "membercommands.h"

#include "argumentparser.h"
#include "batchcommands.h"
#include "console.h"
#include "services/appcontext.h"
#include "services/language.h"
#include "services/memberimport.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(MemberCommands)
};

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

MemberCommands::MemberCommands(AppContext &context, Console &console)
    : m_context(context)
    , m_console(console)
    , m_lookup(context.masterData())
{ }

int MemberCommands::run(const Invocation &invocation)
{
    if (invocation.command->id == CommandId::MembersImport)
        return importCsv(invocation);
    return m_console.fail(
        Error::usage(Tr::tr("This is not a member command."), invocation.command->name()));
}

int MemberCommands::importCsv(const Invocation &invocation)
{
    const QString path = invocation.value(QStringLiteral("csv"));
    const QString where = QStringLiteral("--csv ") + path;
    const bool dryRun = invocation.has(QStringLiteral("dry-run"));
    Result<QByteArray> bytes = path == QLatin1String("-")
        ? BatchCommands::readInput(path, QStringLiteral("csv"))
        : MemberImport::readFile(path);
    if (!bytes) {
        Error error = bytes.error();
        error.where = where;
        return m_console.fail(error);
    }

    MemberImport &import = m_context.memberImport();
    auto preview = import.preview(*bytes);
    if (!preview) {
        Error error = preview.error();
        error.where = error.where.isEmpty() ? where : where + QStringLiteral(", ") + error.where;
        return m_console.fail(error);
    }
    if (!preview->ok()) {
        QStringList lines;
        QJsonArray problems;
        for (const MemberImport::Problem &p : std::as_const(preview->problems)) {
            const Error e = p.toError();
            lines << (e.where.isEmpty() ? e.message : e.where + QStringLiteral(": ") + e.message);
            problems.append(QJsonObject {
                {QStringLiteral("row"), p.row},
                {QStringLiteral("column"), optionalText(p.column)},
                {QStringLiteral("message"), p.message},
            });
        }
        const int count = int(preview->problems.size());
        return m_console.fail(
            Error::invalid(
                Tr::tr("The file has %n problem(s); nothing was imported.", nullptr, count), where),
            Tr::tr("correct the rows named above and run the import again"),
            QJsonObject {{QStringLiteral("problems"), problems},
                         {QStringLiteral("dry_run"), dryRun}},
            lines);
    }

    int added = int(preview->rows.size());
    if (!dryRun) {
        auto committed = import.commit(*bytes);
        if (!committed) {
            Error error = committed.error();
            if (error.where.isEmpty())
                error.where = where;
            return m_console.fail(error);
        }
        added = *committed;
    }

    if (m_console.json()) {
        QJsonArray members;
        for (const MemberImport::Row &row : std::as_const(preview->rows)) {
            const Member &m = row.member;
            members.append(QJsonObject {
                {QStringLiteral("row"), row.row},
                {QStringLiteral("code"), m.code},
                {QStringLiteral("name"), m.name},
                {QStringLiteral("owner"), m.owner},
                {QStringLiteral("site"), m_lookup.siteCode(m.meta.siteId)},
                {QStringLiteral("nib"), optionalText(m.nib)},
                {QStringLiteral("women_led"), m.womenLed},
                {QStringLiteral("youth_led"), m.youthLed},
                {QStringLiteral("phone"), optionalText(m.phone)},
                {QStringLiteral("joined"),
                 m.joined.isValid() ? QJsonValue(m.joined.toString(Qt::ISODate)) : QJsonValue()},
            });
        }
        m_console.printJson(QJsonDocument(QJsonObject {
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("added"), dryRun ? 0 : added},
            {QStringLiteral("rows"), preview->dataRows},
            {QStringLiteral("members"), members},
            {QStringLiteral("ignored_columns"),
             QJsonArray::fromStringList(preview->ignoredColumns)},
        }));
        return 0;
    }

    TextTable table;
    table.addColumn(Tr::tr("Row"), TextTable::Align::Right);
    table.addColumn(Tr::tr("Site"));
    table.addColumn(Tr::tr("Code"));
    table.addColumn(Tr::tr("Name"));
    table.addColumn(Tr::tr("Owner"));
    table.addColumn(Tr::tr("Women-led"));
    table.addColumn(Tr::tr("Youth-led"));
    for (const MemberImport::Row &row : std::as_const(preview->rows)) {
        const Member &m = row.member;
        table.addRow({QString::number(row.row), m_lookup.siteCode(m.meta.siteId), m.code, m.name,
                      m.owner, yesNo(m.womenLed), yesNo(m.youthLed)});
    }
    m_console.printTable(table, Tr::tr("The file has no members."));
    if (!preview->ignoredColumns.isEmpty())
        m_console.printLine(
            Tr::tr("Ignored columns: %1.").arg(preview->ignoredColumns.join(QStringLiteral(", "))));
    m_console.printLine(dryRun ? Tr::tr("Dry run: %n member(s) would be added; nothing was "
                                        "written.",
                                        nullptr, added)
                               : Tr::tr("Imported %n member(s).", nullptr, added));
    return 0;
}

} // namespace Rpb
