#include "batchservice.h"

#include "changehub.h"
#include "domain/booking.h"
#include "domain/permissions.h"
#include "domain/quantity.h"
#include "domain/sitecalendar.h"
#include "domain/uuid7.h"
#include "editconflict.h"
#include "language.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/batchrepository.h"
#include "storage/bookingrepository.h"
#include "storage/database.h"
#include "storage/masterdatarepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchService)
};

const QString batchEntity = QStringLiteral("batch");

QString monthText(int month)
{
    return QStringLiteral("%1-%2").arg(month / 100).arg(month % 100, 2, 10, QLatin1Char('0'));
}

template<typename T> QString codeOf(const MasterDataRepository &repository, qint64 id)
{
    if (id <= 0)
        return {};
    auto record = repository.byId<T>(id);
    return record && *record ? (*record)->code : QString::number(id);
}
} // namespace

BatchService::BatchService(Database &db, const Session &session, ChangeHub &hub, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_session(session)
    , m_hub(hub)
{ }

const Actor &BatchService::actor() const
{
    return m_session.actor();
}

Result<Batch> BatchService::readable(Batch batch) const
{
    if (auto s = Permissions::checkRead(actor(), batch.meta.siteId); !s)
        return fail(s.error());
    return batch;
}

void BatchService::publish(const Batch &batch)
{
    m_hub.publish({EntityKind::Batch, batch.meta.siteId, {batch.meta.id}});
}

Result<QDate> BatchService::today(qint64 siteId) const
{
    if (auto s = Permissions::checkRead(actor(), siteId); !s)
        return fail(s.error());
    auto site = MasterDataRepository(m_db).byId<Site>(siteId);
    if (!site)
        return fail(site.error());
    if (!*site)
        return fail(Error::notFound(Tr::tr("There is no such site."), QString::number(siteId)));
    return SiteCalendar(**site).localDate(now());
}

Result<BatchRules::Context> BatchService::contextFor(const Batch &batch,
                                                     const std::optional<Batch> &stored) const
{
    const MasterDataRepository repository(m_db);
    BatchRules::Context c;
    c.stored = stored;
    c.locale = Language::locale();
    if (batch.productLineId > 0) {
        auto line = repository.byId<ProductLine>(batch.productLineId);
        if (!line)
            return fail(line.error());
        c.productLine = *line;
    }
    const qint64 siteId = batch.meta.siteId > 0 ? batch.meta.siteId
        : c.productLine                         ? c.productLine->meta.siteId
                                                : 0;
    if (siteId > 0) {
        auto site = repository.byId<Site>(siteId);
        if (!site)
            return fail(site.error());
        c.site = *site;
    }
    if (batch.memberId > 0) {
        auto member = repository.byId<Member>(batch.memberId);
        if (!member)
            return fail(member.error());
        c.member = *member;
    }
    for (qint64 id : batch.equipmentIds) {
        if (c.equipment.contains(id))
            continue;
        auto machine = repository.byId<Equipment>(id);
        if (!machine)
            return fail(machine.error());
        if (*machine)
            c.equipment.insert(id, **machine);
    }
    for (const WasteLine &line : batch.waste) {
        if (line.categoryId <= 0 || c.categories.contains(line.categoryId))
            continue;
        auto category = repository.byId<WasteCategory>(line.categoryId);
        if (!category)
            return fail(category.error());
        if (*category)
            c.categories.insert(line.categoryId, **category);
    }
    if (c.site) {
        c.today = SiteCalendar(*c.site).localDate(now());
        if (batch.productionDate.isValid()) {
            auto closed = BatchRepository(m_db).isMonthClosed(c.site->meta.id, batch.localMonth());
            if (!closed)
                return fail(closed.error());
            c.monthClosed = *closed;
        }
    }
    return c;
}

BatchService::Check BatchService::check(const Batch &input) const
{
    Batch batch = input;
    BatchRules::tidy(batch);
    std::optional<Batch> stored;
    if (!batch.meta.isNew()) {
        auto found = BatchRepository(m_db).byId(batch.meta.id);
        if (!found)
            return Check {{found.error()}, {}};
        stored = *found;
        if (stored)
            batch.meta.siteId = stored->meta.siteId;
    }
    auto context = contextFor(batch, stored);
    if (!context)
        return Check {{context.error()}, {}};
    return BatchRules::check(batch, *context);
}

Status BatchService::checkStep(Step step, const StepFacts &b) const
{
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    const bool checking = step == Step::Check || step == Step::Uncheck;
    // A batch nobody owns (written by the setup administrator or imported) is a manager's to
    // change; the check mark is always a manager's.
    if (auto s = checking ? Permissions::check(actor(), Permissions::Action::EditAnyBatch, b.siteId)
                          : Permissions::check(actor(), Permissions::Action::RecordBatch, b.siteId,
                                               b.operatorId.value_or(-1));
        !s)
        return s;
    if (b.status == BatchStatus::Archived && (checking || step == Step::Edit))
        return fail(Error::invalid(
            checking ? Tr::tr("Batch %1 is archived; restore it first.").arg(b.code)
                     : Tr::tr("Batch %1 is archived; restore it to change it.").arg(b.code),
            b.code));
    auto closed = BatchRepository(m_db).isMonthClosed(b.siteId, b.localMonth);
    if (!closed)
        return fail(closed.error());
    if (*closed)
        return fail(Error::invalid(Tr::tr("Batch %1 belongs to %2, a month closed for its site; "
                                          "it stays read-only until a manager reopens the month.")
                                       .arg(b.code, monthText(b.localMonth)),
                                   b.code, BatchField::Date));
    return {};
}

Status BatchService::allowed(Step step, const Batch &batch) const
{
    return checkStep(
        step, {batch.meta.siteId, batch.operatorId, batch.status, batch.localMonth(), batch.code});
}

Status BatchService::allowed(Step step, const BatchRow &row) const
{
    return checkStep(step,
                     {row.siteId, row.operatorId, row.status,
                      row.productionDate.year() * 100 + row.productionDate.month(), row.code});
}

Status BatchService::mayRecord(qint64 siteId) const
{
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    return Permissions::check(actor(), Permissions::Action::RecordBatch, siteId, actor().userId);
}

Status BatchService::checkEditable(const Batch &batch) const
{
    if (batch.meta.isNew()) {
        if (batch.meta.siteId > 0)
            return mayRecord(batch.meta.siteId);
        if (auto s = m_db.ensureWritable(); !s)
            return s;
        return Permissions::check(actor(), Permissions::Action::RecordBatch);
    }
    return allowed(Step::Edit, batch);
}

QVariantMap BatchService::auditColumns(const Batch &b, const BatchRules::Context *known) const
{
    // Codes read better than ids in the audit page; those the rules already looked up are used
    // as they are, the rest read once each.
    const MasterDataRepository repository(m_db);
    auto lineCode = [&]() -> std::pair<QString, Unit> {
        if (known && known->productLine && known->productLine->meta.id == b.productLineId)
            return {known->productLine->code, known->productLine->unit};
        auto line = repository.byId<ProductLine>(b.productLineId);
        if (line && *line)
            return {(*line)->code, (*line)->unit};
        return {QString::number(b.productLineId), Unit::Kg};
    };
    const auto [productLine, outputUnit] = lineCode();
    const QString member = known && known->member && known->member->meta.id == b.memberId
        ? known->member->code
        : codeOf<Member>(repository, b.memberId);
    QStringList machines;
    for (qint64 id : b.equipmentIds)
        machines << (known && known->equipment.contains(id) ? known->equipment.value(id).code
                                                            : codeOf<Equipment>(repository, id));
    QStringList waste;
    QHash<qint64, QString> categoryCodes;
    for (const WasteLine &w : b.waste) {
        if (!categoryCodes.contains(w.categoryId))
            categoryCodes.insert(w.categoryId,
                                 known && known->categories.contains(w.categoryId)
                                     ? known->categories.value(w.categoryId).code
                                     : codeOf<WasteCategory>(repository, w.categoryId));
        waste << QStringLiteral("%1 %2 %3 %4")
                     .arg(categoryCodes.value(w.categoryId),
                          Quantity::toDecimalString(w.quantityMilli), unitCode(w.unit),
                          routeCode(w.route));
    }
    return {{QStringLiteral("code"), b.code},
            {QStringLiteral("product_line"), productLine},
            {QStringLiteral("member"), member},
            {QStringLiteral("date"), b.productionDate.toString(Qt::ISODate)},
            {QStringLiteral("shift"), b.shift},
            {QStringLiteral("machines"), machines},
            {QStringLiteral("input_material"), b.inputMaterial},
            {QStringLiteral("input_quantity"), Quantity::toDecimalString(b.inputMilli)},
            {QStringLiteral("input_unit"), unitCode(b.inputUnit)},
            {QStringLiteral("output_quantity"), Quantity::toDecimalString(b.outputMilli)},
            {QStringLiteral("output_unit"), unitCode(outputUnit)},
            {QStringLiteral("energy_kwh"), Quantity::toDecimalString(b.energyWh)},
            {QStringLiteral("water_l"), Quantity::toDecimalString(b.waterMl)},
            {QStringLiteral("notes"), b.notes},
            {QStringLiteral("status"), batchStatusCode(b.status)},
            {QStringLiteral("warning_note"), b.warningNote},
            {QStringLiteral("waste"), waste},
            {QStringLiteral("waste_kg"), Quantity::toDecimalString(b.wasteMilli(Unit::Kg))},
            {QStringLiteral("waste_l"), Quantity::toDecimalString(b.wasteMilli(Unit::Litre))}};
}

QString BatchService::summaryOf(const QVariantMap &columns)
{
    // "ACH-2610-0001 (PATCHOULI, ACH-M01)": what the audit page lists the entry under.
    return columns.value(QStringLiteral("code")).toString() + QStringLiteral(" (")
        + columns.value(QStringLiteral("product_line")).toString() + QStringLiteral(", ")
        + columns.value(QStringLiteral("member")).toString() + QLatin1Char(')');
}

Result<Batch> BatchService::save(Batch batch, const QString &acknowledgement)
{
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    BatchRules::tidy(batch);
    if (!acknowledgement.trimmed().isEmpty())
        batch.warningNote = acknowledgement.trimmed();

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    const BatchRepository repository(m_db);
    const bool isNew = batch.meta.isNew();
    std::optional<Batch> stored;
    if (!isNew) {
        auto found = repository.byId(batch.meta.id);
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(
                Error::notFound(Tr::tr("The batch was deleted by someone else."), batch.code));
        stored = *found;
        if (auto s = allowed(Step::Edit, *stored); !s)
            return fail(s.error());
        if (auto s = EditConflict::check(m_db, stored->meta, batch.meta.rowVersion, stored->code);
            !s)
            return fail(s.error());
        if (batch.meta.siteId > 0 && batch.meta.siteId != stored->meta.siteId)
            return fail(Error::invalid(Tr::tr("A batch cannot move to another site."), stored->code,
                                       BatchField::Site));
        batch.meta.siteId = stored->meta.siteId;
    }

    auto context = contextFor(batch, stored);
    if (!context)
        return fail(context.error());
    if (isNew) {
        // Whose site it is follows from the product line; without one the rules below refuse.
        const std::optional<qint64> siteId
            = context->site ? std::optional<qint64>(context->site->meta.id) : std::nullopt;
        if (auto s
            = Permissions::check(actor(), Permissions::Action::RecordBatch, siteId, actor().userId);
            !s)
            return fail(s.error());
    }
    const Check checked = BatchRules::check(batch, *context);
    if (!checked.errors.isEmpty())
        return fail(checked.errors.first());
    if (auto e = BatchRules::checkAcknowledged(checked, batch.warningNote))
        return fail(*e);
    if (checked.warnings.isEmpty())
        batch.warningNote.clear();
    if (!context->site)
        return fail(
            Error::invalid(Tr::tr("Choose the product line."), {}, BatchField::ProductLine));

    const Site &site = *context->site;
    QVariantMap before;
    if (isNew) {
        batch.meta.siteId = site.meta.id;
        batch.meta.uuid = QUuid();
        batch.status = BatchStatus::Recorded;
        batch.operatorId
            = actor().userId > 0 ? std::optional<qint64>(actor().userId) : std::nullopt;
        batch.createdBy = actor().name;
        const int month = batch.localMonth();
        const QString prefix = QStringLiteral("%1-%2%3-")
                                   .arg(site.code)
                                   .arg(batch.productionDate.year() % 100, 2, 10, QLatin1Char('0'))
                                   .arg(batch.productionDate.month(), 2, 10, QLatin1Char('0'));
        auto number = repository.nextCodeNumber(site.meta.id, month, prefix);
        if (!number)
            return fail(number.error());
        batch.code = prefix + QStringLiteral("%1").arg(*number, 4, 10, QLatin1Char('0'));
        if (auto s = repository.storeCodeNumber(site.meta.id, month, *number); !s)
            return fail(s.error());
        if (auto s = repository.insert(batch); !s)
            return fail(s.error());
    } else {
        before = auditColumns(*stored, &*context);
        batch.meta.uuid = stored->meta.uuid;
        batch.meta.createdAt = stored->meta.createdAt;
        batch.code = stored->code;
        batch.operatorId = stored->operatorId;
        batch.createdBy = stored->createdBy;
        batch.status = stored->status;
        // A check vouches for what the manager saw; an operator's later change needs a new one.
        if (batch.status == BatchStatus::Checked
            && !Permissions::allows(actor(), Permissions::Action::EditAnyBatch, batch.meta.siteId))
            batch.status = BatchStatus::Recorded;
        if (auto s = repository.update(batch); !s)
            return fail(s.error());
    }
    auto reread = repository.byId(batch.meta.id);
    if (!reread)
        return fail(reread.error());
    if (!*reread)
        return fail(Error::storage(Tr::tr("The batch could not be read back after saving.")));
    const Batch saved = **reread;
    const QVariantMap after = auditColumns(saved, &*context);
    if (auto s = AuditLog::append(
            m_db, actor(), isNew ? QStringLiteral("create") : QStringLiteral("update"), batchEntity,
            saved.meta.uuid, saved.meta.siteId, summaryOf(after), AuditLog::diff(before, after));
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    publish(saved);
    return saved;
}

Result<Batch> BatchService::load(qint64 id) const
{
    auto found = BatchRepository(m_db).byId(id);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::notFound(Tr::tr("There is no such batch."), QString::number(id)));
    return **found;
}

Result<Batch> BatchService::get(qint64 id) const
{
    auto found = load(id);
    if (!found)
        return found;
    return readable(*found);
}

Result<Batch> BatchService::byCode(const QString &code) const
{
    auto found = BatchRepository(m_db).byCode(code.trimmed().toUpper());
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::notFound(Tr::tr("There is no batch with the code %1.").arg(code), code));
    return readable(**found);
}

Result<Batch> BatchService::byUuid(const QUuid &uuid) const
{
    auto found = BatchRepository(m_db).byUuid(uuid);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::notFound(Tr::tr("There is no such batch."), Uuid7::toText(uuid)));
    return readable(**found);
}

Result<Batch> BatchService::find(const QString &codeOrId) const
{
    const QUuid uuid = QUuid::fromString(codeOrId.trimmed());
    if (!uuid.isNull())
        return byUuid(uuid);
    return byCode(codeOrId);
}

Result<std::optional<Batch>> BatchService::lastOfMember(qint64 memberId) const
{
    auto last = BatchRepository(m_db).lastOfMember(memberId);
    if (!last || !*last)
        return last;
    if (auto s = Permissions::checkRead(actor(), (*last)->meta.siteId); !s)
        return fail(s.error());
    return last;
}

Result<QList<qint64>> BatchService::bookedMachines(qint64 memberId, const QDate &date) const
{
    const MasterDataRepository masterData(m_db);
    auto member = masterData.byId<Member>(memberId);
    if (!member)
        return fail(member.error());
    if (!*member)
        return fail(Error::notFound(Tr::tr("There is no such member."), QString::number(memberId)));
    if (auto s = Permissions::checkRead(actor(), (*member)->meta.siteId); !s)
        return fail(s.error());
    auto site = masterData.byId<Site>((*member)->meta.siteId);
    if (!site)
        return fail(site.error());
    if (!*site)
        return fail(Error::notFound(Tr::tr("There is no such site."),
                                    QString::number((*member)->meta.siteId)));
    const SiteCalendar calendar(**site);
    auto bookings = BookingRepository(m_db).atSite(
        (*site)->meta.id, calendar.fromLocal(date, QTime(0, 0)),
        calendar.fromLocal(date.addDays(1), QTime(0, 0)), std::nullopt, memberId);
    if (!bookings)
        return fail(bookings.error());
    QList<qint64> machines;
    for (const Booking &b : *bookings)
        if (holdsTime(b.status) && !machines.contains(b.equipmentId))
            machines.append(b.equipmentId);
    return machines;
}

Status BatchService::remove(qint64 id, qint64 expectedVersion)
{
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto found = load(id);
    if (!found)
        return fail(found.error());
    Batch batch = *found;
    if (auto s = allowed(Step::Delete, batch); !s)
        return s;
    if (auto s = EditConflict::check(m_db, batch.meta, expectedVersion, batch.code); !s)
        return s;
    const QVariantMap before = auditColumns(batch);
    if (auto s = BatchRepository(m_db).markDeleted(batch); !s)
        return s;
    QJsonObject changes;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        changes.insert(it.key(), QJsonArray {QJsonValue::fromVariant(it.value()), QJsonValue()});
    if (auto s = AuditLog::append(m_db, actor(), QStringLiteral("delete"), batchEntity,
                                  batch.meta.uuid, batch.meta.siteId, summaryOf(before), changes);
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    publish(batch);
    return {};
}

Result<Batch> BatchService::changeStatus(qint64 id, qint64 expectedVersion, BatchStatus to,
                                         const QString &action)
{
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    auto found = load(id);
    if (!found)
        return fail(found.error());
    Batch batch = *found;
    const Step step = to == BatchStatus::Checked ? Step::Check
        : to == BatchStatus::Archived            ? Step::Archive
        : batch.status == BatchStatus::Checked   ? Step::Uncheck
                                                 : Step::Restore;
    if (auto s = allowed(step, batch); !s)
        return fail(s.error());
    if (auto s = EditConflict::check(m_db, batch.meta, expectedVersion, batch.code); !s)
        return fail(s.error());
    if (batch.status == to)
        return batch;
    const QVariantMap before = auditColumns(batch);
    batch.status = to;
    if (auto s = BatchRepository(m_db).updateStatus(batch); !s)
        return fail(s.error());
    QVariantMap after = before;
    after.insert(QStringLiteral("status"), batchStatusCode(to));
    if (auto s
        = AuditLog::append(m_db, actor(), action, batchEntity, batch.meta.uuid, batch.meta.siteId,
                           summaryOf(before), AuditLog::diff(before, after));
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    publish(batch);
    return batch;
}

Result<Batch> BatchService::setArchived(qint64 id, bool archived, qint64 expectedVersion)
{
    if (!archived) {
        // Restoring what is not archived changes nothing, but only if nobody changed it since.
        auto found = get(id);
        if (!found)
            return fail(found.error());
        if (auto s = EditConflict::check(m_db, found->meta, expectedVersion, found->code); !s)
            return fail(s.error());
        if (found->status != BatchStatus::Archived)
            return *found;
    }
    return changeStatus(id, expectedVersion,
                        archived ? BatchStatus::Archived : BatchStatus::Recorded,
                        archived ? QStringLiteral("archive") : QStringLiteral("restore"));
}

Result<Batch> BatchService::markChecked(qint64 id, bool checked, qint64 expectedVersion)
{
    if (!checked) {
        auto found = get(id);
        if (!found)
            return fail(found.error());
        if (auto s = EditConflict::check(m_db, found->meta, expectedVersion, found->code); !s)
            return fail(s.error());
        if (found->status != BatchStatus::Checked)
            return *found;
    }
    return changeStatus(id, expectedVersion, checked ? BatchStatus::Checked : BatchStatus::Recorded,
                        checked ? QStringLiteral("check") : QStringLiteral("uncheck"));
}

Status BatchService::setMonthClosed(qint64 siteId, int year, int month, bool closed)
{
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    if (auto e = BatchRules::checkMonth(year, month))
        return fail(*e);
    auto site = MasterDataRepository(m_db).byId<Site>(siteId);
    if (!site)
        return fail(site.error());
    if (!*site)
        return fail(Error::notFound(Tr::tr("There is no such site."), QString::number(siteId)));
    if (auto s = Permissions::check(actor(), Permissions::Action::CloseMonth, siteId); !s)
        return s;
    const int yyyymm = year * 100 + month;
    const QDate today = SiteCalendar(**site).localDate(now());
    if (closed && yyyymm > today.year() * 100 + today.month())
        return fail(Error::invalid(Tr::tr("The month %1 has not begun yet at %2; only a month that "
                                          "has begun can be closed.")
                                       .arg(monthText(yyyymm), (*site)->code),
                                   monthText(yyyymm), QStringLiteral("month")));

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const BatchRepository repository(m_db);
    auto current = repository.isMonthClosed(siteId, yyyymm);
    if (!current)
        return fail(current.error());
    if (*current == closed)
        return {};
    auto uuid = repository.setMonthClosed(siteId, yyyymm, closed, actor().name);
    if (!uuid)
        return fail(uuid.error());
    if (auto s = AuditLog::append(
            m_db, actor(), closed ? QStringLiteral("close") : QStringLiteral("reopen"),
            QStringLiteral("month_close"), *uuid, siteId,
            (*site)->code + QLatin1Char(' ') + monthText(yyyymm),
            QJsonObject {{QStringLiteral("closed"), QJsonArray {!closed, closed}}});
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    m_hub.publish({EntityKind::MonthClose, siteId, {}});
    return {};
}

Status BatchService::closeMonth(qint64 siteId, int year, int month)
{
    return setMonthClosed(siteId, year, month, true);
}

Status BatchService::reopenMonth(qint64 siteId, int year, int month)
{
    return setMonthClosed(siteId, year, month, false);
}

Result<bool> BatchService::isMonthClosed(qint64 siteId, int year, int month) const
{
    if (auto s = Permissions::checkRead(actor(), siteId); !s)
        return fail(s.error());
    return BatchRepository(m_db).isMonthClosed(siteId, year * 100 + month);
}

Result<QList<ClosedMonth>> BatchService::closedMonths(qint64 siteId) const
{
    if (auto s = Permissions::checkRead(actor(), siteId); !s)
        return fail(s.error());
    return BatchRepository(m_db).closedMonths(siteId);
}

Result<BatchService::Query> BatchService::readable(Query query) const
{
    auto site = Permissions::narrowRead(actor(), query.siteId);
    if (!site)
        return fail(site.error());
    query.siteId = *site;
    return query;
}

Result<QList<BatchService::Row>> BatchService::page(const Query &query, const Sort &sort,
                                                    int offset, int limit) const
{
    auto q = readable(query);
    if (!q)
        return fail(q.error());
    return BatchRepository(m_db).page(*q, sort, offset, limit);
}

Result<qint64> BatchService::count(const Query &query) const
{
    auto q = readable(query);
    if (!q)
        return fail(q.error());
    return BatchRepository(m_db).count(*q);
}

Result<BatchService::Totals> BatchService::totals(const Query &query) const
{
    auto q = readable(query);
    if (!q)
        return fail(q.error());
    return BatchRepository(m_db).totals(*q);
}

} // namespace Rpb
