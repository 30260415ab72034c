#include "packageimporter.h"

#include "jsonwriter.h"
#include "packagestream.h"
#include "recordcodec.h"
#include "recordrules.h"
#include "storage/syncrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <optional>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PackageImporter)
};

constexpr qint64 progressEvery = 1000;
// Change numbers are taken from the site's counter this many at a time; what is left over is
// given back at the end.
constexpr qint64 numberBlock = 4096;
// New records wait in a temporary table until this many of one kind, then go in together.
constexpr qint64 stageRows = 20000;

enum class Decision { Add, Change, Unchanged, Conflict };

QString uuidText(const QByteArray &bytes)
{
    return QString::fromLatin1(JsonWriter::uuidText(bytes));
}

// The database's own refusal of a record (what: "batch ACH-2610-0001"), in words a person reads.
Error refusal(const Error &e, const QString &what, const QString &where)
{
    const QString detail = e.detail.isEmpty() ? e.message : e.detail;
    QString message;
    if (detail.contains(QLatin1String("UNIQUE constraint failed")))
        message = Tr::tr("The %1 cannot be added: another record here already has the same code "
                         "(or month) under another identity.")
                      .arg(what);
    else if (detail.contains(QLatin1String("CHECK constraint failed")))
        message = Tr::tr("The %1 breaks a rule of the data (%2).")
                      .arg(what,
                           detail.section(QLatin1String("CHECK constraint failed: "), 1)
                               .section(QLatin1String(" Unable"), 0, 0)
                               .trimmed());
    else if (detail.contains(QLatin1String("FOREIGN KEY constraint failed")))
        message = Tr::tr("The %1 refers to a record that is neither here nor in the package.")
                      .arg(what);
    else
        message = Tr::tr("The database refused the %1: %2").arg(what, detail);
    Error error = Error::invalid(message, where);
    error.detail = e.detail;
    return error;
}

Error withWhere(Error e, const QString &where)
{
    e.where = e.where.isEmpty() ? where : where + QStringLiteral(", ") + e.where;
    return e;
}

using Facts = RecordRules::Facts;
using KnownFacts = std::array<QHash<QUuid, Facts>, SyncSchema::kindCount>;

// What a record is, for messages: "batch ACH-2610-0001".
QString what(const SyncRecord &r)
{
    return SyncSchema::name(r.kind) + QLatin1Char(' ') + RecordCodec::label(r);
}

// A rule of the record broken (RecordRules): which record, which field, and what is wrong.
Error broken(const SyncRecord &r, const Error &rule)
{
    //: %1 is a record ("batch ACH-2602-0001"), %2 the field's key in the package
    //: ("production_date"), %3 what is wrong with it.
    Error e = Error::invalid(Tr::tr("%1, field %2: %3").arg(what(r), rule.field, rule.message), {},
                             rule.field);
    e.detail = rule.detail;
    return e;
}

RecordRules::Lookup lookupIn(const KnownFacts &known)
{
    return [&known](SyncKind kind, const QByteArray &uuid) -> const Facts * {
        const QHash<QUuid, Facts> &facts = known[size_t(SyncSchema::index(kind))];
        const auto it = facts.constFind(QUuid::fromRfc4122(uuid));
        return it == facts.cend() ? nullptr : &it.value();
    };
}

// A record that r refers to in its field key and that is stored here: it must be there, and of
// r's site, since a record refers only to records of its own site.
Result<Facts> storedTarget(SyncRepository &repository, const char *key, SyncKind target,
                           const QByteArray &uuid, const SyncRecord &r)
{
    auto found = repository.find(target, uuid);
    if (!found)
        return fail(found.error());
    const QString field = QString::fromLatin1(key);
    if (!*found)
        return fail(broken(r,
                           Error::invalid(Tr::tr("The %1 %2 is neither earlier in the package nor "
                                                 "in this database.")
                                              .arg(SyncSchema::name(target), uuidText(uuid)),
                                          {}, field)));
    if ((*found)->record.site != r.site)
        return fail(broken(
            r,
            Error::invalid(Tr::tr("The %1 %2 belongs to another site; a record "
                                  "refers only to records of its own site.")
                               .arg(SyncSchema::name(target), RecordCodec::label((*found)->record)),
                           {}, field)));
    return RecordRules::facts((*found)->record);
}

// Whether the waste lines of a record of this kind keep a copy of what changed between a and b.
bool linesCopy(SyncKind kind, const Facts &a, const Facts &b)
{
    if (kind == SyncKind::Batch)
        return a.localMonth != b.localMonth || a.productLine != b.productLine;
    if (kind == SyncKind::WasteCategory)
        return a.unit != b.unit;
    return false;
}

// One reading of one package: what has been seen, and what it decided so far.
class Reading
{
public:
    Reading(SyncRepository &repository, const QString &name,
            const PackageImporter::Options &options)
        : m_repository(repository)
        , m_name(name)
        , m_options(options)
        , m_writing(options.write)
    { }

    PackageImporter::Outcome out;

    QString where(qint64 line) const { return Tr::tr("%1, line %2").arg(m_name).arg(line); }
    // Where the record being read is: made only for a message, not per record.
    QString at() const { return where(m_line); }
    void stopWriting() { m_writing = false; }

    Status manifest(const QByteArray &line)
    {
        auto manifest = PackageFormat::readManifest(line);
        if (!manifest)
            return fail(withWhere(manifest.error(), where(1)));
        out.manifest = *manifest;
        // The site a package speaks for must not be one this database keeps itself, nor share
        // its code with another site here.
        auto stored = m_repository.siteByUuid(out.manifest.siteUuid);
        if (!stored)
            return fail(stored.error());
        if (*stored) {
            if (!(*stored)->imported)
                return fail(Error::invalid(
                    Tr::tr("The package holds site %1, whose records are kept in this very "
                           "database; a site's packages are imported into the central office's "
                           "database, not back into its own.")
                        .arg((*stored)->code),
                    where(1)));
            out.siteId = (*stored)->id;
            return {};
        }
        m_newSite = true;
        auto sameCode = m_repository.siteIdByCode(out.manifest.siteCode);
        if (!sameCode)
            return fail(sameCode.error());
        if (*sameCode)
            return fail(Error::invalid(
                Tr::tr("This database already has another site with the code %1; the package's "
                       "site %1 is a different one (another UUID), so it cannot be imported "
                       "here.")
                    .arg(out.manifest.siteCode),
                where(1)));
        return {};
    }

    Status record(const PackageStream::Line &line)
    {
        m_line = line.number;
        if (!line.record)
            return fail(withWhere(line.record.error(), at()));
        // A record of an older schema lacks the fields added since: it keeps what this database
        // has for them (a site's responsible manager), or their defaults for a new record.
        if (RecordCodec::hasAbsent(*line.record)) {
            SyncRecord upgraded = *line.record;
            auto found = m_repository.find(upgraded.kind, upgraded.uuid);
            if (!found)
                return fail(found.error());
            RecordCodec::fillAbsent(upgraded, *found ? &(*found)->record : nullptr);
            return record(line, upgraded);
        }
        return record(line, *line.record);
    }

    Status record(const PackageStream::Line &line, const SyncRecord &r)
    {
        const int k = SyncSchema::index(r.kind);
        if (k < m_lastKind)
            return fail(Error::invalid(
                Tr::tr("A %1 record comes after the %2 records; a package lists its records in "
                       "the order of their kinds, so that a record never refers ahead.")
                    .arg(SyncSchema::name(r.kind),
                         SyncSchema::name(SyncSchema::kinds().at(m_lastKind).kind)),
                at()));
        m_lastKind = k;
        if (r.site != out.manifest.siteUuid)
            return fail(Error::invalid(
                Tr::tr("The %1 belongs to the site %2, not to the package's site %3; a package "
                       "carries the records of one site.")
                    .arg(what(r), uuidText(r.site), out.manifest.siteCode),
                at()));
        if (line.repeated)
            return fail(Error::invalid(Tr::tr("The UUID %1 (%2) appears twice in the package.")
                                           .arg(uuidText(r.uuid), what(r)),
                                       at()));
        if (m_newSite && r.kind != SyncKind::Site && !m_siteSeen)
            return fail(Error::invalid(
                Tr::tr("The %1 belongs to the site %2, which is neither earlier in the package "
                       "nor in this database.")
                    .arg(what(r), out.manifest.siteCode),
                at()));

        // Every reference resolves, to a record earlier in the package or stored here.
        for (const PackageStream::Reference &reference : line.elsewhere) {
            if (auto s = resolves(reference, r); !s)
                return s;
        }
        // The same rules as for a record typed into a form, before anything is compared or
        // written.
        if (auto s = RecordRules::check(r, m_lookup); !s)
            return fail(withWhere(broken(r, s.error()), at()));

        // New, newer, older, or the same version with other content. Nothing of a site new
        // here can be stored yet, so an import does not ask (a check still does, for its table).
        std::optional<SyncRepository::Local> local;
        if (!(m_newSite && m_writing)) {
            auto found = m_repository.find(r.kind, r.uuid);
            if (!found)
                return fail(found.error());
            local = std::move(*found);
        }
        Decision decision = Decision::Add;
        bool kept = false;
        QByteArray incoming;
        if (local) {
            const SyncRecord &ours = local->record;
            if (ours.site != r.site)
                return fail(Error::invalid(
                    Tr::tr("The %1 belongs to another site in this database than in the "
                           "package.")
                        .arg(what(r)),
                    at()));
            if (r.rowVersion > ours.rowVersion) {
                decision = Decision::Change;
            } else if (r.rowVersion < ours.rowVersion
                       || RecordCodec::comparable(r) == RecordCodec::comparable(ours)) {
                decision = Decision::Unchanged;
            } else {
                incoming = RecordCodec::toJson(r);
                auto stored = m_repository.conflictState(r.uuid, r.rowVersion, incoming);
                if (!stored)
                    return fail(stored.error());
                // A manager kept ours over exactly this record once: that decision stands.
                if (*stored && **stored == QLatin1String("kept_local")) {
                    decision = Decision::Unchanged;
                } else {
                    decision = Decision::Conflict;
                    kept = stored->has_value();
                }
            }
        }
        // What it keeps of the records it refers to, as the database keeps them, when it is to
        // be written: a conflict is judged again when it is taken.
        if (decision == Decision::Add || decision == Decision::Change) {
            if (auto s = RecordRules::checkLinks(r, m_lookup); !s)
                return fail(withWhere(broken(r, s.error()), at()));
        }
        if (r.kind == SyncKind::Site)
            m_siteSeen = true;
        if (RecordRules::hasFacts(r.kind)) {
            // The records after it are judged against the version the database keeps.
            const bool theirs = decision == Decision::Add || decision == Decision::Change;
            Facts facts = RecordRules::facts(theirs ? r : local->record);
            // Waste lines stored here must follow a changed batch or category; whether they do
            // is known once the package's own lines are in (finish()).
            if (decision == Decision::Change
                && linesCopy(r.kind, facts, RecordRules::facts(local->record)))
                m_followers.append({r, local->id, m_line});
            m_facts[size_t(k)].insert(QUuid::fromRfc4122(r.uuid), std::move(facts));
        }
        PackageImporter::Tally &tally = out.kinds[size_t(k)];
        ++tally.records;
        switch (decision) {
        case Decision::Add:
            ++tally.added;
            ++out.writes;
            break;
        case Decision::Change:
            ++tally.changed;
            ++out.writes;
            break;
        case Decision::Unchanged:
            ++tally.unchanged;
            break;
        case Decision::Conflict:
            ++tally.conflicting;
            if (!kept)
                ++out.newConflicts;
            return conflict(r, *local, incoming, kept);
        }
        if (!m_writing || decision == Decision::Unchanged)
            return {};
        return write(r, decision, local ? local->id : 0);
    }

    // Writes the new records still waiting. Each was checked as it was read, so a refusal here
    // is the database's own rule (a code used twice, an opening time after the closing time).
    Status flush()
    {
        if (m_repository.stagedRows() == 0)
            return {};
        // New records go in together, so the message names the kind rather than one record.
        if (auto s = m_repository.flushStaged(); !s)
            return fail(refusal(s.error(), Tr::tr("%1 records").arg(SyncSchema::name(m_stagedKind)),
                                m_name));
        return {};
    }

    // Ends a reading that wrote: what waits goes in, and the change numbers taken and not used
    // go back to the counter.
    Status finish()
    {
        if (auto s = flush(); !s)
            return s;
        if (auto s = m_repository.totalStagedLines(out.siteId); !s)
            return fail(withWhere(s.error(), m_name));
        // Only a reading that wrote everything has the state to judge.
        if (m_writing) {
            for (const Follower &f : std::as_const(m_followers)) {
                m_line = f.line;
                if (auto s = PackageImporter::checkWasteLines(m_repository, f.record, f.localId);
                    !s)
                    return fail(withWhere(s.error(), at()));
            }
        }
        if (out.siteId > 0 && m_nextNumber < m_endNumber)
            return m_repository.returnChangeNumbers(out.siteId, m_nextNumber - 1, m_endNumber - 1);
        return {};
    }

private:
    // A reference to no earlier record of the package: the record must be stored here, and of
    // the same site. Its facts are kept for the records after it.
    Status resolves(const PackageStream::Reference &reference, const SyncRecord &r)
    {
        QHash<QUuid, Facts> &known = m_facts[size_t(SyncSchema::index(reference.target))];
        const QUuid key = QUuid::fromRfc4122(reference.uuid);
        if (known.contains(key))
            return {};
        auto stored
            = storedTarget(m_repository, reference.key, reference.target, reference.uuid, r);
        if (!stored)
            return fail(withWhere(stored.error(), at()));
        known.insert(key, std::move(*stored));
        return {};
    }

    Status conflict(const SyncRecord &r, const SyncRepository::Local &local,
                    const QByteArray &incoming, bool kept)
    {
        PackageImporter::FoundConflict c;
        c.kind = r.kind;
        c.recordUuid = r.uuid;
        c.siteId = local.siteId;
        c.label = RecordCodec::label(r);
        c.rowVersion = r.rowVersion;
        c.incoming = incoming;
        c.local = RecordCodec::toJson(local.record);
        c.kept = kept;
        if (m_writing && !m_options.keepConflicts) {
            // The package will be refused: reading on only checks it.
            m_writing = false;
        } else if (m_writing && !kept) {
            SyncRepository::ConflictRow row;
            row.siteId = c.siteId;
            row.packageUuid = out.manifest.package;
            row.entity = SyncSchema::name(r.kind);
            row.recordUuid = r.uuid;
            row.rowVersion = r.rowVersion;
            row.incoming = c.incoming;
            row.local = c.local;
            row.foundMs = m_options.foundMs;
            if (auto s = m_repository.keepConflict(row); !s)
                return fail(withWhere(s.error(), at()));
        }
        if (out.conflicts.size() < PackageImporter::maxListedConflicts)
            out.conflicts << c;
        return {};
    }

    Result<qint64> takeNumber()
    {
        if (m_nextNumber >= m_endNumber) {
            auto first = m_repository.reserveChangeNumbers(out.siteId, numberBlock, true);
            if (!first)
                return fail(first.error());
            m_nextNumber = *first;
            m_endNumber = *first + numberBlock;
        }
        return m_nextNumber++;
    }

    Status write(const SyncRecord &r, Decision decision, qint64 localId)
    {
        const auto refused = [&](const Error &e) {
            return refusal(e, what(r), at());
        };
        if (decision == Decision::Add && r.kind == SyncKind::Site) {
            // A new site's counter starts with it: its record takes the first number.
            auto siteId = m_repository.insert(r, 1);
            if (!siteId)
                return fail(refused(siteId.error()));
            out.siteId = *siteId;
            auto first = m_repository.reserveChangeNumbers(out.siteId, numberBlock, true);
            if (!first)
                return fail(first.error());
            m_nextNumber = *first + 1;
            m_endNumber = *first + numberBlock;
            return {};
        }
        auto seq = takeNumber();
        if (!seq)
            return fail(seq.error());
        if (decision == Decision::Add) {
            // New records go in by the thousand; see flush().
            if (m_repository.stagedRows() > 0 && r.kind != m_stagedKind) {
                if (auto s = flush(); !s)
                    return s;
            }
            m_stagedKind = r.kind;
            if (auto s = m_repository.stage(r, *seq); !s)
                return fail(refused(s.error()));
            if (m_repository.stagedRows() >= stageRows)
                return flush();
            return {};
        }
        // A replaced record may refer to records still waiting.
        if (auto s = flush(); !s)
            return s;
        if (auto s = m_repository.update(localId, r, *seq); !s)
            return fail(refused(s.error()));
        return {};
    }

    SyncRepository &m_repository;
    QString m_name;
    PackageImporter::Options m_options;
    bool m_writing = false;
    bool m_newSite = false;
    bool m_siteSeen = false;
    int m_lastKind = -1;
    qint64 m_line = 0;
    SyncKind m_stagedKind = SyncKind::Site;
    qint64 m_nextNumber = 0;
    qint64 m_endNumber = 0;
    // What the rules of later records need of those read so far and of those stored here that
    // they referred to.
    KnownFacts m_facts;
    const RecordRules::Lookup m_lookup = lookupIn(m_facts);
    // Batches and waste categories replaced with another month, product line or unit.
    struct Follower
    {
        SyncRecord record;
        qint64 localId = 0;
        qint64 line = 0;
    };
    QList<Follower> m_followers;
};
} // namespace

qint64 PackageImporter::Outcome::records() const
{
    qint64 n = 0;
    for (const Tally &t : kinds)
        n += t.records;
    return n;
}

qint64 PackageImporter::Outcome::conflicting() const
{
    qint64 n = 0;
    for (const Tally &t : kinds)
        n += t.conflicting;
    return n;
}

Status PackageImporter::checkRecord(SyncRepository &repository, const SyncRecord &record)
{
    KnownFacts known;
    const SyncKindInfo &info = SyncSchema::info(record.kind);
    const auto resolve = [&](const SyncField &f, const QByteArray &uuid) -> Status {
        auto stored = storedTarget(repository, f.key, f.target, uuid, record);
        if (!stored)
            return fail(stored.error());
        known[size_t(SyncSchema::index(f.target))].insert(QUuid::fromRfc4122(uuid), *stored);
        return {};
    };
    for (qsizetype i = 0; i < info.fields.size() && i < record.values.size(); ++i) {
        const SyncField &f = info.fields.at(i);
        const SyncValue &v = record.values.at(i);
        if (f.isReference() && !v.null) {
            if (auto s = resolve(f, v.bytes); !s)
                return s;
        } else if (f.type == SyncField::Type::Links) {
            for (const QByteArray &uuid : v.links) {
                if (auto s = resolve(f, uuid); !s)
                    return s;
            }
        }
    }
    const RecordRules::Lookup lookup = lookupIn(known);
    if (auto s = RecordRules::check(record, lookup); !s)
        return fail(broken(record, s.error()));
    if (auto s = RecordRules::checkLinks(record, lookup); !s)
        return fail(broken(record, s.error()));
    return {};
}

Status PackageImporter::checkWasteLines(SyncRepository &repository, const SyncRecord &record,
                                        qint64 localId)
{
    auto lines = repository.wasteLinesAgainst(record.kind, localId);
    if (!lines)
        return fail(lines.error());
    if (lines->month > 0)
        return fail(broken(
            record,
            Error::invalid(Tr::tr("%n waste line(s) of the batch kept here still count in another "
                                  "month; a package that moves a batch to another month brings "
                                  "its waste lines too.",
                                  nullptr, int(lines->month)),
                           {}, QStringLiteral("local_month"))));
    if (lines->productLine > 0)
        return fail(broken(
            record,
            Error::invalid(Tr::tr("%n waste line(s) of the batch kept here still name another "
                                  "product line; a package that changes a batch's product line "
                                  "brings its waste lines too.",
                                  nullptr, int(lines->productLine)),
                           {}, QStringLiteral("product_line"))));
    if (lines->unit > 0)
        return fail(broken(
            record,
            Error::invalid(Tr::tr("%n live waste line(s) of the category kept here are counted in "
                                  "another unit; a category's unit cannot change under its "
                                  "waste lines.",
                                  nullptr, int(lines->unit)),
                           {}, QStringLiteral("unit"))));
    return {};
}

PackageImporter::PackageImporter(SyncRepository &repository, const QString &name)
    : m_repository(repository)
    , m_name(name)
{ }

PackageImporter::~PackageImporter() = default;

Result<PackageImporter::Outcome> PackageImporter::read(QIODevice &device, const Options &options,
                                                       const Progress &progress)
{
    Reading reading(m_repository, m_name, options);
    // Reading and parsing go on beside the checks and writes (see PackageStream).
    PackageStream stream(device);
    const auto first = stream.firstLine();
    if (!first) {
        if (!stream.end().status)
            return fail(withWhere(stream.end().status.error(), m_name));
        return fail(Error::invalid(Tr::tr("The file is empty; it is not a sync package."), m_name));
    }
    if (auto s = reading.manifest(*first); !s)
        return fail(s.error());
    const qint64 announced = reading.out.manifest.records();
    // A package known to be damaged is refused at its end whatever its records say: they are
    // only counted, neither parsed nor compared nor written.
    const bool damaged = stream.sealed() == false;
    if (damaged) {
        reading.stopWriting();
        stream.skipParsing();
    }

    qint64 recordLines = 0;
    std::optional<Error> firstError;
    QList<PackageStream::Line> lines;
    while (stream.next(lines)) {
        for (const PackageStream::Line &line : std::as_const(lines)) {
            ++recordLines;
            if (!firstError && !damaged) {
                if (auto s = reading.record(line); !s) {
                    // Reading goes on to the end without looking at the records, so that a
                    // damaged package is reported as damaged rather than by its first odd line.
                    firstError = s.error();
                    reading.stopWriting();
                    stream.skipParsing();
                }
            }
            if (progress && recordLines % progressEvery == 0 && !progress(recordLines, announced))
                return fail(
                    Error::invalid(Tr::tr("Stopped before the end; nothing was changed."), m_name));
        }
    }
    const PackageStream::End &end = stream.end();
    if (!end.status)
        return fail(withWhere(end.status.error(), m_name));
    if (!end.lastLine)
        return fail(Error::invalid(Tr::tr("The package is incomplete: it ends after its first "
                                          "line. It was probably cut short while being copied."),
                                   m_name));
    auto trailer = PackageFormat::readTrailer(*end.lastLine);
    if (!trailer)
        return fail(withWhere(trailer.error(), reading.where(end.lastLineNumber)));
    Outcome &out = reading.out;
    out.sha256 = end.sha256;
    if (out.sha256 != trailer->sha256)
        return fail(Error::invalid(Tr::tr("The package was altered or damaged: its checksum does "
                                          "not match its content. Ask for the package again."),
                                   m_name));
    if (trailer->records != recordLines)
        return fail(Error::invalid(Tr::tr("The package's closing line counts %1 records, but it "
                                          "holds %2.")
                                       .arg(trailer->records)
                                       .arg(recordLines),
                                   m_name));
    // Its records were not looked at: the end must have refused it (never reached).
    if (damaged)
        return fail(Error::storage(Tr::tr("The package could not be read consistently; nothing "
                                          "was changed.")));
    if (firstError)
        return fail(*firstError);
    for (const SyncKindInfo &k : SyncSchema::kinds()) {
        const size_t i = size_t(SyncSchema::index(k.kind));
        if (out.kinds[i].records != out.manifest.counts[i])
            return fail(Error::invalid(Tr::tr("The package's manifest counts %1 %2 records, but "
                                              "it holds %3.")
                                           .arg(out.manifest.counts[i])
                                           .arg(SyncSchema::name(k.kind))
                                           .arg(out.kinds[i].records),
                                       reading.where(1)));
    }
    if (options.write) {
        if (auto s = reading.finish(); !s)
            return fail(s.error());
    }
    if (progress && !progress(recordLines, announced))
        return fail(Error::invalid(Tr::tr("Stopped before the end; nothing was changed."), m_name));
    return out;
}

} // namespace Rpb
