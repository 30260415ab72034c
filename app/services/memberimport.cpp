#include "memberimport.h"

#include "domain/entitykind.h"
#include "domain/permissions.h"
#include "domain/validator.h"
#include "masterdataservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/masterdatarepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(MemberImport)
};

const QString colName = QStringLiteral("name");
const QString colOwner = QStringLiteral("owner");
const QString colSite = QStringLiteral("site");
const QString colNib = QStringLiteral("nib");
const QString colWomen = QStringLiteral("women_led");
const QString colYouth = QStringLiteral("youth_led");
const QString colPhone = QStringLiteral("phone");
const QString colJoined = QStringLiteral("joined");
const QString colCode = QStringLiteral("code");

QStringList knownColumns()
{
    return {colName, colOwner, colSite, colNib, colWomen, colYouth, colPhone, colJoined, colCode};
}

QString notUtf8Hint()
{
    return Tr::tr("Save it again as \"CSV UTF-8\" (in Excel: File > Save As > CSV UTF-8; in "
                  "LibreOffice: character set Unicode (UTF-8)) and import it again.");
}

// The byte offset of the first sequence that is not well-formed UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF included), or -1 when all of it is.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int lowest = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            lowest = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            lowest = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            lowest = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < lowest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

struct Record
{
    int row = 0;
    QStringList cells;
    QSet<int> tooLong; // columns whose cell went over the limit (kept cut short)
};

struct Parsed
{
    QList<Record> records; // blank rows left out
    std::optional<MemberImport::Problem> fatal;
};

// RFC 4180 with the leniency spreadsheets need: CR, LF or CRLF line ends, a quote inside an
// unquoted cell taken literally, text after a closing quote kept.
Parsed parseCsv(const QString &text, QChar separator)
{
    Parsed out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int row = 0;
    while (i < n) {
        ++row;
        Record record;
        record.row = row;
        QString cell;
        bool inQuotes = false;
        bool quoted = false;
        bool endOfRecord = false;
        auto append = [&](QChar c) {
            if (cell.size() < MemberImport::MaxCellCharacters)
                cell.append(c);
            else
                record.tooLong.insert(int(record.cells.size()));
        };
        while (i < n && !endOfRecord) {
            const QChar c = text.at(i);
            if (inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        append(c);
                        i += 2;
                    } else {
                        inQuotes = false;
                        ++i;
                    }
                } else {
                    append(c);
                    ++i;
                }
                continue;
            }
            if (c == QLatin1Char('"') && cell.isEmpty() && !quoted) {
                inQuotes = true;
                quoted = true;
                ++i;
            } else if (c == separator) {
                record.cells << cell;
                cell.clear();
                quoted = false;
                ++i;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                ++i;
                if (c == QLatin1Char('\r') && i < n && text.at(i) == QLatin1Char('\n'))
                    ++i;
                endOfRecord = true;
            } else {
                append(c);
                ++i;
            }
        }
        if (inQuotes) {
            out.fatal = MemberImport::Problem {
                row,
                {},
                Tr::tr("A quoted cell that starts in row %1 is never closed; check the "
                       "quotes (\") in that row.")
                    .arg(row)};
            return out;
        }
        record.cells << cell;
        // Spreadsheets end files with empty rows (",,,,"): they are not members.
        const bool blank = std::all_of(record.cells.cbegin(), record.cells.cend(),
                                       [](const QString &c) { return c.trimmed().isEmpty(); });
        if (!blank)
            out.records.append(record);
    }
    return out;
}

// The separator the header row uses: whichever of ';' and ',' it has more of outside quotes.
QChar detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool inQuotes = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!inQuotes && c == QLatin1Char(','))
            ++commas;
        else if (!inQuotes && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

QString normalizedHeader(const QString &name)
{
    QString h = name.trimmed().toLower();
    h.replace(QLatin1Char(' '), QLatin1Char('_'));
    h.replace(QLatin1Char('-'), QLatin1Char('_'));
    return h;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return false;
    static const QStringList yes {QStringLiteral("ya"), QStringLiteral("yes"), QStringLiteral("y"),
                                  QStringLiteral("1"), QStringLiteral("true")};
    static const QStringList no {QStringLiteral("tidak"), QStringLiteral("no"), QStringLiteral("n"),
                                 QStringLiteral("0"), QStringLiteral("false")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

// Names and owners are compared as a person reads them: case and repeated spaces don't count.
QString sameKey(qint64 siteId, const QString &name, const QString &owner)
{
    return QString::number(siteId) + QLatin1Char('\x1f') + name.simplified().toCaseFolded()
        + QLatin1Char('\x1f') + owner.simplified().toCaseFolded();
}

struct SiteState
{
    Site site;
    QSet<QString> codes; // in the database (archived members included) and in the file
    QHash<QString, QString> keys; // sameKey -> the existing member's code
    int highestNumber = 0; // of codes SITE-Mnnn
};
} // namespace

Error MemberImport::Problem::toError() const
{
    QString where;
    if (row > 0 && !column.isEmpty())
        where = Tr::tr("row %1, column %2").arg(row).arg(column);
    else if (row > 0)
        where = Tr::tr("row %1").arg(row);
    return Error::invalid(message, where, column);
}

MemberImport::MemberImport(Database &db, MasterDataService &masterData)
    : m_db(db)
    , m_masterData(masterData)
{ }

Result<QByteArray> MemberImport::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Error::invalid(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()), path));
    if (file.size() > MaxFileBytes)
        return fail(Error::invalid(Tr::tr("The file is larger than %1 MB; split it into smaller "
                                          "files.")
                                       .arg(MaxFileBytes / (1024 * 1024)),
                                   path));
    QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return fail(Error::invalid(Tr::tr("The file is larger than %1 MB; split it into smaller "
                                          "files.")
                                       .arg(MaxFileBytes / (1024 * 1024)),
                                   path));
    return bytes;
}

Result<MemberImport::Preview> MemberImport::analyse(const QByteArray &input) const
{
    Preview preview;
    if (input.size() > MaxFileBytes)
        return fail(Error::invalid(Tr::tr("The file is larger than %1 MB; split it into smaller "
                                          "files.")
                                       .arg(MaxFileBytes / (1024 * 1024))));
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        preview.byteOrderMark = true;
        bytes.remove(0, 3);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fail(Error::invalid(Tr::tr("The file is UTF-16, not UTF-8.") + QLatin1Char(' ')
                                       + notUtf8Hint(),
                                   Tr::tr("line 1")));
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        const int line = int(bytes.left(bad).count('\n')) + 1;
        return fail(Error::invalid(Tr::tr("The file is not UTF-8: line %1 holds bytes that are "
                                          "not UTF-8 text.")
                                           .arg(line)
                                       + QLatin1Char(' ') + notUtf8Hint(),
                                   Tr::tr("line %1").arg(line)));
    }
    const QString text = QString::fromUtf8(bytes);
    if (text.trimmed().isEmpty())
        return fail(Error::invalid(Tr::tr("The file is empty; it needs a header row naming at "
                                          "least name, owner and site.")));

    preview.separator = detectSeparator(text);
    Parsed parsed = parseCsv(text, preview.separator);
    if (parsed.fatal)
        return fail(parsed.fatal->toError());
    if (parsed.records.isEmpty())
        return fail(Error::invalid(Tr::tr("The file has no header row.")));

    // Header.
    const Record header = parsed.records.takeFirst();
    if (!header.tooLong.isEmpty())
        return fail(Problem {header.row,
                             {},
                             Tr::tr("The header row has a cell of more than %L1 "
                                    "characters; this is not a member list.")
                                 .arg(MaxCellCharacters)}
                        .toError());
    QHash<QString, int> columnOf;
    QStringList headerNames;
    for (int c = 0; c < header.cells.size(); ++c) {
        const QString name = normalizedHeader(header.cells.at(c));
        headerNames << name;
        if (name.isEmpty())
            continue;
        if (columnOf.contains(name))
            return fail(Problem {header.row, name,
                                 Tr::tr("The column %1 appears twice in the header row.").arg(name)}
                            .toError());
        columnOf.insert(name, c);
        if (!knownColumns().contains(name))
            preview.ignoredColumns << header.cells.at(c).trimmed();
    }
    QStringList missing;
    for (const QString &required : {colName, colOwner, colSite})
        if (!columnOf.contains(required))
            missing << required;
    if (!missing.isEmpty())
        return fail(Problem {header.row, missing.first(),
                             Tr::tr("The header row lacks the column(s) %1; it must name at least "
                                    "name, owner and site (separated by %2).")
                                 .arg(missing.join(QStringLiteral(", ")),
                                      preview.separator == QLatin1Char(';') ? Tr::tr("semicolons")
                                                                            : Tr::tr("commas"))}
                        .toError());

    // Sites, looked up once each, with the members they already have.
    const MasterDataRepository repository(m_db);
    // By code in upper case; a node-based map keeps the pointers handed out valid.
    std::map<QString, std::optional<SiteState>> sites;
    auto siteFor = [&](const QString &code) -> Result<std::optional<SiteState> *> {
        auto it = sites.find(code);
        if (it != sites.end())
            return &it->second;
        auto site = repository.byCode<Site>(std::nullopt, code);
        if (!site)
            return fail(site.error());
        std::optional<SiteState> state;
        if (*site) {
            state = SiteState {**site, {}, {}, 0};
            auto members = repository.list<Member>((*site)->meta.id, true);
            if (!members)
                return fail(members.error());
            static const QRegularExpression numbered(QStringLiteral("^(.+)-M([0-9]+)$"));
            for (const Member &m : *members) {
                state->codes.insert(m.code);
                state->keys.insert(sameKey(m.meta.siteId, m.name, m.owner), m.code);
                const auto match = numbered.match(m.code);
                if (match.hasMatch() && match.captured(1) == (*site)->code)
                    state->highestNumber
                        = std::max(state->highestNumber, match.captured(2).toInt());
            }
        }
        return &sites.emplace(code, std::move(state)).first->second;
    };

    QHash<QString, int> rowOfKey; // sameKey -> first row in the file
    QHash<QString, int> rowOfCode; // site|code -> first row in the file
    const int columns = int(header.cells.size());
    for (const Record &record : parsed.records) {
        ++preview.dataRows;
        const int row = record.row;
        int problemsBefore = int(preview.problems.size());
        auto problem = [&](const QString &column, const QString &message) {
            preview.problems.append(Problem {row, column, message});
        };
        for (int c : record.tooLong)
            problem(c < columns ? headerNames.at(c) : QString(),
                    Tr::tr("The cell has more than %L1 characters.").arg(MaxCellCharacters));
        if (record.cells.size() > columns) {
            bool extraText = false;
            for (qsizetype c = columns; c < record.cells.size(); ++c)
                extraText = extraText || !record.cells.at(c).trimmed().isEmpty();
            if (extraText)
                problem({},
                        Tr::tr("The row has %1 cells but the header names %2 columns; check "
                               "the separators and quotes.")
                            .arg(record.cells.size())
                            .arg(columns));
        }
        auto cell = [&](const QString &column) -> QString {
            const int c = columnOf.value(column, -1);
            if (c < 0 || c >= record.cells.size() || record.tooLong.contains(c))
                return {};
            return record.cells.at(c).trimmed();
        };

        Member member;
        member.name = cell(colName);
        member.owner = cell(colOwner);
        member.nib = cell(colNib);
        member.phone = cell(colPhone);
        const QString siteCode = cell(colSite).toUpper();
        std::optional<SiteState> *state = nullptr;
        if (siteCode.isEmpty()) {
            problem(colSite, Tr::tr("The site code is missing."));
        } else {
            auto found = siteFor(siteCode);
            if (!found)
                return fail(found.error());
            state = *found;
            if (!state->has_value()) {
                problem(colSite,
                        Tr::tr("There is no site with the code \"%1\"; see `sites "
                               "list`.")
                            .arg(cell(colSite)));
                state = nullptr;
            } else if ((*state)->site.meta.archived) {
                problem(colSite, Tr::tr("The site %1 is archived.").arg(siteCode));
                state = nullptr;
            } else {
                member.meta.siteId = (*state)->site.meta.id;
            }
        }
        for (const auto &[column, target] :
             {std::pair {colWomen, &member.womenLed}, std::pair {colYouth, &member.youthLed}}) {
            const auto value = parseBool(cell(column));
            if (value)
                *target = *value;
            else
                problem(column,
                        Tr::tr("\"%1\" is not yes or no; write ya/tidak, yes/no or 1/0.")
                            .arg(cell(column).left(40)));
        }
        const QString joined = cell(colJoined);
        if (!joined.isEmpty()) {
            static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
            if (isoDate.match(joined).hasMatch())
                member.joined = QDate::fromString(joined, QStringLiteral("yyyy-MM-dd"));
            if (!member.joined.isValid())
                problem(
                    colJoined,
                    Tr::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(joined.left(40)));
        }
        const QString givenCode = cell(colCode).toUpper();
        // The master-data rules, with a stand-in code where one will be generated and a
        // stand-in site where the site's own problem is already listed.
        Member checked = member;
        checked.code = givenCode.isEmpty() ? QStringLiteral("X") : givenCode;
        if (checked.meta.siteId <= 0)
            checked.meta.siteId = 1;
        for (const Error &e : Validator::validate(checked)) {
            if (e.field == colSite || record.tooLong.contains(columnOf.value(e.field, -1)))
                continue;
            problem(e.field, e.message);
        }

        if (state) {
            const QString key = sameKey(member.meta.siteId, member.name, member.owner);
            if (const auto existing = (*state)->keys.constFind(key);
                existing != (*state)->keys.cend())
                problem(colName,
                        Tr::tr("%1 (owner %2) is already a member of %3 with the code "
                               "%4.")
                            .arg(member.name, member.owner, siteCode, existing.value()));
            else if (rowOfKey.contains(key))
                problem(colName,
                        Tr::tr("The same member (site, name and owner) is already in "
                               "row %1.")
                            .arg(rowOfKey.value(key)));
            else
                rowOfKey.insert(key, row);
            if (!givenCode.isEmpty()) {
                const QString codeKey = siteCode + QLatin1Char('|') + givenCode;
                if ((*state)->codes.contains(givenCode) && !rowOfCode.contains(codeKey))
                    problem(colCode,
                            Tr::tr("The code %1 is already used at %2.").arg(givenCode, siteCode));
                else if (rowOfCode.contains(codeKey))
                    problem(colCode,
                            Tr::tr("The code %1 is already given in row %2.")
                                .arg(givenCode)
                                .arg(rowOfCode.value(codeKey)));
                else
                    rowOfCode.insert(codeKey, row);
            }
        }
        if (int(preview.problems.size()) == problemsBefore && state) {
            member.code = givenCode;
            preview.rows.append(Row {row, member, givenCode.isEmpty()});
        }
    }

    // Codes for rows that have none: SITE-Mnnn after the highest in use, never one taken.
    QHash<qint64, SiteState *> stateOf;
    for (auto &[code, state] : sites)
        if (state)
            stateOf.insert(state->site.meta.id, &*state);
    for (const Row &r : preview.rows)
        if (!r.generatedCode)
            stateOf.value(r.member.meta.siteId)->codes.insert(r.member.code);
    for (Row &r : preview.rows) {
        if (!r.generatedCode)
            continue;
        SiteState *state = stateOf.value(r.member.meta.siteId);
        QString code;
        do {
            ++state->highestNumber;
            code = QStringLiteral("%1-M%2")
                       .arg(state->site.code)
                       .arg(state->highestNumber, 3, 10, QLatin1Char('0'));
        } while (state->codes.contains(code));
        state->codes.insert(code);
        r.member.code = code;
    }

    // Permission for every site the file names.
    for (const auto &[code, state] : sites) {
        if (!state)
            continue;
        if (auto s = Permissions::check(m_masterData.actor(), Permissions::Action::EditMasterData,
                                        state->site.meta.id);
            !s)
            return fail(s.error());
    }
    return preview;
}

Result<MemberImport::Preview> MemberImport::preview(const QByteArray &bytes) const
{
    return analyse(bytes);
}

Result<int> MemberImport::commit(const QByteArray &bytes)
{
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    // Checked again inside the transaction: nobody can add a clashing member meanwhile.
    auto preview = analyse(bytes);
    if (!preview)
        return fail(preview.error());
    if (!preview->problems.isEmpty()) {
        Error e = preview->problems.first().toError();
        if (preview->problems.size() > 1)
            e.message = Tr::tr("%n row(s) or cell(s) have problems; nothing was imported. The "
                               "first: %1",
                               nullptr, int(preview->problems.size()))
                            .arg(e.message);
        else
            e.message = Tr::tr("Nothing was imported: %1").arg(e.message);
        return fail(e);
    }
    if (preview->rows.isEmpty())
        return fail(Error::invalid(Tr::tr("The file lists no members below its header row.")));

    const MasterDataRepository repository(m_db);
    const Actor actor = m_masterData.actor();
    QHash<qint64, QList<qint64>> added; // per site
    for (Row &r : preview->rows) {
        if (auto s = repository.insert(r.member); !s)
            return fail(s.error());
        if (auto s = AuditLog::append(m_db, actor, QStringLiteral("import"),
                                      entityTable(EntityKind::Member), r.member.meta.uuid,
                                      r.member.meta.siteId,
                                      r.member.code + QLatin1Char(' ') + r.member.name,
                                      AuditLog::diff({}, MasterDataRepository::columns(r.member)));
            !s)
            return fail(s.error());
        added[r.member.meta.siteId] << r.member.meta.id;
    }
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        m_masterData.publish(EntityKind::Member, it.key(), it.value());
    return int(preview->rows.size());
}

} // namespace Rpb
