#include "batchrules.h"

#include "quantity.h"
#include "validator.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchRules)
};

QString number(qint64 milli, const QLocale &locale)
{
    return locale == QLocale::c() ? Quantity::toDecimalString(milli)
                                  : Quantity::toLocalizedString(milli, locale);
}

// Bounds every quantity shares. Zero is allowed where "none" is a real answer (energy, water).
std::optional<Error> checkRange(qint64 milli, qint64 max, bool zeroAllowed, const QString &label,
                                const QString &field, const QString &unit, const QLocale &locale)
{
    if (milli < 0)
        return Error::invalid(Tr::tr("%1 cannot be negative.").arg(label), label, field);
    if (milli == 0 && !zeroAllowed)
        return Error::invalid(Tr::tr("%1 must be more than zero.").arg(label), label, field);
    if (milli > max)
        return Error::invalid(Tr::tr("%1 is implausibly large: at most %2 %3. Check the decimal "
                                     "separator.")
                                  .arg(label, number(max, locale), unit),
                              label, field);
    return std::nullopt;
}

void add(QList<Error> &errors, std::optional<Error> e)
{
    if (e)
        errors.append(*e);
}

bool wasStoredWith(const std::optional<Batch> &stored, qint64 id, qint64 Batch::*member)
{
    return stored && (*stored).*member == id;
}

// The rules on a batch's own values, in the order check() reports them; see checkFields().
std::optional<Error> dateError(const Batch &batch)
{
    const QString dateLabel = Tr::tr("Production date");
    if (!batch.productionDate.isValid())
        return Error::invalid(Tr::tr("Enter the production date."), dateLabel, BatchField::Date);
    if (batch.productionDate.year() < BatchRules::EarliestYear)
        return Error::invalid(
            Tr::tr("The production date must be in %1 or later.").arg(BatchRules::EarliestYear),
            dateLabel, BatchField::Date);
    return std::nullopt;
}

std::optional<Error> shiftError(const Batch &batch)
{
    if (batch.shift < 1 || batch.shift > 3)
        return Error::invalid(Tr::tr("The shift is 1, 2 or 3."), Tr::tr("Shift"),
                              BatchField::Shift);
    return std::nullopt;
}

std::optional<Error> machineCountError(const Batch &batch)
{
    if (batch.equipmentIds.size() > BatchRules::MaxMachines)
        return Error::invalid(
            Tr::tr("A batch uses at most %1 machines.").arg(BatchRules::MaxMachines),
            Tr::tr("Machines"), BatchField::Machines);
    return std::nullopt;
}

// Input, output, energy, water, notes.
void addValueErrors(const Batch &batch, Unit outputUnit, const QLocale &locale,
                    QList<Error> &errors)
{
    add(errors,
        Validator::checkText(batch.inputMaterial, Tr::tr("Raw material"), BatchField::InputMaterial,
                             true, BatchRules::MaxMaterialLength));
    add(errors,
        checkRange(batch.inputMilli, BatchRules::MaxInputMilli, false, Tr::tr("Input quantity"),
                   BatchField::InputQuantity, unitCode(batch.inputUnit), locale));
    add(errors,
        checkRange(batch.outputMilli, BatchRules::MaxOutputMilli, true, Tr::tr("Output"),
                   BatchField::OutputQuantity, unitCode(outputUnit), locale));
    add(errors,
        checkRange(batch.energyWh, BatchRules::MaxEnergyWh, true, Tr::tr("Energy"),
                   BatchField::Energy, QStringLiteral("kWh"), locale));
    add(errors,
        checkRange(batch.waterMl, BatchRules::MaxWaterMl, true, Tr::tr("Water"), BatchField::Water,
                   QStringLiteral("L"), locale));
    // Notes may run over several lines; any other control character is still refused.
    QString notes = batch.notes;
    notes.replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\t'), QLatin1Char(' '));
    add(errors,
        Validator::checkText(notes, Tr::tr("Notes"), BatchField::Notes, false,
                             BatchRules::MaxNotesLength));
    add(errors,
        Validator::checkText(batch.warningNote, Tr::tr("Acknowledgement note"),
                             BatchField::WarningNote, false, BatchRules::MaxWarningNoteLength));
}

std::optional<Error> wasteCountError(const Batch &batch)
{
    if (batch.waste.size() > BatchRules::MaxWasteLines)
        return Error::invalid(
            Tr::tr("A batch has at most %1 waste lines.").arg(BatchRules::MaxWasteLines),
            Tr::tr("Waste"), BatchField::Waste);
    return std::nullopt;
}
} // namespace

std::optional<Error> BatchRules::Check::forField(const QString &field) const
{
    for (const Error &e : errors)
        if (e.field == field)
            return e;
    for (const Error &e : warnings)
        if (e.field == field)
            return e;
    return std::nullopt;
}

QString BatchRules::wasteField(int index, const QString &part)
{
    if (index < 0)
        return part;
    return QStringLiteral("waste[%1].%2").arg(index).arg(part);
}

QString BatchRules::machineField(int index)
{
    return QStringLiteral("machines[%1]").arg(index);
}

QString BatchRules::wasteLineLabel(int index)
{
    if (index < 0)
        return Tr::tr("the waste line");
    return Tr::tr("waste line %1").arg(index + 1);
}

void BatchRules::tidy(Batch &batch)
{
    batch.inputMaterial = batch.inputMaterial.trimmed();
    batch.notes = batch.notes.trimmed();
    batch.warningNote = batch.warningNote.trimmed();
}

Result<qint64> BatchRules::parseQuantity(const QString &text, const QString &label,
                                         const QString &field)
{
    auto value = Quantity::parse(text);
    if (!value)
        return fail(
            Error::invalid(label + QStringLiteral(": ") + value.error().message, label, field));
    return value;
}

Result<qint64> BatchRules::parseLocalizedQuantity(const QString &text, const QLocale &locale,
                                                  const QString &label, const QString &field)
{
    auto value = Quantity::parseLocalized(text, locale);
    if (!value)
        return fail(
            Error::invalid(label + QStringLiteral(": ") + value.error().message, label, field));
    return value;
}

BatchRules::MassBalance BatchRules::massBalance(const Batch &batch, Unit outputUnit,
                                                int tolerancePercent)
{
    MassBalance m;
    m.applies = batch.inputUnit == Unit::Kg;
    m.inputMilli = batch.inputMilli;
    m.outputKgMilli = outputUnit == Unit::Kg ? batch.outputMilli : 0;
    m.wasteKgMilli = batch.wasteMilli(Unit::Kg);
    m.tolerancePercent = tolerancePercent;
    return m;
}

BatchRules::Check BatchRules::check(const Batch &batch, const Context &c)
{
    Check result;
    QList<Error> &errors = result.errors;
    const QLocale &locale = c.locale;
    // 0 means "no site known"; a plain integer also keeps GCC's optimiser from a false
    // "may be used uninitialised" warning on std::optional.
    const qint64 siteId = c.site ? c.site->meta.id : 0;

    // Product line and member: known, not archived (unless the batch already had them), and of
    // the batch's site.
    const QString lineLabel = Tr::tr("Product line");
    if (batch.productLineId <= 0)
        errors.append(
            Error::invalid(Tr::tr("Choose the product line."), lineLabel, BatchField::ProductLine));
    else if (!c.productLine)
        errors.append(Error::invalid(Tr::tr("There is no such product line."), lineLabel,
                                     BatchField::ProductLine));
    else if (c.productLine->meta.archived
             && !wasStoredWith(c.stored, batch.productLineId, &Batch::productLineId))
        errors.append(Error::invalid(
            Tr::tr("The product line %1 is archived; choose another.").arg(c.productLine->name),
            c.productLine->code, BatchField::ProductLine));
    else if (batch.meta.siteId > 0 && c.productLine->meta.siteId != batch.meta.siteId)
        errors.append(Error::invalid(
            Tr::tr("The product line %1 belongs to another site.").arg(c.productLine->name),
            c.productLine->code, BatchField::ProductLine));

    const QString memberLabel = Tr::tr("Member");
    if (batch.memberId <= 0)
        errors.append(
            Error::invalid(Tr::tr("Choose the member."), memberLabel, BatchField::Member));
    else if (!c.member)
        errors.append(
            Error::invalid(Tr::tr("There is no such member."), memberLabel, BatchField::Member));
    else if (c.member->meta.archived && !wasStoredWith(c.stored, batch.memberId, &Batch::memberId))
        errors.append(
            Error::invalid(Tr::tr("The member %1 is archived; choose another.").arg(c.member->name),
                           c.member->code, BatchField::Member));
    else if (siteId != 0 && c.member->meta.siteId != siteId)
        errors.append(Error::invalid(Tr::tr("%1 is a member of another site.").arg(c.member->name),
                                     c.member->code, BatchField::Member));

    // Date and shift.
    if (auto e = dateError(batch))
        errors.append(*e);
    else if (c.today.isValid() && batch.productionDate > c.today)
        errors.append(Error::invalid(
            Tr::tr("The production date %1 is in the future; today is "
                   "%2 at the site.")
                .arg(batch.productionDate.toString(Qt::ISODate), c.today.toString(Qt::ISODate)),
            Tr::tr("Production date"), BatchField::Date));
    else if (c.monthClosed)
        errors.append(
            Error::invalid(Tr::tr("The month %1 is closed for this site; a manager must "
                                  "reopen it first.")
                               .arg(batch.productionDate.toString(QStringLiteral("yyyy-MM"))),
                           Tr::tr("Production date"), BatchField::Date));
    add(errors, shiftError(batch));

    // Machines: each once, known, not archived, of the site.
    add(errors, machineCountError(batch));
    QSet<qint64> seenMachines;
    for (int i = 0; i < batch.equipmentIds.size() && i < MaxMachines; ++i) {
        const qint64 id = batch.equipmentIds.at(i);
        const QString field = machineField(i);
        const QString label = Tr::tr("machine %1").arg(i + 1);
        const auto found = c.equipment.constFind(id);
        if (seenMachines.contains(id)) {
            errors.append(
                Error::invalid(Tr::tr("The same machine is listed twice."), label, field));
        } else if (found == c.equipment.cend()) {
            errors.append(Error::invalid(Tr::tr("There is no such machine."), label, field));
        } else if (found->meta.archived && !(c.stored && c.stored->equipmentIds.contains(id))) {
            errors.append(Error::invalid(Tr::tr("The machine %1 is archived.").arg(found->name),
                                         found->code, field));
        } else if (siteId != 0 && found->meta.siteId != siteId) {
            errors.append(
                Error::invalid(Tr::tr("The machine %1 belongs to another site.").arg(found->name),
                               found->code, field));
        }
        seenMachines.insert(id);
    }

    const Unit outputUnit = c.productLine ? c.productLine->unit : Unit::Kg;
    addValueErrors(batch, outputUnit, locale, errors);

    // Waste lines: a known category of the site, its unit, a quantity above zero.
    add(errors, wasteCountError(batch));
    for (int i = 0; i < batch.waste.size() && i < MaxWasteLines; ++i) {
        const WasteLine &line = batch.waste.at(i);
        const QString label = wasteLineLabel(i);
        const auto found = c.categories.constFind(line.categoryId);
        const QString categoryField = wasteField(i, QStringLiteral("category"));
        bool categoryKnown = false;
        if (line.categoryId <= 0) {
            errors.append(Error::invalid(Tr::tr("Choose the waste category of %1.").arg(label),
                                         label, categoryField));
        } else if (found == c.categories.cend()) {
            errors.append(Error::invalid(Tr::tr("There is no such waste category (%1).").arg(label),
                                         label, categoryField));
        } else if (found->meta.archived
                   && !(c.stored
                        && std::any_of(
                            c.stored->waste.cbegin(), c.stored->waste.cend(),
                            [&](const WasteLine &w) { return w.categoryId == line.categoryId; }))) {
            errors.append(Error::invalid(
                Tr::tr("The waste category %1 is archived (%2).").arg(found->name, label), label,
                categoryField));
        } else if (siteId != 0 && found->meta.siteId != siteId) {
            errors.append(Error::invalid(Tr::tr("The waste category %1 belongs to another site "
                                                "(%2).")
                                             .arg(found->name, label),
                                         label, categoryField));
        } else {
            categoryKnown = true;
        }
        if (categoryKnown)
            add(errors, checkWasteUnit(line, *found, i));
        add(errors, checkWasteQuantity(line, i, locale));
    }

    // Warnings: plausible but unusual, worth a second look.
    if (batch.outputMilli == 0)
        result.warnings.append(Error::invalid(Tr::tr("The output is zero. If the run failed, say "
                                                     "so in the acknowledgement note."),
                                              Tr::tr("Output"), BatchField::OutputQuantity));
    if (c.productLine && c.site) {
        const MassBalance m
            = massBalance(batch, c.productLine->unit, c.site->massBalanceTolerancePercent);
        if (m.exceeded()) {
            const bool outputCounts = c.productLine->unit == Unit::Kg;
            result.warnings.append(Error::invalid(
                (outputCounts ? Tr::tr("Output and kg waste (%1 kg) exceed the input (%2 kg) by "
                                       "more than the site's tolerance of %3%. Check the "
                                       "quantities.")
                              : Tr::tr("The kg waste (%1 kg) exceeds the input (%2 kg) by more "
                                       "than the site's tolerance of %3%. Check the "
                                       "quantities."))
                    .arg(number(m.outputKgMilli + m.wasteKgMilli, locale),
                         number(m.inputMilli, locale))
                    .arg(m.tolerancePercent),
                Tr::tr("Mass balance"),
                outputCounts ? QString(BatchField::OutputQuantity) : QString(BatchField::Waste)));
        }
    }
    return result;
}

QList<Error> BatchRules::checkFields(const Batch &batch, Unit outputUnit, const QLocale &locale)
{
    QList<Error> errors;
    add(errors, dateError(batch));
    add(errors, shiftError(batch));
    add(errors, machineCountError(batch));
    addValueErrors(batch, outputUnit, locale, errors);
    add(errors, wasteCountError(batch));
    for (int i = 0; i < batch.waste.size() && i < MaxWasteLines; ++i)
        add(errors, checkWasteQuantity(batch.waste.at(i), i, locale));
    return errors;
}

std::optional<Error> BatchRules::checkWasteUnit(const WasteLine &line,
                                                const WasteCategory &category, int index)
{
    if (line.unit == category.unit)
        return std::nullopt;
    const QString label = wasteLineLabel(index);
    return Error::invalid(
        Tr::tr("%1 is measured in %2, not %3 (%4).")
            .arg(category.name, unitCode(category.unit), unitCode(line.unit), label),
        label, wasteField(index, QStringLiteral("unit")));
}

std::optional<Error> BatchRules::checkWasteQuantity(const WasteLine &line, int index,
                                                    const QLocale &locale)
{
    const QString label = wasteLineLabel(index);
    const QString field = wasteField(index, QStringLiteral("quantity"));
    if (line.quantityMilli == 0)
        return Error::invalid(Tr::tr("The quantity of %1 is zero; enter it, or remove "
                                     "the line.")
                                  .arg(label),
                              label, field);
    return checkRange(line.quantityMilli, MaxWasteMilli, false,
                      Tr::tr("The quantity of %1").arg(label), field, unitCode(line.unit), locale);
}

std::optional<Error> BatchRules::checkMonth(int year, int month)
{
    if (month < 1 || month > 12 || year < EarliestYear || year > 9999)
        return Error::invalid(Tr::tr("Give a month from %1-01 on, as YYYY-MM.").arg(EarliestYear),
                              QStringLiteral("%1-%2").arg(year).arg(month),
                              QStringLiteral("month"));
    return std::nullopt;
}

std::optional<Error> BatchRules::checkAcknowledged(const Check &check, const QString &note)
{
    if (check.warnings.isEmpty() || !note.trimmed().isEmpty())
        return std::nullopt;
    const Error &first = check.warnings.first();
    return Error::invalid(first.message + QLatin1Char(' ')
                              + Tr::tr("To save anyway, acknowledge the warning with a note."),
                          first.where, BatchField::WarningNote);
}

} // namespace Rpb
