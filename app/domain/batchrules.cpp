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
    return QStringLiteral("waste[%1].%2").arg(index).arg(part);
}

QString BatchRules::machineField(int index)
{
    return QStringLiteral("machines[%1]").arg(index);
}

QString BatchRules::wasteLineLabel(int index)
{
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
    const QString dateLabel = Tr::tr("Production date");
    if (!batch.productionDate.isValid())
        errors.append(
            Error::invalid(Tr::tr("Enter the production date."), dateLabel, BatchField::Date));
    else if (batch.productionDate.year() < EarliestYear)
        errors.append(
            Error::invalid(Tr::tr("The production date must be in %1 or later.").arg(EarliestYear),
                           dateLabel, BatchField::Date));
    else if (c.today.isValid() && batch.productionDate > c.today)
        errors.append(Error::invalid(
            Tr::tr("The production date %1 is in the future; today is "
                   "%2 at the site.")
                .arg(batch.productionDate.toString(Qt::ISODate), c.today.toString(Qt::ISODate)),
            dateLabel, BatchField::Date));
    else if (c.monthClosed)
        errors.append(
            Error::invalid(Tr::tr("The month %1 is closed for this site; a manager must "
                                  "reopen it first.")
                               .arg(batch.productionDate.toString(QStringLiteral("yyyy-MM"))),
                           dateLabel, BatchField::Date));
    if (batch.shift < 1 || batch.shift > 3)
        errors.append(
            Error::invalid(Tr::tr("The shift is 1, 2 or 3."), Tr::tr("Shift"), BatchField::Shift));

    // Machines: each once, known, not archived, of the site.
    if (batch.equipmentIds.size() > MaxMachines)
        errors.append(Error::invalid(Tr::tr("A batch uses at most %1 machines.").arg(MaxMachines),
                                     Tr::tr("Machines"), BatchField::Machines));
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

    // Input, output, energy, water, notes.
    add(errors,
        Validator::checkText(batch.inputMaterial, Tr::tr("Raw material"), BatchField::InputMaterial,
                             true, MaxMaterialLength));
    add(errors,
        checkRange(batch.inputMilli, MaxInputMilli, false, Tr::tr("Input quantity"),
                   BatchField::InputQuantity, unitCode(batch.inputUnit), locale));
    const Unit outputUnit = c.productLine ? c.productLine->unit : Unit::Kg;
    add(errors,
        checkRange(batch.outputMilli, MaxOutputMilli, true, Tr::tr("Output"),
                   BatchField::OutputQuantity, unitCode(outputUnit), locale));
    add(errors,
        checkRange(batch.energyWh, MaxEnergyWh, true, Tr::tr("Energy"), BatchField::Energy,
                   QStringLiteral("kWh"), locale));
    add(errors,
        checkRange(batch.waterMl, MaxWaterMl, true, Tr::tr("Water"), BatchField::Water,
                   QStringLiteral("L"), locale));
    // Notes may run over several lines; any other control character is still refused.
    QString notes = batch.notes;
    notes.replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\t'), QLatin1Char(' '));
    add(errors,
        Validator::checkText(notes, Tr::tr("Notes"), BatchField::Notes, false, MaxNotesLength));
    add(errors,
        Validator::checkText(batch.warningNote, Tr::tr("Acknowledgement note"),
                             BatchField::WarningNote, false, MaxWarningNoteLength));

    // Waste lines: a known category of the site, its unit, a quantity above zero.
    if (batch.waste.size() > MaxWasteLines)
        errors.append(
            Error::invalid(Tr::tr("A batch has at most %1 waste lines.").arg(MaxWasteLines),
                           Tr::tr("Waste"), BatchField::Waste));
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
        if (categoryKnown && line.unit != found->unit)
            errors.append(Error::invalid(
                Tr::tr("%1 is measured in %2, not %3 (%4).")
                    .arg(found->name, unitCode(found->unit), unitCode(line.unit), label),
                label, wasteField(i, QStringLiteral("unit"))));
        const QString quantityField = wasteField(i, QStringLiteral("quantity"));
        if (line.quantityMilli == 0)
            errors.append(Error::invalid(Tr::tr("The quantity of %1 is zero; enter it, or remove "
                                                "the line.")
                                             .arg(label),
                                         label, quantityField));
        else
            add(errors,
                checkRange(line.quantityMilli, MaxWasteMilli, false,
                           Tr::tr("The quantity of %1").arg(label), quantityField,
                           unitCode(line.unit), locale));
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
