#pragma once

#include "batch.h"
#include "equipment.h"
#include "member.h"
#include "productline.h"
#include "result.h"
#include "site.h"
#include "wastecategory.h"

#include <QHash>
#include <QLatin1String>
#include <QList>
#include <QLocale>

#include <optional>

namespace Rpb {

// Field names of a batch as errors name them (Error::field). They are also the JSON paths of the
// batch shape in docs/cli.md, so a form, a file and the command line speak of the same place.
namespace BatchField {
inline constexpr QLatin1String Site {"site"};
inline constexpr QLatin1String ProductLine {"product_line"};
inline constexpr QLatin1String Member {"member"};
inline constexpr QLatin1String Date {"date"};
inline constexpr QLatin1String Shift {"shift"};
inline constexpr QLatin1String Machines {"machines"};
inline constexpr QLatin1String InputMaterial {"input.material"};
inline constexpr QLatin1String InputQuantity {"input.quantity"};
inline constexpr QLatin1String InputUnit {"input.unit"};
inline constexpr QLatin1String OutputQuantity {"output.quantity"};
inline constexpr QLatin1String OutputUnit {"output.unit"};
inline constexpr QLatin1String Energy {"energy_kwh"};
inline constexpr QLatin1String Water {"water_l"};
inline constexpr QLatin1String Waste {"waste"};
inline constexpr QLatin1String Notes {"notes"};
inline constexpr QLatin1String WarningNote {"warning_note"};
} // namespace BatchField

// The rules a batch must meet, on values the caller has looked up; nothing here reads the
// database. Errors block saving. Warnings (an implausible mass balance, no output) block saving
// until a person acknowledges them with a note.
class BatchRules final
{
public:
    // Sane upper bounds: far above any real batch of a shared production house, low enough to
    // catch a slipped decimal separator or a pasted phone number.
    static constexpr qint64 MaxInputMilli = qint64(1'000'000) * 1000; // 1,000 t (or 10^6 L, pcs)
    static constexpr qint64 MaxOutputMilli = MaxInputMilli;
    static constexpr qint64 MaxWasteMilli = MaxInputMilli;
    static constexpr qint64 MaxEnergyWh = qint64(1'000'000) * 1000; // 1,000,000 kWh
    static constexpr qint64 MaxWaterMl = qint64(10'000'000) * 1000; // 10,000 m³
    static constexpr int MaxWasteLines = 50;
    static constexpr int MaxMachines = 30;
    static constexpr int MaxMaterialLength = 120;
    static constexpr int MaxNotesLength = 2000;
    static constexpr int MaxWarningNoteLength = 500;
    static constexpr int EarliestYear = 2000;

    // What the rules need from the database, looked up by the caller (BatchService).
    struct Context
    {
        std::optional<Site> site; // the product line's site, else the batch's
        std::optional<ProductLine> productLine;
        std::optional<Member> member;
        QHash<qint64, Equipment> equipment; // the machines of the batch that exist
        QHash<qint64, WasteCategory> categories; // the waste lines' categories that exist
        std::optional<Batch> stored; // the batch as stored, when it is an edit
        QDate today; // the site's local date now
        bool monthClosed = false; // the production date's month is closed for the site
        QLocale locale = QLocale::c(); // for numbers in messages
    };

    struct Check
    {
        QList<Error> errors; // block saving
        QList<Error> warnings; // need an acknowledgement note
        bool ok() const { return errors.isEmpty(); }
        // The error or warning for a field, if any ("waste[2].quantity").
        std::optional<Error> forField(const QString &field) const;
    };

    struct MassBalance
    {
        bool applies = false; // the input is counted in kg
        qint64 inputMilli = 0; // grams
        qint64 outputKgMilli = 0; // only when the product line counts in kg
        qint64 wasteKgMilli = 0; // kg waste lines only; litres are never added to kilograms
        int tolerancePercent = 0;
        bool exceeded() const
        {
            return applies
                && (outputKgMilli + wasteKgMilli) * 100 > inputMilli * (100 + tolerancePercent);
        }
    };

    static Check check(const Batch &batch, const Context &context);
    // The rules on the batch's own values, which hold however the batch came (a form, a file, a
    // sync package) and whatever else is stored: a production date from EarliestYear on, the
    // shift, at most MaxMachines machines, the texts, every quantity within its bounds, and at
    // most MaxWasteLines waste lines with a quantity each. check() asks the same rules beside
    // those on what the batch refers to. outputUnit (the product line's) is for messages.
    static QList<Error> checkFields(const Batch &batch, Unit outputUnit,
                                    const QLocale &locale = QLocale::c());
    // A waste line is counted in its category's unit. index: the line's place in its batch, or -1
    // for a line on its own (see wasteField()).
    static std::optional<Error> checkWasteUnit(const WasteLine &line, const WasteCategory &category,
                                               int index);
    // A waste line's quantity: more than zero, at most MaxWasteMilli.
    static std::optional<Error> checkWasteQuantity(const WasteLine &line, int index,
                                                   const QLocale &locale = QLocale::c());
    // A site-local month from EarliestYear on: a month closed, a batch's month.
    static std::optional<Error> checkMonth(int year, int month);
    static MassBalance massBalance(const Batch &batch, Unit outputUnit, int tolerancePercent);

    // Refuses a warning that has no acknowledgement note (trimmed), naming the warning.
    static std::optional<Error> checkAcknowledged(const Check &check, const QString &note);

    // A quantity as typed ("1.234,5" on screen) or written in a file ("1234.5"), with an error
    // that names the field.
    static Result<qint64> parseQuantity(const QString &text, const QString &label,
                                        const QString &field);
    static Result<qint64> parseLocalizedQuantity(const QString &text, const QLocale &locale,
                                                 const QString &label, const QString &field);

    // Trims the texts a person typed; spaces around them are never meant.
    static void tidy(Batch &batch);

    // "waste[2].quantity"; a line on its own (index -1): "quantity".
    static QString wasteField(int index, const QString &part);
    static QString machineField(int index); // "machines[1]"
    // "waste line 3", translated; a line on its own (index -1): "the waste line".
    static QString wasteLineLabel(int index);
};

} // namespace Rpb
